using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>
/// GHASH (NIST SP 800-38D §6.4). Two implementations: carry-less multiplication (PCLMULQDQ) over four blocks at a time
/// with precomputed H, H², H³, H⁴, and a portable constant-time multiply built from 64-bit integer multiplications
/// (no table, no branch on data).
/// </summary>
/// <remarks>
/// PCLMULQDQ representation: each block is byte-reversed so that the coefficient of x^i sits at bit 127 − i. The
/// carry-less product of two such values is the 255-bit reflected product; shifted left by one it is
/// [rev(Lo) : rev(Hi)] for product = Lo + x^128·Hi; rev(Hi) is folded back (x^128 ≡ x^7 + x^2 + x + 1) by two
/// carry-less multiplications with the reflected constant. See docs/camellia.md.
/// </remarks>
internal struct Ghash
{
    private Key? _key;        // H and what is derived from it, shared by every copy of this state (one per GCM key)
    private ulong _yHi, _yLo; // accumulator, big-endian halves

    /// <summary>What GHASH needs of H, computed once per key. A GCM call copies the <see cref="Ghash"/> state; keeping the
    /// key apart makes that copy 24 bytes (about 144 with the key inside) and keeps key material out of it.</summary>
    private sealed class Key
    {
        public Vector128<ulong> H1, H2, H3, H4; // reflected powers of H (PCLMUL path)
        public Operand OpH, OpG;                 // H and H² in normal bit order, split for Bmul64 (portable path)
        public bool Clmul;

        public void Clear()
        {
            H1 = H2 = H3 = H4 = default;
            OpH = OpG = default;
        }

        public bool IsClear() => H1 == default && H2 == default && H3 == default && H4 == default && OpH.IsZero() && OpG.IsZero();
    }

    internal static bool ClmulSupported => Pclmulqdq.IsSupported && Ssse3.IsSupported;

    public void Init(ReadOnlySpan<byte> h, bool useClmul)
    {
        // Zeroes the previous key state, which per-call copies share: re-initialising (CamelliaGcm.UseClmul, tests only)
        // while another thread is in a call on the same instance is not supported.
        _key?.Clear();
        var k = new Key { Clmul = useClmul && ClmulSupported };
        _yHi = _yLo = 0;
        var hHi = BinaryPrimitives.ReadUInt64BigEndian(h);
        var hLo = BinaryPrimitives.ReadUInt64BigEndian(h.Slice(8));
        k.OpH = new Operand(Rev64(hHi), Rev64(hLo));
        var (gHi, gLo) = Mul1(hHi, hLo, in k.OpH); // H · H, in GCM bit order
        // Split once here instead of in every update: at 64 bytes a GCM call made three updates (associated data,
        // ciphertext, length block) and the splitting was a measurable part of the call.
        k.OpG = new Operand(Rev64(gHi), Rev64(gLo));
        if (k.Clmul)
        {
            k.H1 = Reflect(Vector128.Create(h));
            k.H2 = Mul(k.H1, k.H1);
            k.H3 = Mul(k.H2, k.H1);
            k.H4 = Mul(k.H3, k.H1);
        }
        _key = k;
    }

    /// <summary>Zeroes the key material (shared with every copy) and the accumulator: for Dispose.</summary>
    public void Clear()
    {
        _key?.Clear();
        _yHi = _yLo = 0;
    }

    /// <summary>Zeroes this copy's accumulator; the key state, shared with other copies, stays as it is.</summary>
    public void ClearAccumulator() => _yHi = _yLo = 0;

    /// <summary>True when no key material is left (tests check <see cref="CamelliaGcm.Dispose"/>).</summary>
    internal readonly bool IsClear() => _key is not null && _key.IsClear() && (_yHi | _yLo) == 0;

