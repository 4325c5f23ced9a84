using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using static CryptrecCheck.Primitives.KCipher2Tables;

namespace CryptrecCheck.Primitives;

/// <summary>
/// KCipher-2 (RFC 7008; CRYPTREC e-Government Recommended Ciphers List, stream ciphers): a stream cipher with a
/// 128-bit key and a 128-bit IV that produces 64 bits of keystream per step.
/// </summary>
/// <remarks>
/// <para>Implemented here from RFC 7008 and checked against its Appendix C vectors and against a slow reference written
/// from the RFC's pseudo-code in the test project.</para>
/// <para>Side channels: there is no branch on key, IV or data. The clock control of FSR-B (RFC 7008 §2.3, bits 30 and 31
/// of A[2]) is computed with masks: both alternatives are evaluated and one is selected. Table lookups are those of the
/// specification itself, indexed by state bytes: the S-box of sub_K2 (here merged with its mixing step into four
/// 1 KiB tables, as AES T-table implementations do) and the α-multiplication tables amul0..amul3 (RFC 7008
/// Appendix A). Like any table-based AES, these lookups may leak through a cache shared with an attacker.</para>
/// <para>An instance keeps its position in the keystream: <see cref="Transform"/> can be called repeatedly with any
/// lengths and continues where the previous call stopped. Instances are not thread-safe. No call allocates.</para>
/// </remarks>
public sealed class KCipher2
{
    /// <summary>Key and IV length in bytes.</summary>
    public const int KeySize = 16;

    /// <inheritdoc cref="KeySize"/>
    public const int IvSize = 16;

    private uint _a0, _a1, _a2, _a3, _a4;
    private uint _b0, _b1, _b2, _b3, _b4, _b5, _b6, _b7, _b8, _b9, _b10;
    private uint _l1, _r1, _l2, _r2;

    // Keystream bytes of the current 64-bit word not yet used, left-aligned, and how many remain.
    private ulong _pending;
    private int _pendingBytes;

    /// <summary>Initialises the cipher with a 128-bit key and a 128-bit IV (RFC 7008 §2.4: key expansion, then 24 rounds).</summary>
    /// <exception cref="ArgumentException">The key or IV is not 16 bytes long.</exception>
    public KCipher2(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv)
    {
        if (key.Length != KeySize) { throw new ArgumentException($"KCipher-2 takes a 128-bit (16-byte) key; got {key.Length} bytes.", nameof(key)); }
        if (iv.Length != IvSize) { throw new ArgumentException($"KCipher-2 takes a 128-bit (16-byte) IV; got {iv.Length} bytes.", nameof(iv)); }

        var k0 = BinaryPrimitives.ReadUInt32BigEndian(key);
        var k1 = BinaryPrimitives.ReadUInt32BigEndian(key.Slice(4));
        var k2 = BinaryPrimitives.ReadUInt32BigEndian(key.Slice(8));
        var k3 = BinaryPrimitives.ReadUInt32BigEndian(key.Slice(12));

        // Key expansion: IK[0..11] (RFC 7008 §2.4.1).
        var ik4 = k0 ^ SubK2(RotateLeft8(k3)) ^ 0x01000000u;
        var ik5 = k1 ^ ik4;
        var ik6 = k2 ^ ik5;
        var ik7 = k3 ^ ik6;
        var ik8 = ik4 ^ SubK2(RotateLeft8(ik7)) ^ 0x02000000u;
        var ik9 = ik5 ^ ik8;
        var ik10 = ik6 ^ ik9;
        var ik11 = ik7 ^ ik10;

        _a0 = ik4; _a1 = k3; _a2 = k2; _a3 = k1; _a4 = k0;
        _b0 = ik10; _b1 = ik11;
        _b2 = BinaryPrimitives.ReadUInt32BigEndian(iv);
        _b3 = BinaryPrimitives.ReadUInt32BigEndian(iv.Slice(4));
        _b4 = ik8; _b5 = ik9;
        _b6 = BinaryPrimitives.ReadUInt32BigEndian(iv.Slice(8));
        _b7 = BinaryPrimitives.ReadUInt32BigEndian(iv.Slice(12));
        _b8 = ik7; _b9 = ik5; _b10 = ik6;
        _l1 = _r1 = _l2 = _r2 = 0;

        for (var i = 0; i < 24; i++) { StepInit(); }
    }

