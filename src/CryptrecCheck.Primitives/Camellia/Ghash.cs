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
        public Operand OpH, OpG;                 // H and H², split for Clmul64 (portable path)
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
        // Split once here instead of in every update: at 64 bytes a GCM call made three updates (associated data,
        // ciphertext, length block) and the splitting was a measurable part of the call.
        k.OpH = new Operand(hHi, hLo);
        var (gHi, gLo) = Mul1(hHi, hLo, in k.OpH); // H · H
        k.OpG = new Operand(gHi, gLo);
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
    // Clmul64 gives the full 128-bit carry-less product of two 64-bit polynomials from 25 full-width integer products
    // (Math.BigMul: MUL/MULX on x64, MUL+UMULH on ARM64). Each operand is split into five sparse words, x & m_i with m_i
    // the bits k ≡ i (mod 5); in x_i · y_j every set column k ≡ i + j (mod 5) counts at most 13 pairs of set bits (64/5
    // rounded up), so its count fits in the five bits up to the next column of the same class and never carries into it:
    // masking each sum to its residue class leaves exactly the XOR of the pairs. Working on the whole 128-bit product
    // removes the bit reversals the 64-bit-only variant (four-way split, low word only) needed for the high half. The
    // blocks stay in their big-endian integer form, as in the PCLMULQDQ code (the reflected GCM polynomial), so the
    // 256-bit product is shifted left by one and reduced with shifts and XORs modulo x^128 + x^7 + x^2 + x + 1.
    // A 128 × 128 product is three 64 × 64 products (Karatsuba). No table and no data-dependent branch; it assumes, as
    // every constant-time GHASH without a carry-less multiply instruction does, that an integer multiplication takes
    // the same time for all operands (true of x64 and ARM64 cores in general use).

    [MethodImpl(CamelliaJit.Root)]
    private void UpdatePortable(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return; // empty input: nothing to absorb
        }
        ulong yHi = _yHi, yLo = _yLo;
        var k = _key!;
        ref readonly var h = ref k.OpH;
        ref readonly var g = ref k.OpG;
        var off = 0;
        // Two blocks per reduction: Y' = (Y ⊕ X1)·H² ⊕ X2·H.
        for (; off + 32 <= data.Length; off += 32)
        {
            var a1 = yHi ^ BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off));
            var a0 = yLo ^ BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off + 8));
            var b1 = BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off + 16));
            var b0 = BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off + 24));
            Karatsuba(a1, a0, in g, out var x3, out var x2, out var x1, out var x0);
            Karatsuba(b1, b0, in h, out var w3, out var w2, out var w1, out var w0);
            (yHi, yLo) = Reduce(x3 ^ w3, x2 ^ w2, x1 ^ w1, x0 ^ w0);
        }
        if (off < data.Length)
        {
            (yHi, yLo) = Mul1(yHi ^ BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off)), yLo ^ BinaryPrimitives.ReadUInt64BigEndian(data.Slice(off + 8)), in h);
        }
        _yHi = yHi;
        _yLo = yLo;
    }

    /// <summary>A multiplier split once per key: its low word, high word and their XOR (the Karatsuba middle), five
    /// sparse words each.</summary>
    private readonly struct Operand
    {
        public readonly Split5 Lo, Hi, Mid;

        public Operand(ulong hi, ulong lo)
        {
            Lo = new Split5(lo);
            Hi = new Split5(hi);
            Mid = new Split5(lo ^ hi);
        }

        public bool IsZero() => Lo.IsZero() && Hi.IsZero() && Mid.IsZero();
    }

    private readonly struct Split5
    {
        public readonly ulong W0, W1, W2, W3, W4; // bits ≡ 0..4 (mod 5), for the high word
        public readonly ulong Q0, Q1, Q2, Q3;     // bits ≡ 0..3 (mod 4), for the low word

        [MethodImpl(CamelliaJit.Inline)]
        public Split5(ulong x)
        {
            W0 = x & M0; W1 = x & M1; W2 = x & M2; W3 = x & M3; W4 = x & M4;
            Q0 = x & N0; Q1 = x & N1; Q2 = x & N2; Q3 = x & N3;
        }

        public bool IsZero() => (W0 | W1 | W2 | W3 | W4 | Q0 | Q1 | Q2 | Q3) == 0;
    }

    /// <summary>(a1:a0) · h in the big-endian integer form of GCM blocks.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static (ulong Hi, ulong Lo) Mul1(ulong a1, ulong a0, in Operand h)
    {
        Karatsuba(a1, a0, in h, out var x3, out var x2, out var x1, out var x0);
        return Reduce(x3, x2, x1, x0);
    }

    /// <summary>The 256-bit carry-less product x3:x2:x1:x0 of (a1:a0) and h, by Karatsuba over 64-bit halves. Not inlined:
    /// with its 75 multiplications inlined twice into the update loop, the loop measured 10 % slower at 64 bytes.</summary>
    [MethodImpl(CamelliaJit.Root)]
    private static void Karatsuba(ulong a1, ulong a0, in Operand h, out ulong x3, out ulong x2, out ulong x1, out ulong x0)
    {
        var (lh, ll) = Clmul64(a0, in h.Lo);
        var (hh, hl) = Clmul64(a1, in h.Hi);
        var (mh, ml) = Clmul64(a0 ^ a1, in h.Mid);
        mh ^= lh ^ hh;
        ml ^= ll ^ hl;
        x0 = ll;
        x1 = lh ^ ml;
        x2 = hl ^ mh;
        x3 = hh;
    }

    /// <summary>
    /// Shifts the 256-bit product of two reflected polynomials left by one (the product of reflections is the reflected
    /// product shifted right by one) and folds it modulo x^128 + x^7 + x^2 + x + 1 (x^128 ≡ x^7 + x^2 + x + 1, applied to the
    /// low 128 bits, which hold the high-degree coefficients, in two steps), the same reduction as the PCLMULQDQ path.
    /// </summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static (ulong Hi, ulong Lo) Reduce(ulong x3, ulong x2, ulong x1, ulong x0)
    {
        x3 = (x3 << 1) | (x2 >> 63);
        x2 = (x2 << 1) | (x1 >> 63);
        x1 = (x1 << 1) | (x0 >> 63);
        x0 <<= 1;
        var d = x1 ^ (x0 << 63) ^ (x0 << 62) ^ (x0 << 57);
        var lo = x0 ^ ((x0 >> 1) | (d << 63)) ^ ((x0 >> 2) | (d << 62)) ^ ((x0 >> 7) | (d << 57));
        var hi = d ^ (d >> 1) ^ (d >> 2) ^ (d >> 7);
        return (x3 ^ hi, x2 ^ lo);
    }

    private const ulong M0 = 0x1084210842108421UL, M1 = 0x2108421084210842UL, M2 = 0x4210842108421084UL,
        M3 = 0x8421084210842108UL, M4 = 0x0842108421084210UL;

    private const ulong N0 = 0x1111111111111111UL, N1 = 0x2222222222222222UL, N2 = 0x4444444444444444UL, N3 = 0x8888888888888888UL;

    /// <summary>The 128-bit carry-less product of <paramref name="x"/> and the split <paramref name="y"/>.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static (ulong Hi, ulong Lo) Clmul64(ulong x, in Split5 y)
    {
        unchecked
        {
            // Low word: four classes suffice (16 ordinary multiplications): a column of the low word counts at most 15
            // pairs below bit 60 and 16 at bits 60–63, whose carry leaves the word.
            ulong q0 = x & N0, q1 = x & N1, q2 = x & N2, q3 = x & N3;
            var l0 = (q0 * y.Q0) ^ (q1 * y.Q3) ^ (q2 * y.Q2) ^ (q3 * y.Q1);
            var l1 = (q0 * y.Q1) ^ (q1 * y.Q0) ^ (q2 * y.Q3) ^ (q3 * y.Q2);
            var l2 = (q0 * y.Q2) ^ (q1 * y.Q1) ^ (q2 * y.Q0) ^ (q3 * y.Q3);
            var l3 = (q0 * y.Q3) ^ (q1 * y.Q2) ^ (q2 * y.Q1) ^ (q3 * y.Q0);
            var lo = (l0 & N0) | (l1 & N1) | (l2 & N2) | (l3 & N3);
            // High word: columns 64–127 count up to 16 pairs in four classes, so five classes (at most 13 pairs each).
            // Sum r collects x_i · y_j with i + j ≡ r (mod 5); bit t of the high word is column 64 + t, class (t + 4) mod 5,
            // so class r sits under the mask of class r + 1.
            ulong x0 = x & M0, x1 = x & M1, x2 = x & M2, x3 = x & M3, x4 = x & M4;
            ulong y0 = y.W0, y1 = y.W1, y2 = y.W2, y3 = y.W3, y4 = y.W4;
            var s0 = MulHigh(x0, y0) ^ MulHigh(x1, y4) ^ MulHigh(x2, y3) ^ MulHigh(x3, y2) ^ MulHigh(x4, y1);
            var s1 = MulHigh(x0, y1) ^ MulHigh(x1, y0) ^ MulHigh(x2, y4) ^ MulHigh(x3, y3) ^ MulHigh(x4, y2);
            var s2 = MulHigh(x0, y2) ^ MulHigh(x1, y1) ^ MulHigh(x2, y0) ^ MulHigh(x3, y4) ^ MulHigh(x4, y3);
            var s3 = MulHigh(x0, y3) ^ MulHigh(x1, y2) ^ MulHigh(x2, y1) ^ MulHigh(x3, y0) ^ MulHigh(x4, y4);
            var s4 = MulHigh(x0, y4) ^ MulHigh(x1, y3) ^ MulHigh(x2, y2) ^ MulHigh(x3, y1) ^ MulHigh(x4, y0);
            var hi = (s0 & M1) | (s1 & M2) | (s2 & M3) | (s3 & M4) | (s4 & M0);
            return (hi, lo);
        }
    }

    /// <summary>The high 64 bits of the 128-bit integer product: MULX (BMI2) on x64, UMULH on ARM64.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static ulong MulHigh(ulong a, ulong b) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b)
        : System.Runtime.Intrinsics.Arm.ArmBase.Arm64.IsSupported ? System.Runtime.Intrinsics.Arm.ArmBase.Arm64.MultiplyHigh(a, b)
        : Math.BigMul(a, b, out _);

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
