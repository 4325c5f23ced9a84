using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>
/// GHASH (NIST SP 800-38D §6.4). Two implementations: carry-less multiplication (PCLMULQDQ) over four blocks at a time
/// with precomputed H, H², H³, H⁴, and a portable constant-time bit-serial multiply (masks, no table, no branch on data).
/// </summary>
/// <remarks>
/// PCLMULQDQ representation: each block is byte-reversed so that the coefficient of x^i sits at bit 127 − i. The
/// carry-less product of two such values is the 255-bit reflected product; shifted left by one it is
/// [rev(Lo) : rev(Hi)] for product = Lo + x^128·Hi; rev(Hi) is folded back (x^128 ≡ x^7 + x^2 + x + 1) by two
/// carry-less multiplications with the reflected constant. See docs/camellia.md.
/// </remarks>
internal struct Ghash
{
    private Vector128<ulong> _h1, _h2, _h3, _h4; // reflected powers of H (PCLMUL path)
    private ulong _hHi, _hLo;                     // H as two big-endian halves (portable path)
    private ulong _yHi, _yLo;                     // accumulator, big-endian halves
    private bool _clmul;

    internal static bool ClmulSupported => Pclmulqdq.IsSupported && Ssse3.IsSupported;

    public void Init(ReadOnlySpan<byte> h, bool useClmul)
    {
        _clmul = useClmul && ClmulSupported;
        _hHi = BinaryPrimitives.ReadUInt64BigEndian(h);
        _hLo = BinaryPrimitives.ReadUInt64BigEndian(h.Slice(8));
        _yHi = _yLo = 0;
        if (_clmul)
        {
            _h1 = Reflect(Vector128.Create(h));
            _h2 = Mul(_h1, _h1);
            _h3 = Mul(_h2, _h1);
            _h4 = Mul(_h3, _h1);
        }
    }

    public void Clear()
    {
        _h1 = _h2 = _h3 = _h4 = default;
        _hHi = _hLo = _yHi = _yLo = 0;
    }