    /// <summary>XORs the keystream into <paramref name="input"/> and writes the result to <paramref name="output"/>
    /// (encryption and decryption are the same operation). The keystream continues across calls.
    /// <paramref name="output"/> may be the same memory as <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="output"/> is shorter than <paramref name="input"/>.</exception>
    public void Transform(ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (output.Length < input.Length)
        {
            throw new ArgumentException($"The output ({output.Length} bytes) is shorter than the input ({input.Length} bytes).", nameof(output));
        }
        var n = input.Length;
        var i = 0;

        // Finish the keystream word left over from the previous call.
        while (_pendingBytes > 0 && i < n)
        {
            output[i] = (byte)(input[i] ^ (byte)(_pending >> 56));
            _pending <<= 8;
            _pendingBytes--;
            i++;
        }
        if (i == n) { return; }

        var whole = (n - i) & ~7;
        if (whole > 0)
        {
            Bulk(input.Slice(i, whole), output.Slice(i, whole));
            i += whole;
        }

        if (i < n)
        {
            var tail = n - i;
            var ks = NextWord();
            for (; i < n; i++)
            {
                output[i] = (byte)(input[i] ^ (byte)(ks >> 56));
                ks <<= 8;
            }
            _pending = ks;
            _pendingBytes = 8 - tail;
        }
    }

    /// <summary>Writes keystream bytes (the transform of zeros) into <paramref name="output"/>.</summary>
    public void GetKeystream(Span<byte> output)
    {
        output.Clear();
        Transform(output, output);
    }

    private void Bulk(ReadOnlySpan<byte> input, Span<byte> output)
    {
        // The state lives in locals for the loop so the JIT can keep it in registers; see the class remarks on timing.
        uint a0 = _a0, a1 = _a1, a2 = _a2, a3 = _a3, a4 = _a4;
        uint b0 = _b0, b1 = _b1, b2 = _b2, b3 = _b3, b4 = _b4, b5 = _b5, b6 = _b6, b7 = _b7, b8 = _b8, b9 = _b9, b10 = _b10;
        uint l1 = _l1, r1 = _r1, l2 = _l2, r2 = _r2;
        var t0 = T0; var t1 = T1; var t2 = T2; var t3 = T3;
        var m0 = Amul0; var m1 = Amul1; var m2 = Amul2; var m3 = Amul3;

        for (var off = 0; off + 8 <= input.Length; off += 8)
        {
            var zh = ((b10 + l2) ^ l1) ^ a0;
            var zl = ((b0 + r2) ^ r1) ^ a4;
            var ks = ((ulong)zh << 32) | zl;
            BinaryPrimitives.WriteUInt64BigEndian(output.Slice(off), BinaryPrimitives.ReadUInt64BigEndian(input.Slice(off)) ^ ks);

            // Non-linear registers.
            var x = r2 + b4;
            var nl1 = t0[(byte)x] ^ t1[(byte)(x >> 8)] ^ t2[(byte)(x >> 16)] ^ t3[x >> 24];
            x = l2 + b9;
            var nr1 = t0[(byte)x] ^ t1[(byte)(x >> 8)] ^ t2[(byte)(x >> 16)] ^ t3[x >> 24];
            var nl2 = t0[(byte)l1] ^ t1[(byte)(l1 >> 8)] ^ t2[(byte)(l1 >> 16)] ^ t3[l1 >> 24];
            var nr2 = t0[(byte)r1] ^ t1[(byte)(r1 >> 8)] ^ t2[(byte)(r1 >> 16)] ^ t3[r1 >> 24];

            // Feedback of FSR-A and of FSR-B with branch-free clock control.
            var na4 = (a0 << 8) ^ m0[a0 >> 24] ^ a3;
            var sel1 = 0u - ((a2 >> 30) & 1u);
            var sel2 = 0u - (a2 >> 31);
            var shifted0 = b0 << 8;
            var fb0 = ((shifted0 ^ m1[b0 >> 24]) & sel1) | ((shifted0 ^ m2[b0 >> 24]) & ~sel1);
            var fb8 = (((b8 << 8) ^ m3[b8 >> 24]) & sel2) | (b8 & ~sel2);
            var nb10 = fb0 ^ b1 ^ b6 ^ fb8;

            a0 = a1; a1 = a2; a2 = a3; a3 = a4; a4 = na4;
            b0 = b1; b1 = b2; b2 = b3; b3 = b4; b4 = b5; b5 = b6; b6 = b7; b7 = b8; b8 = b9; b9 = b10; b10 = nb10;
            l1 = nl1; r1 = nr1; l2 = nl2; r2 = nr2;
        }

        _a0 = a0; _a1 = a1; _a2 = a2; _a3 = a3; _a4 = a4;
        _b0 = b0; _b1 = b1; _b2 = b2; _b3 = b3; _b4 = b4; _b5 = b5; _b6 = b6; _b7 = b7; _b8 = b8; _b9 = b9; _b10 = b10;
        _l1 = l1; _r1 = r1; _l2 = l2; _r2 = r2;
    }

