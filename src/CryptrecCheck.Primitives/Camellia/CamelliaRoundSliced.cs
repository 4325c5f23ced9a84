using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using static CryptrecCheck.Primitives.CamelliaImpl.CamelliaBitslicedCircuits;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>
/// Portable constant-time batch of 1–8 blocks, "round-sliced": one evaluation of the bitsliced S-box circuit
/// (<see cref="CamelliaBitslicedCircuits"/>, the one the 64-block <see cref="Bitsliced64"/> lanes use) computes all
/// 64 S-boxes of one F-function for eight blocks, where the block-sliced lanes need eight evaluations per F-function
/// and 64 blocks to fill them.
/// </summary>
/// <remarks>
/// <para>Layout: each half of the state (D1, D2) is eight 64-bit bit-planes; bit 8p + b of plane i is bit i of byte p
/// (p = 0 the least significant byte of the big-endian 64-bit half, i.e. byte 7 − p of the block half) of block b. So
/// byte p of every plane belongs to one byte position of F, and everything that depends on the position is a
/// byte mask: the rotations that make s2, s3 and s4 out of s1 (RFC 3713 §2.4.4: s2(x) = s1(x) ⋘ 1,
/// s3(x) = s1(x) ⋙ 1, s4(x) = s1(x ⋘ 1)) are renamings of planes selected per byte. The P-function only XORs whole
/// bytes, so on a plane it is the same byte-wise map as on one block's 64-bit word (<see cref="P64"/>), and FL/FL⁻¹
/// work on the 32-bit halves of each plane. The state is transposed once on load and once on store.</para>
/// <para>Constant time: only AND, OR, XOR, NOT, shifts and rotations by constants and one multiplication by the
/// constant 0xFF; no table, no branch on key or data (the block count, which selects how many words are loaded, is
/// public).</para>
/// </remarks>
internal static class CamelliaRoundSliced
{
    /// <summary>Blocks per batch (one per bit of a plane byte).</summary>
    public const int Blocks = 8;

    // Byte positions p (0 = least significant byte of a half) of the S-boxes: p7 s1, p6 s2, p5 s3, p4 s4, p3 s2, p2 s3,
    // p1 s4, p0 s1 (RFC 3713 §2.4.1, x1 is the most significant byte).
    private const ulong MaskS2 = 0x00FF0000FF000000UL;
    private const ulong MaskS3 = 0x0000FF0000FF0000UL;
    private const ulong MaskS4 = 0x000000FF0000FF00UL;
    private const ulong MaskKeep = ~(MaskS2 | MaskS3); // s1 and s4: output not rotated

    private const ulong LowBits = 0x0101010101010101UL;