    /// <summary>Absorbs <paramref name="data"/>, zero-padding a final partial block.</summary>
    public void Update(ReadOnlySpan<byte> data)
    {
        var whole = data.Length & ~15;
        if (_key!.Clmul) { UpdateClmul(data.Slice(0, whole)); } else { UpdatePortable(data.Slice(0, whole)); }
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[16];
            last.Clear();
            data.Slice(whole).CopyTo(last);
            if (_key.Clmul) { UpdateClmul(last); } else { UpdatePortable(last); }
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

    // ---- portable: carry-less multiplication built from integer multiplication ----
    //
    // Bmul64 returns the low 64 bits of the carry-less product of two 64-bit polynomials with four ordinary
    // multiplications per pair of "sparse" operands: x is split into x & 0x1111…, x & 0x2222…, x & 0x4444…, x & 0x8888…
    // (bits i mod 4), likewise y; in x_i · y_j every set column has the same residue i + j mod 4 and counts at most 15
    // pairs below bit 60 (16 at bits 60–63, whose carry leaves the word), so the columns four bits apart never carry
    // into each other and masking each sum to its residue class leaves exactly the XOR of the pairs. The high 64 bits are
    // the low bits of the product of the bit-reversed operands, reversed and shifted by one. A 128 × 128 product is three
    // such 64 × 64 products (Karatsuba) and the reduction modulo x^128 + x^7 + x^2 + x + 1 is shifts and XORs. No table
    // and no data-dependent branch; it assumes, as every constant-time GHASH without CLMUL does, that a 64-bit integer
    // multiplication takes the same time for all operands (true of x64 and ARM64 cores in general use).

    [MethodImpl(CamelliaJit.Root)]
    private void UpdatePortable(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return; // empty input: nothing to absorb
        }
        ulong yHi = _yHi, yLo = _yLo; // GCM bit order = the bit reversal of normal order, per 64-bit half
        var k = _key!;
        ref readonly var h = ref k.OpH;
        ref readonly var g = ref k.OpG;
        var off = 0;
        // Two blocks per reduction: Y' = (Y ⊕ X1)·H² ⊕ X2·H.
        for (; off + 32 <= data.Length; off += 32)
        {
            var ra0 = yHi ^ BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off));
            var ra1 = yLo ^ BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off + 8));
            var rb0 = BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off + 16));
            var rb1 = BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off + 24));
            (yHi, yLo) = Mul2(ra0, ra1, in g, rb0, rb1, in h);
        }
        if (off < data.Length)
        {
            (yHi, yLo) = Mul1(yHi ^ BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off)), yLo ^ BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off + 8)), in h);
        }
        _yHi = yHi;
        _yLo = yLo;
    }

    /// <summary>A multiplier's six split operands: halves and Karatsuba middle, in normal and in reversed (GCM) bit order.</summary>
    private readonly struct Operand
    {
        public readonly (ulong, ulong, ulong, ulong) N0, N1, Nm, R0, R1, Rm;

        [MethodImpl(CamelliaJit.Inline)]
        public Operand(ulong n0, ulong n1)
        {
            N0 = Split(n0);
            N1 = Split(n1);
            Nm = Split(n0 ^ n1);
            var r0 = Rev64(n0);
            var r1 = Rev64(n1);
            R0 = Split(r0);
            R1 = Split(r1);
            Rm = Split(r0 ^ r1);
        }

        public bool IsZero() => (Or(N0) | Or(N1) | Or(Nm) | Or(R0) | Or(R1) | Or(Rm)) == 0;

        private static ulong Or((ulong, ulong, ulong, ulong) t) => t.Item1 | t.Item2 | t.Item3 | t.Item4;
    }

    /// <summary>(ra0:ra1) · h, operand and result in GCM bit order.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static (ulong Hi, ulong Lo) Mul1(ulong ra0, ulong ra1, in Operand h)
    {
        var a0 = Split(Rev64(ra0));
        var a1 = Split(Rev64(ra1));
        var b0 = Split(ra0);
        var b1 = Split(ra1);
        return Reduce(Bmul64(a0, h.N0), Bmul64(a1, h.N1), Bmul64(Xor(a0, a1), h.Nm),
            Bmul64(b0, h.R0), Bmul64(b1, h.R1), Bmul64(Xor(b0, b1), h.Rm));
    }

    /// <summary>(ra0:ra1) · g ⊕ (rb0:rb1) · h with one reduction (both products are linear in the partial sums).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static (ulong Hi, ulong Lo) Mul2(ulong ra0, ulong ra1, in Operand g, ulong rb0, ulong rb1, in Operand h)
    {
        var a0 = Split(Rev64(ra0));
        var a1 = Split(Rev64(ra1));
        var b0 = Split(ra0);
        var b1 = Split(ra1);
        var c0 = Split(Rev64(rb0));
        var c1 = Split(Rev64(rb1));
        var d0 = Split(rb0);
        var d1 = Split(rb1);
        return Reduce(
            Bmul64(a0, g.N0) ^ Bmul64(c0, h.N0),
            Bmul64(a1, g.N1) ^ Bmul64(c1, h.N1),
            Bmul64(Xor(a0, a1), g.Nm) ^ Bmul64(Xor(c0, c1), h.Nm),
            Bmul64(b0, g.R0) ^ Bmul64(d0, h.R0),
            Bmul64(b1, g.R1) ^ Bmul64(d1, h.R1),
            Bmul64(Xor(b0, b1), g.Rm) ^ Bmul64(Xor(d0, d1), h.Rm));
    }

    /// <summary>
    /// Assembles the 256-bit product from the Karatsuba parts — low words l0, l2, lm in normal order, and u0, u2, um,
    /// the low words of the reversed-operand products, whose reversal shifted right by one is the high word — folds it
    /// modulo x^128 + x^7 + x^2 + x + 1 and returns it in GCM bit order.
    /// </summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static (ulong Hi, ulong Lo) Reduce(ulong l0, ulong l2, ulong lm, ulong u0, ulong u2, ulong um)
    {
        var z0hi = Rev64(u0) >> 1;
        var z2hi = Rev64(u2) >> 1;
        var zmhi = Rev64(um) >> 1;
        var z1lo = lm ^ l0 ^ l2;
        var z1hi = zmhi ^ z0hi ^ z2hi;
        // 256-bit product p3:p2:p1:p0, then fold p3:p2 (x^128 ≡ x^7 + x^2 + x + 1) twice.
        var p0 = l0;
        var p1 = z0hi ^ z1lo;
        var p2 = l2 ^ z1hi;
        var p3 = z2hi;
        var t0 = p2 ^ (p2 << 1) ^ (p2 << 2) ^ (p2 << 7);
        var t1 = p3 ^ ((p3 << 1) | (p2 >> 63)) ^ ((p3 << 2) | (p2 >> 62)) ^ ((p3 << 7) | (p2 >> 57));
        var o = (p3 >> 63) ^ (p3 >> 62) ^ (p3 >> 57);
        t0 ^= o ^ (o << 1) ^ (o << 2) ^ (o << 7);
        return (Rev64(p0 ^ t0), Rev64(p1 ^ t1));
    }

    private const ulong M0 = 0x1111111111111111UL, M1 = 0x2222222222222222UL, M2 = 0x4444444444444444UL, M3 = 0x8888888888888888UL;

    [MethodImpl(CamelliaJit.Inline)]
    private static (ulong, ulong, ulong, ulong) Split(ulong x) => (x & M0, x & M1, x & M2, x & M3);

    [MethodImpl(CamelliaJit.Inline)]
    private static (ulong, ulong, ulong, ulong) Xor((ulong, ulong, ulong, ulong) a, (ulong, ulong, ulong, ulong) b)
        => (a.Item1 ^ b.Item1, a.Item2 ^ b.Item2, a.Item3 ^ b.Item3, a.Item4 ^ b.Item4);

    [MethodImpl(CamelliaJit.Inline)]
    private static ulong Bmul64((ulong, ulong, ulong, ulong) x, (ulong, ulong, ulong, ulong) y)
    {
        var (x0, x1, x2, x3) = x;
        var (y0, y1, y2, y3) = y;
        unchecked
        {
            var z0 = (x0 * y0) ^ (x1 * y3) ^ (x2 * y2) ^ (x3 * y1);
            var z1 = (x0 * y1) ^ (x1 * y0) ^ (x2 * y3) ^ (x3 * y2);
            var z2 = (x0 * y2) ^ (x1 * y1) ^ (x2 * y0) ^ (x3 * y3);
            var z3 = (x0 * y3) ^ (x1 * y2) ^ (x2 * y1) ^ (x3 * y0);
            return (z0 & M0) | (z1 & M1) | (z2 & M2) | (z3 & M3);
        }
    }

    /// <summary>Reverses the 64 bits of <paramref name="x"/> (byte swap, then nibbles, pairs and bits within bytes).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static ulong Rev64(ulong x)
    {
        x = BinaryPrimitives.ReverseEndianness(x);
        x = ((x >> 4) & 0x0F0F0F0F0F0F0F0FUL) | ((x & 0x0F0F0F0F0F0F0F0FUL) << 4);
        x = ((x >> 2) & 0x3333333333333333UL) | ((x & 0x3333333333333333UL) << 2);
        return ((x >> 1) & 0x5555555555555555UL) | ((x & 0x5555555555555555UL) << 1);
    }

    // ---- PCLMULQDQ ----


    [MethodImpl(CamelliaJit.Inline)]
    private static Vector128<ulong> Reflect(Vector128<byte> block) => Ssse3.Shuffle(block, Vector128.Create((byte)15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)).AsUInt64();

    [MethodImpl(CamelliaJit.Root)]
    private void UpdateClmul(ReadOnlySpan<byte> data)
    {
        var k = _key!;
        Vector128<ulong> h1 = k.H1, h2 = k.H2, h3 = k.H3, h4 = k.H4;
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
            Accumulate(x0, h4, ref lo, ref hi, ref mid);
            Accumulate(x1, h3, ref lo, ref hi, ref mid);
            Accumulate(x2, h2, ref lo, ref hi, ref mid);
            Accumulate(x3, h1, ref lo, ref hi, ref mid);
            acc = Reduce(lo, hi, mid);
        }
        for (; off < data.Length; off += 16)
        {
            acc = Mul(Reflect(Vector128.LoadUnsafe(ref src, (nuint)off)) ^ acc, h1);
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
