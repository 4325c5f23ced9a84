using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using static CryptrecCheck.Primitives.CamelliaImpl.CamelliaBitslicedCircuits128;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>Eight bit-planes of 128 bits: B_i holds bit i of 128 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Bits8V
{
    public Vector128<ulong> B0, B1, B2, B3, B4, B5, B6, B7;
}

/// <summary>
/// Portable constant-time lanes over 128 blocks: <see cref="Bitsliced64"/> with each 64-bit plane widened to a
/// <see cref="Vector128{T}"/> of two (low half = blocks 0–63, high half = blocks 64–127). The same AND/XOR/NOT circuit,
/// half the instructions per block. Vector128 bitwise operations are hardware-accelerated on every 64-bit .NET
/// platform (SSE2 on x64, AdvSimd on ARM64); where they are not, .NET runs them in software, still without any
/// data-dependent branch or index.
/// </summary>
internal struct Bitsliced128 : ICamelliaLanes<Bitsliced128>
{
    public Bits8V P;

    public static bool IsSupported => true;
    public static int Blocks => 128;
    public static bool SplitRounds => true;
    public static bool SplitF => true;

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced128 Xor(Bitsliced128 a, Bitsliced128 b)
    {
        Bitsliced128 r;
        r.P.B0 = a.P.B0 ^ b.P.B0; r.P.B1 = a.P.B1 ^ b.P.B1; r.P.B2 = a.P.B2 ^ b.P.B2; r.P.B3 = a.P.B3 ^ b.P.B3;
        r.P.B4 = a.P.B4 ^ b.P.B4; r.P.B5 = a.P.B5 ^ b.P.B5; r.P.B6 = a.P.B6 ^ b.P.B6; r.P.B7 = a.P.B7 ^ b.P.B7;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced128 And(Bitsliced128 a, Bitsliced128 b)
    {
        Bitsliced128 r;
        r.P.B0 = a.P.B0 & b.P.B0; r.P.B1 = a.P.B1 & b.P.B1; r.P.B2 = a.P.B2 & b.P.B2; r.P.B3 = a.P.B3 & b.P.B3;
        r.P.B4 = a.P.B4 & b.P.B4; r.P.B5 = a.P.B5 & b.P.B5; r.P.B6 = a.P.B6 & b.P.B6; r.P.B7 = a.P.B7 & b.P.B7;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced128 Or(Bitsliced128 a, Bitsliced128 b)
    {
        Bitsliced128 r;
        r.P.B0 = a.P.B0 | b.P.B0; r.P.B1 = a.P.B1 | b.P.B1; r.P.B2 = a.P.B2 | b.P.B2; r.P.B3 = a.P.B3 | b.P.B3;
        r.P.B4 = a.P.B4 | b.P.B4; r.P.B5 = a.P.B5 | b.P.B5; r.P.B6 = a.P.B6 | b.P.B6; r.P.B7 = a.P.B7 | b.P.B7;
        return r;
    }

    /// <summary>Plane i is all ones where bit i of the key byte is set (a mask computed by arithmetic, no branch).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced128 Splat(ulong key, int shift)
    {
        var b = key >> shift;
        Bitsliced128 r;
        r.P.B0 = Vector128.Create(0UL - (b & 1)); r.P.B1 = Vector128.Create(0UL - ((b >> 1) & 1));
        r.P.B2 = Vector128.Create(0UL - ((b >> 2) & 1)); r.P.B3 = Vector128.Create(0UL - ((b >> 3) & 1));
        r.P.B4 = Vector128.Create(0UL - ((b >> 4) & 1)); r.P.B5 = Vector128.Create(0UL - ((b >> 5) & 1));
        r.P.B6 = Vector128.Create(0UL - ((b >> 6) & 1)); r.P.B7 = Vector128.Create(0UL - ((b >> 7) & 1));
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced128 Rotl1(Bitsliced128 v, Bitsliced128 next)
    {
        Bitsliced128 r;
        r.P.B0 = next.P.B7; r.P.B1 = v.P.B0; r.P.B2 = v.P.B1; r.P.B3 = v.P.B2;
        r.P.B4 = v.P.B3; r.P.B5 = v.P.B4; r.P.B6 = v.P.B5; r.P.B7 = v.P.B6;
        return r;
    }

    // One out-of-line copy of the circuit per 128 S-boxes: CamelliaBitslicedCircuits128.SBox1 is inlined here, and this is not inlined into the
    // S-box wrappers (eight circuits in one round would exceed the JIT's budget; measured 1.1-2x slower).
    [MethodImpl(CamelliaJit.Root)]
    private static Bits8V Box1(in Bits8V x) => SBox1(x);

    [MethodImpl(CamelliaJit.Inline)]
    private static Bits8V Rotl1Planes(in Bits8V y)
    {
        Bits8V r;
        r.B0 = y.B7; r.B1 = y.B0; r.B2 = y.B1; r.B3 = y.B2; r.B4 = y.B3; r.B5 = y.B4; r.B6 = y.B5; r.B7 = y.B6;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static Bits8V Rotl7Planes(in Bits8V y)
    {
        Bits8V r;
        r.B0 = y.B1; r.B1 = y.B2; r.B2 = y.B3; r.B3 = y.B4; r.B4 = y.B5; r.B5 = y.B6; r.B6 = y.B7; r.B7 = y.B0;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced128 S1(Bitsliced128 x) => new() { P = Box1(x.P) };

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced128 S2(Bitsliced128 x) => new() { P = Rotl1Planes(Box1(x.P)) };

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced128 S3(Bitsliced128 x) => new() { P = Rotl7Planes(Box1(x.P)) };

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced128 S4(Bitsliced128 x) => new() { P = Box1(Rotl1Planes(x.P)) };

    /// <summary>Blocks 0–63 go to the low halves of the planes, 64–127 to the high halves (Bitsliced64's layout each).</summary>
    [MethodImpl(CamelliaJit.Root)]
    public static void Load(ReadOnlySpan<byte> source, out Slices<Bitsliced128> s)
    {
        const int half = 64 * Camellia.BlockSize;
        Bitsliced64.Load(source.Slice(0, half), out var lo);
        Bitsliced64.Load(source.Slice(half, half), out var hi);
        s = default;
        ref var d = ref s.X0;
        ref var l = ref lo.X0;
        ref var h = ref hi.X0;
        for (var j = 0; j < 16; j++)
        {
            ref var dp = ref Unsafe.Add(ref d, j).P;
            ref var lp = ref Unsafe.Add(ref l, j).P;
            ref var hp = ref Unsafe.Add(ref h, j).P;
            dp.B0 = Vector128.Create(lp.B0, hp.B0); dp.B1 = Vector128.Create(lp.B1, hp.B1);
            dp.B2 = Vector128.Create(lp.B2, hp.B2); dp.B3 = Vector128.Create(lp.B3, hp.B3);
            dp.B4 = Vector128.Create(lp.B4, hp.B4); dp.B5 = Vector128.Create(lp.B5, hp.B5);
            dp.B6 = Vector128.Create(lp.B6, hp.B6); dp.B7 = Vector128.Create(lp.B7, hp.B7);
        }
        lo = default;
        hi = default;
    }

    [MethodImpl(CamelliaJit.Root)]
    public static void Store(in Slices<Bitsliced128> s, Span<byte> destination)
    {
        const int half = 64 * Camellia.BlockSize;
        Slices<Bitsliced64> lo = default, hi = default;
        ref var src = ref Unsafe.AsRef(in s.X0);
        ref var l = ref lo.X0;
        ref var h = ref hi.X0;
        for (var j = 0; j < 16; j++)
        {
            ref var sp = ref Unsafe.Add(ref src, j).P;
            ref var lp = ref Unsafe.Add(ref l, j).P;
            ref var hp = ref Unsafe.Add(ref h, j).P;
            lp.B0 = sp.B0.GetElement(0); hp.B0 = sp.B0.GetElement(1); lp.B1 = sp.B1.GetElement(0); hp.B1 = sp.B1.GetElement(1);
            lp.B2 = sp.B2.GetElement(0); hp.B2 = sp.B2.GetElement(1); lp.B3 = sp.B3.GetElement(0); hp.B3 = sp.B3.GetElement(1);
            lp.B4 = sp.B4.GetElement(0); hp.B4 = sp.B4.GetElement(1); lp.B5 = sp.B5.GetElement(0); hp.B5 = sp.B5.GetElement(1);
            lp.B6 = sp.B6.GetElement(0); hp.B6 = sp.B6.GetElement(1); lp.B7 = sp.B7.GetElement(0); hp.B7 = sp.B7.GetElement(1);
        }
        Bitsliced64.Store(in lo, destination.Slice(0, half));
        Bitsliced64.Store(in hi, destination.Slice(half, half));
        lo = default;
        hi = default;
    }
}