    /// <summary>Encrypts (or, with the decryption subkey list, decrypts) source.Length / 16 blocks, 1 to 8.</summary>
    /// <remarks><paramref name="kp"/> holds the same subkeys as <paramref name="ks"/> as bit-planes (<see cref="Planes"/>),
    /// computed once per key: making them in every F-function cost about 7 % of a batch (measured).</remarks>
    [MethodImpl(CamelliaJit.Root)]
    public static void Crypt(ReadOnlySpan<byte> source, Span<byte> destination, ReadOnlySpan<ulong> ks, ReadOnlySpan<Bits8> kp, int groups)
    {
        // Whole blocks only (every caller passes them; a partial block would be left unwritten).
        System.Diagnostics.Debug.Assert((source.Length & 15) == 0 && source.Length > 0 && destination.Length >= source.Length);
        var n = source.Length >> 4;
        // Load the halves (the public block count decides which words are read), adding kw1/kw2 in word form.
        ulong a0 = Half(source, n, 0, 0), a1 = Half(source, n, 1, 0), a2 = Half(source, n, 2, 0), a3 = Half(source, n, 3, 0);
        ulong a4 = Half(source, n, 4, 0), a5 = Half(source, n, 5, 0), a6 = Half(source, n, 6, 0), a7 = Half(source, n, 7, 0);
        ulong c0 = Half(source, n, 0, 8), c1 = Half(source, n, 1, 8), c2 = Half(source, n, 2, 8), c3 = Half(source, n, 3, 8);
        ulong c4 = Half(source, n, 4, 8), c5 = Half(source, n, 5, 8), c6 = Half(source, n, 6, 8), c7 = Half(source, n, 7, 8);
        var k0 = ks[0];
        var k1 = ks[1];
        a0 ^= k0; a1 ^= k0; a2 ^= k0; a3 ^= k0; a4 ^= k0; a5 ^= k0; a6 ^= k0; a7 ^= k0;
        c0 ^= k1; c1 ^= k1; c2 ^= k1; c3 ^= k1; c4 ^= k1; c5 ^= k1; c6 ^= k1; c7 ^= k1;
        Transpose(ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7);
        Transpose(ref c0, ref c1, ref c2, ref c3, ref c4, ref c5, ref c6, ref c7);
        Bits8 d1, d2;
        d1.B0 = a0; d1.B1 = a1; d1.B2 = a2; d1.B3 = a3; d1.B4 = a4; d1.B5 = a5; d1.B6 = a6; d1.B7 = a7;
        d2.B0 = c0; d2.B1 = c1; d2.B2 = c2; d2.B3 = c3; d2.B4 = c4; d2.B5 = c5; d2.B6 = c6; d2.B7 = c7;

        var i = 2;
        for (var g = 0; g < groups; g++)
        {
            for (var r = 0; r < 3; r++)
            {
                F(in d1, in kp[i], ref d2);
                F(in d2, in kp[i + 1], ref d1);
                i += 2;
            }
            if (g < groups - 1)
            {
                FL(ref d1, in kp[i]);
                FLInv(ref d2, in kp[i + 1]);
                i += 2;
            }
        }

        a0 = d1.B0; a1 = d1.B1; a2 = d1.B2; a3 = d1.B3; a4 = d1.B4; a5 = d1.B5; a6 = d1.B6; a7 = d1.B7;
        c0 = d2.B0; c1 = d2.B1; c2 = d2.B2; c3 = d2.B3; c4 = d2.B4; c5 = d2.B5; c6 = d2.B6; c7 = d2.B7;
        Transpose(ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7);
        Transpose(ref c0, ref c1, ref c2, ref c3, ref c4, ref c5, ref c6, ref c7);
        // Output D2 ^ kw3 || D1 ^ kw4.
        var k2 = ks[i];
        var k3 = ks[i + 1];
        Put(destination, n, 0, c0 ^ k2, a0 ^ k3); Put(destination, n, 1, c1 ^ k2, a1 ^ k3);
        Put(destination, n, 2, c2 ^ k2, a2 ^ k3); Put(destination, n, 3, c3 ^ k2, a3 ^ k3);
        Put(destination, n, 4, c4 ^ k2, a4 ^ k3); Put(destination, n, 5, c5 ^ k2, a5 ^ k3);
        Put(destination, n, 6, c6 ^ k2, a6 ^ k3); Put(destination, n, 7, c7 ^ k2, a7 ^ k3);
    }

    /// <summary>The big-endian half at <paramref name="offset"/> (0 or 8) of block <paramref name="b"/>, or 0 past the
    /// last block (a branch on the public block count).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static ulong Half(ReadOnlySpan<byte> source, int n, int b, int offset)
        => b < n ? BinaryPrimitives.ReadUInt64BigEndian(source.Slice((16 * b) + offset)) : 0;

    [MethodImpl(CamelliaJit.Inline)]
    private static void Put(Span<byte> destination, int n, int b, ulong hi, ulong lo)
    {
        if (b < n)
        {
            BinaryPrimitives.WriteUInt64BigEndian(destination.Slice(16 * b), hi);
            BinaryPrimitives.WriteUInt64BigEndian(destination.Slice((16 * b) + 8), lo);
        }
    }