    private ulong NextWord()
    {
        var zh = ((_b10 + _l2) ^ _l1) ^ _a0;
        var zl = ((_b0 + _r2) ^ _r1) ^ _a4;
        Step(init: false);
        return ((ulong)zh << 32) | zl;
    }

    private void StepInit() => Step(init: true);

    private void Step(bool init)
    {
        var nl1 = SubK2(_r2 + _b4);
        var nr1 = SubK2(_l2 + _b9);
        var nl2 = SubK2(_l1);
        var nr2 = SubK2(_r1);

        var na4 = (_a0 << 8) ^ Amul0[_a0 >> 24] ^ _a3;
        var sel1 = 0u - ((_a2 >> 30) & 1u);
        var sel2 = 0u - (_a2 >> 31);
        var fb0 = (((_b0 << 8) ^ Amul1[_b0 >> 24]) & sel1) | (((_b0 << 8) ^ Amul2[_b0 >> 24]) & ~sel1);
        var fb8 = (((_b8 << 8) ^ Amul3[_b8 >> 24]) & sel2) | (_b8 & ~sel2);
        var nb10 = fb0 ^ _b1 ^ _b6 ^ fb8;
        if (init)
        {
            // Initialisation mode feeds the non-linear outputs back (RFC 7008 §2.4.2); init is public (no secret branch).
            na4 ^= ((_b0 + _r2) ^ _r1) ^ _a4;
            nb10 ^= ((_b10 + _l2) ^ _l1) ^ _a0;
        }

        _a0 = _a1; _a1 = _a2; _a2 = _a3; _a3 = _a4; _a4 = na4;
        _b0 = _b1; _b1 = _b2; _b2 = _b3; _b3 = _b4; _b4 = _b5; _b5 = _b6; _b6 = _b7; _b7 = _b8; _b8 = _b9; _b9 = _b10; _b10 = nb10;
        _l1 = nl1; _r1 = nr1; _l2 = nl2; _r2 = nr2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint SubK2(uint x) => T0[(byte)x] ^ T1[(byte)(x >> 8)] ^ T2[(byte)(x >> 16)] ^ T3[x >> 24];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint RotateLeft8(uint x) => (x << 8) | (x >> 24);
}