    /// <summary>Absorbs <paramref name="data"/>, zero-padding a final partial block.</summary>
    public void Update(ReadOnlySpan<byte> data)
    {
        var whole = data.Length & ~15;
        if (_clmul) { UpdateClmul(data.Slice(0, whole)); }
        else
        {
            for (var off = 0; off < whole; off += 16) { BlockPortable(data.Slice(off, 16)); }
        }
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[16];
            last.Clear();
            data.Slice(whole).CopyTo(last);
            if (_clmul) { UpdateClmul(last); } else { BlockPortable(last); }
        }
    }

    /// <summary>Absorbs the length block (bit lengths of AAD and ciphertext) and writes the hash.</summary>
    public void Final(ulong aadBytes, ulong textBytes, Span<byte> output)
    {
        Span<byte> len = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(len, aadBytes * 8);
        BinaryPrimitives.WriteUInt64BigEndian(len.Slice(8), textBytes * 8);
        Update(len);
        BinaryPrimitives.WriteUInt64BigEndian(output, _yHi);
        BinaryPrimitives.WriteUInt64BigEndian(output.Slice(8), _yLo);
    }

    // ---- portable: Algorithm 1 of SP 800-38D with masks ----

    [MethodImpl(CamelliaJit.Root)]
    private void BlockPortable(ReadOnlySpan<byte> block)
    {
        var xHi = _yHi ^ BinaryPrimitives.ReadUInt64BigEndian(block);
        var xLo = _yLo ^ BinaryPrimitives.ReadUInt64BigEndian(block.Slice(8));
        ulong zHi = 0, zLo = 0, vHi = _hHi, vLo = _hLo;
        for (var i = 0; i < 128; i++)
        {
            var word = i < 64 ? xHi : xLo; // public loop index, not data
            var m = 0UL - ((word >> (63 - (i & 63))) & 1);
            zHi ^= vHi & m;
            zLo ^= vLo & m;
            var carry = 0UL - (vLo & 1);
            vLo = (vLo >> 1) | (vHi << 63);
            vHi = (vHi >> 1) ^ (0xE100000000000000UL & carry);
        }
        _yHi = zHi;
        _yLo = zLo;
    }

    // ---- PCLMULQDQ ----


    [MethodImpl(CamelliaJit.Inline)]
    private static Vector128<ulong> Reflect(Vector128<byte> block) => Ssse3.Shuffle(block, Vector128.Create((byte)15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)).AsUInt64();

    [MethodImpl(CamelliaJit.Root)]
    private void UpdateClmul(ReadOnlySpan<byte> data)
    {
        var y = Vector128.Create(_yLo, _yHi).AsByte(); // big-endian halves → the byte-reversed (reflected) form
        var acc = y.AsUInt64();
        ref var src = ref MemoryMarshal.GetReference(data);
        var off = 0;
        for (; off + 64 <= data.Length; off += 64)
        {
            var x0 = Reflect(Vector128.LoadUnsafe(ref src, (nuint)off)) ^ acc;
            var x1 = Reflect(Vector128.LoadUnsafe(ref src, (nuint)(off + 16)));
            var x2 = Reflect(Vector128.LoadUnsafe(ref src, (nuint)(off + 32)));
            var x3 = Reflect(Vector128.LoadUnsafe(ref src, (nuint)(off + 48)));
            Vector128<ulong> lo = default, hi = default, mid = default;
            Accumulate(x0, _h4, ref lo, ref hi, ref mid);
            Accumulate(x1, _h3, ref lo, ref hi, ref mid);
            Accumulate(x2, _h2, ref lo, ref hi, ref mid);
            Accumulate(x3, _h1, ref lo, ref hi, ref mid);
            acc = Reduce(lo, hi, mid);
        }
        for (; off < data.Length; off += 16)
        {
            acc = Mul(Reflect(Vector128.LoadUnsafe(ref src, (nuint)off)) ^ acc, _h1);
        }
        _yLo = acc.GetElement(0);
        _yHi = acc.GetElement(1);
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static void Accumulate(Vector128<ulong> a, Vector128<ulong> b, ref Vector128<ulong> lo, ref Vector128<ulong> hi, ref Vector128<ulong> mid)
    {
        lo ^= Pclmulqdq.CarrylessMultiply(a, b, 0x00);
        hi ^= Pclmulqdq.CarrylessMultiply(a, b, 0x11);
        var af = a ^ Sse2.Shuffle(a.AsUInt32(), 0x4E).AsUInt64();
        var bf = b ^ Sse2.Shuffle(b.AsUInt32(), 0x4E).AsUInt64();
        mid ^= Pclmulqdq.CarrylessMultiply(af, bf, 0x00);
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static Vector128<ulong> Mul(Vector128<ulong> a, Vector128<ulong> b)
    {
        Vector128<ulong> lo = default, hi = default, mid = default;
        Accumulate(a, b, ref lo, ref hi, ref mid);
        return Reduce(lo, hi, mid);
    }

    /// <summary>Karatsuba recombination, the shift by one, and reduction modulo x^128 + x^7 + x^2 + x + 1.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static Vector128<ulong> Reduce(Vector128<ulong> lo, Vector128<ulong> hi, Vector128<ulong> mid)
    {
        mid ^= lo ^ hi;
        // 256-bit product P = hi:lo with mid added at bit 64.
        lo ^= Sse2.ShiftLeftLogical128BitLane(mid.AsByte(), 8).AsUInt64();
        hi ^= Sse2.ShiftRightLogical128BitLane(mid.AsByte(), 8).AsUInt64();
        // P <<= 1 (256-bit): now hi = rev(Lo) and lo = rev(Hi) for product = Lo + x^128·Hi.
        hi = Shl128(hi, 1) | Sse2.ShiftRightLogical128BitLane((lo >>> 63).AsByte(), 8).AsUInt64();
        lo = Shl128(lo, 1);
        // Fold rev(Hi) twice, 64 bits at a time, by multiplying its low half with the reflected x^7 + x^2 + x + 1
        // (0xC2 << 56) and swapping halves. Checked against SP 800-38D multiplication by tools/camellia-sbox/ghash_reduction.py.
        var t = Pclmulqdq.CarrylessMultiply(lo, Vector128.Create(0UL, 0xC200000000000000UL), 0x10);
        lo = Sse2.Shuffle(lo.AsUInt32(), 0x4E).AsUInt64() ^ t;
        t = Pclmulqdq.CarrylessMultiply(lo, Vector128.Create(0UL, 0xC200000000000000UL), 0x10);
        lo = Sse2.Shuffle(lo.AsUInt32(), 0x4E).AsUInt64() ^ t;
        return hi ^ lo;
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static Vector128<ulong> Shl128(Vector128<ulong> v, int n) =>
        (v << n) | Sse2.ShiftLeftLogical128BitLane((v >>> (64 - n)).AsByte(), 8).AsUInt64();
}