    /// <summary>
    /// Eight 8×8 bit-matrix transposes at once: afterwards bit 8p + b of word i is what bit 8p + i of word b was. Three
    /// stages each swap one bit of the word index with the same bit of the index inside a byte; the network is its own
    /// inverse, so load and store both use it.
    /// </summary>
    [MethodImpl(CamelliaJit.Inline)]
    internal static void Transpose(ref ulong w0, ref ulong w1, ref ulong w2, ref ulong w3, ref ulong w4, ref ulong w5, ref ulong w6, ref ulong w7)
    {
        Swap(ref w0, ref w1, 1, 0x5555555555555555UL); Swap(ref w2, ref w3, 1, 0x5555555555555555UL);
        Swap(ref w4, ref w5, 1, 0x5555555555555555UL); Swap(ref w6, ref w7, 1, 0x5555555555555555UL);
        Swap(ref w0, ref w2, 2, 0x3333333333333333UL); Swap(ref w1, ref w3, 2, 0x3333333333333333UL);
        Swap(ref w4, ref w6, 2, 0x3333333333333333UL); Swap(ref w5, ref w7, 2, 0x3333333333333333UL);
        Swap(ref w0, ref w4, 4, 0x0F0F0F0F0F0F0F0FUL); Swap(ref w1, ref w5, 4, 0x0F0F0F0F0F0F0F0FUL);
        Swap(ref w2, ref w6, 4, 0x0F0F0F0F0F0F0F0FUL); Swap(ref w3, ref w7, 4, 0x0F0F0F0F0F0F0F0FUL);
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static void Swap(ref ulong lo, ref ulong hi, int shift, ulong mask)
    {
        var t = ((lo >> shift) ^ hi) & mask;
        hi ^= t;
        lo ^= t << shift;
    }

    /// <summary>The bit-planes of a subkey: byte p of plane i is 0xFF where bit i of the key's byte p is set (arithmetic
    /// on the secret key, no branch).</summary>
    internal static Bits8 Planes(ulong k)
    {
        Bits8 r;
        r.B0 = KeyPlane(k, 0); r.B1 = KeyPlane(k, 1); r.B2 = KeyPlane(k, 2); r.B3 = KeyPlane(k, 3);
        r.B4 = KeyPlane(k, 4); r.B5 = KeyPlane(k, 5); r.B6 = KeyPlane(k, 6); r.B7 = KeyPlane(k, 7);
        return r;
    }

    private static ulong KeyPlane(ulong k, int bit) => ((k >> bit) & LowBits) * 0xFF;

    /// <summary>o ^= F(x, k) for eight blocks: key addition, the 64 S-boxes by one circuit evaluation, the s2/s3/s4
    /// rotations as per-byte plane selections, and the P-function on each plane.</summary>
    // Not inlined: the rounds loop calls it twice, and two inlined S-box circuits would exceed the JIT's budget (the
    // reason of ICamelliaLanes.SplitF); its own root compiles it fully optimised once.
    [MethodImpl(CamelliaJit.Root)]
    private static void F(in Bits8 x, in Bits8 k, ref Bits8 o)
    {
        var u0 = x.B0 ^ k.B0; var u1 = x.B1 ^ k.B1; var u2 = x.B2 ^ k.B2; var u3 = x.B3 ^ k.B3;
        var u4 = x.B4 ^ k.B4; var u5 = x.B5 ^ k.B5; var u6 = x.B6 ^ k.B6; var u7 = x.B7 ^ k.B7;
        // s4 positions take their input rotated left by one: bit i comes from bit i − 1.
        Bits8 v;
        v.B0 = u0 ^ ((u0 ^ u7) & MaskS4); v.B1 = u1 ^ ((u1 ^ u0) & MaskS4);
        v.B2 = u2 ^ ((u2 ^ u1) & MaskS4); v.B3 = u3 ^ ((u3 ^ u2) & MaskS4);
        v.B4 = u4 ^ ((u4 ^ u3) & MaskS4); v.B5 = u5 ^ ((u5 ^ u4) & MaskS4);
        v.B6 = u6 ^ ((u6 ^ u5) & MaskS4); v.B7 = u7 ^ ((u7 ^ u6) & MaskS4);
        var y = SBox1(v);
        // s2 positions rotate the output left by one (bit i from bit i − 1), s3 positions right by one (from bit i + 1).
        o.B0 ^= P64((y.B0 & MaskKeep) | (y.B7 & MaskS2) | (y.B1 & MaskS3));
        o.B1 ^= P64((y.B1 & MaskKeep) | (y.B0 & MaskS2) | (y.B2 & MaskS3));
        o.B2 ^= P64((y.B2 & MaskKeep) | (y.B1 & MaskS2) | (y.B3 & MaskS3));
        o.B3 ^= P64((y.B3 & MaskKeep) | (y.B2 & MaskS2) | (y.B4 & MaskS3));
        o.B4 ^= P64((y.B4 & MaskKeep) | (y.B3 & MaskS2) | (y.B5 & MaskS3));
        o.B5 ^= P64((y.B5 & MaskKeep) | (y.B4 & MaskS2) | (y.B6 & MaskS3));
        o.B6 ^= P64((y.B6 & MaskKeep) | (y.B5 & MaskS2) | (y.B7 & MaskS3));
        o.B7 ^= P64((y.B7 & MaskKeep) | (y.B6 & MaskS2) | (y.B0 & MaskS3));
    }

    /// <summary>
    /// The P-function (RFC 3713 §2.4.1) on the eight bytes of a word, z1 the most significant: with L the high and R the
    /// low 32 bits, L ^= R ⋘ 16; R ^= L; L ^= R ⋘ 8; R ^= L ⋘ 16; result R ‖ L. Found by a search over such steps
    /// (tools/camellia-sbox/p_function.py checks it). Only whole bytes are combined, so it is also P applied to every
    /// bit-plane of the round-sliced layout.
    /// </summary>
    [MethodImpl(CamelliaJit.Inline)]
    internal static ulong P64(ulong x)
    {
        var l = (uint)(x >> 32);
        var r = (uint)x;
        l ^= uint.RotateLeft(r, 16);
        r ^= l;
        l ^= uint.RotateLeft(r, 8);
        r ^= uint.RotateLeft(l, 16);
        return ((ulong)r << 32) | l;
    }

    /// <summary>FL (RFC 3713 §2.4.2): xR ^= (xL &amp; kl) ⋘ 1; xL ^= xR | kr. The high 32 bits of each plane are xL.
    /// Rotating a 32-bit word left by one moves bit i of a byte to bit i + 1 (the next plane) and bit 7 to bit 0 of the
    /// next more significant byte (plane 7 → plane 0, rotated by one byte).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void FL(ref Bits8 x, in Bits8 ke)
    {
        AddRotatedAnd(ref x, ke);
        AddOr(ref x, ke);
    }

    /// <summary>FL⁻¹: yL ^= yR | kr; yR ^= (yL &amp; kl) ⋘ 1.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void FLInv(ref Bits8 x, in Bits8 ke)
    {
        AddOr(ref x, ke);
        AddRotatedAnd(ref x, ke);
    }

    /// <summary>Low halves ^= ((high halves &amp; kl) ⋘ 1).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void AddRotatedAnd(ref Bits8 x, in Bits8 ke)
    {
        var t0 = x.B0 & ke.B0; var t1 = x.B1 & ke.B1; var t2 = x.B2 & ke.B2; var t3 = x.B3 & ke.B3;
        var t4 = x.B4 & ke.B4; var t5 = x.B5 & ke.B5; var t6 = x.B6 & ke.B6; var t7 = x.B7 & ke.B7;
        x.B0 ^= uint.RotateLeft((uint)(t7 >> 32), 8);
        x.B1 ^= t0 >> 32; x.B2 ^= t1 >> 32; x.B3 ^= t2 >> 32; x.B4 ^= t3 >> 32;
        x.B5 ^= t4 >> 32; x.B6 ^= t5 >> 32; x.B7 ^= t6 >> 32;
    }

    /// <summary>High halves ^= (low halves | kr).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void AddOr(ref Bits8 x, in Bits8 ke)
    {
        x.B0 ^= (x.B0 | ke.B0) << 32; x.B1 ^= (x.B1 | ke.B1) << 32;
        x.B2 ^= (x.B2 | ke.B2) << 32; x.B3 ^= (x.B3 | ke.B3) << 32;
        x.B4 ^= (x.B4 | ke.B4) << 32; x.B5 ^= (x.B5 | ke.B5) << 32;
        x.B6 ^= (x.B6 | ke.B6) << 32; x.B7 ^= (x.B7 | ke.B7) << 32;
    }
}
