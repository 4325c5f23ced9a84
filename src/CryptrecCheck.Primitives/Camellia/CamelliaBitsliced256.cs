using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using static CryptrecCheck.Primitives.CamelliaImpl.CamelliaBitslicedCircuits256;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>Eight bit-planes of 256 bits: B_i holds bit i of 256 bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Bits8W
{
    public Vector256<ulong> B0, B1, B2, B3, B4, B5, B6, B7;
}

/// <summary>
/// Portable constant-time lanes over 256 blocks: <see cref="Bitsliced64"/> with each 64-bit plane widened to a
/// <see cref="Vector256{T}"/> of four (element q = blocks 64q … 64q + 63). Used only where
/// <see cref="Vector256.IsHardwareAccelerated"/> (AVX2 on x64); elsewhere <see cref="Bitsliced128"/> is the widest.
/// </summary>
internal struct Bitsliced256 : ICamelliaLanes<Bitsliced256>
{
    public Bits8W P;

    public static bool IsSupported => true;
    public static int Blocks => 256;
    public static bool SplitRounds => true;
    public static bool SplitF => true;

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced256 Xor(Bitsliced256 a, Bitsliced256 b)
    {
        Bitsliced256 r;
        r.P.B0 = a.P.B0 ^ b.P.B0; r.P.B1 = a.P.B1 ^ b.P.B1; r.P.B2 = a.P.B2 ^ b.P.B2; r.P.B3 = a.P.B3 ^ b.P.B3;
        r.P.B4 = a.P.B4 ^ b.P.B4; r.P.B5 = a.P.B5 ^ b.P.B5; r.P.B6 = a.P.B6 ^ b.P.B6; r.P.B7 = a.P.B7 ^ b.P.B7;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced256 And(Bitsliced256 a, Bitsliced256 b)
    {
        Bitsliced256 r;
        r.P.B0 = a.P.B0 & b.P.B0; r.P.B1 = a.P.B1 & b.P.B1; r.P.B2 = a.P.B2 & b.P.B2; r.P.B3 = a.P.B3 & b.P.B3;
        r.P.B4 = a.P.B4 & b.P.B4; r.P.B5 = a.P.B5 & b.P.B5; r.P.B6 = a.P.B6 & b.P.B6; r.P.B7 = a.P.B7 & b.P.B7;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced256 Or(Bitsliced256 a, Bitsliced256 b)
    {
        Bitsliced256 r;
        r.P.B0 = a.P.B0 | b.P.B0; r.P.B1 = a.P.B1 | b.P.B1; r.P.B2 = a.P.B2 | b.P.B2; r.P.B3 = a.P.B3 | b.P.B3;
        r.P.B4 = a.P.B4 | b.P.B4; r.P.B5 = a.P.B5 | b.P.B5; r.P.B6 = a.P.B6 | b.P.B6; r.P.B7 = a.P.B7 | b.P.B7;
        return r;
    }

    /// <summary>Plane i is all ones where bit i of the key byte is set (a mask computed by arithmetic, no branch).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced256 Splat(ulong key, int shift)
    {
        var b = key >> shift;
        Bitsliced256 r;
        r.P.B0 = Vector256.Create(0UL - (b & 1)); r.P.B1 = Vector256.Create(0UL - ((b >> 1) & 1));
        r.P.B2 = Vector256.Create(0UL - ((b >> 2) & 1)); r.P.B3 = Vector256.Create(0UL - ((b >> 3) & 1));
        r.P.B4 = Vector256.Create(0UL - ((b >> 4) & 1)); r.P.B5 = Vector256.Create(0UL - ((b >> 5) & 1));
        r.P.B6 = Vector256.Create(0UL - ((b >> 6) & 1)); r.P.B7 = Vector256.Create(0UL - ((b >> 7) & 1));
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced256 Rotl1(Bitsliced256 v, Bitsliced256 next)
    {
        Bitsliced256 r;
        r.P.B0 = next.P.B7; r.P.B1 = v.P.B0; r.P.B2 = v.P.B1; r.P.B3 = v.P.B2;
        r.P.B4 = v.P.B3; r.P.B5 = v.P.B4; r.P.B6 = v.P.B5; r.P.B7 = v.P.B6;
        return r;
    }

    // One out-of-line copy of the circuit per 256 S-boxes: CamelliaBitslicedCircuits256.SBox1 is inlined here, and this is not inlined into the
    // S-box wrappers (eight circuits in one round would exceed the JIT's budget; measured 1.1-2x slower).
    [MethodImpl(CamelliaJit.Root)]
    private static Bits8W Box1(in Bits8W x) => SBox1(x);

    [MethodImpl(CamelliaJit.Inline)]
    private static Bits8W Rotl1Planes(in Bits8W y)
    {
        Bits8W r;
        r.B0 = y.B7; r.B1 = y.B0; r.B2 = y.B1; r.B3 = y.B2; r.B4 = y.B3; r.B5 = y.B4; r.B6 = y.B5; r.B7 = y.B6;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static Bits8W Rotl7Planes(in Bits8W y)
    {
        Bits8W r;
        r.B0 = y.B1; r.B1 = y.B2; r.B2 = y.B3; r.B3 = y.B4; r.B4 = y.B5; r.B5 = y.B6; r.B6 = y.B7; r.B7 = y.B0;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced256 S1(Bitsliced256 x) => new() { P = Box1(x.P) };

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced256 S2(Bitsliced256 x) => new() { P = Rotl1Planes(Box1(x.P)) };

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced256 S3(Bitsliced256 x) => new() { P = Rotl7Planes(Box1(x.P)) };

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced256 S4(Bitsliced256 x) => new() { P = Box1(Rotl1Planes(x.P)) };

    /// <summary>Blocks 64q … 64q + 63 go to element q of every plane (Bitsliced64's layout each).</summary>
    [MethodImpl(CamelliaJit.Root)]
    public static void Load(ReadOnlySpan<byte> source, out Slices<Bitsliced256> s)
    {
        const int quarter = 64 * Camellia.BlockSize;
        Bitsliced64.Load(source.Slice(0, quarter), out var q0);
        Bitsliced64.Load(source.Slice(quarter, quarter), out var q1);
        Bitsliced64.Load(source.Slice(2 * quarter, quarter), out var q2);
        Bitsliced64.Load(source.Slice(3 * quarter, quarter), out var q3);
        s = default;
        ref var d = ref s.X0;
        for (var j = 0; j < 16; j++)
        {
            ref var dp = ref Unsafe.Add(ref d, j).P;
            ref var a = ref Unsafe.Add(ref q0.X0, j).P;
            ref var b = ref Unsafe.Add(ref q1.X0, j).P;
            ref var c = ref Unsafe.Add(ref q2.X0, j).P;
            ref var e = ref Unsafe.Add(ref q3.X0, j).P;
            dp.B0 = Vector256.Create(a.B0, b.B0, c.B0, e.B0); dp.B1 = Vector256.Create(a.B1, b.B1, c.B1, e.B1);
            dp.B2 = Vector256.Create(a.B2, b.B2, c.B2, e.B2); dp.B3 = Vector256.Create(a.B3, b.B3, c.B3, e.B3);
            dp.B4 = Vector256.Create(a.B4, b.B4, c.B4, e.B4); dp.B5 = Vector256.Create(a.B5, b.B5, c.B5, e.B5);
            dp.B6 = Vector256.Create(a.B6, b.B6, c.B6, e.B6); dp.B7 = Vector256.Create(a.B7, b.B7, c.B7, e.B7);
        }
        q0 = default; q1 = default; q2 = default; q3 = default;
    }

    [MethodImpl(CamelliaJit.Root)]
    public static void Store(in Slices<Bitsliced256> s, Span<byte> destination)
    {
        const int quarter = 64 * Camellia.BlockSize;
        Slices<Bitsliced64> q0 = default, q1 = default, q2 = default, q3 = default;
        ref var src = ref Unsafe.AsRef(in s.X0);
        for (var j = 0; j < 16; j++)
        {
            ref var sp = ref Unsafe.Add(ref src, j).P;
            Split(sp.B0, out Unsafe.Add(ref q0.X0, j).P.B0, out Unsafe.Add(ref q1.X0, j).P.B0, out Unsafe.Add(ref q2.X0, j).P.B0, out Unsafe.Add(ref q3.X0, j).P.B0);
            Split(sp.B1, out Unsafe.Add(ref q0.X0, j).P.B1, out Unsafe.Add(ref q1.X0, j).P.B1, out Unsafe.Add(ref q2.X0, j).P.B1, out Unsafe.Add(ref q3.X0, j).P.B1);
            Split(sp.B2, out Unsafe.Add(ref q0.X0, j).P.B2, out Unsafe.Add(ref q1.X0, j).P.B2, out Unsafe.Add(ref q2.X0, j).P.B2, out Unsafe.Add(ref q3.X0, j).P.B2);
            Split(sp.B3, out Unsafe.Add(ref q0.X0, j).P.B3, out Unsafe.Add(ref q1.X0, j).P.B3, out Unsafe.Add(ref q2.X0, j).P.B3, out Unsafe.Add(ref q3.X0, j).P.B3);
            Split(sp.B4, out Unsafe.Add(ref q0.X0, j).P.B4, out Unsafe.Add(ref q1.X0, j).P.B4, out Unsafe.Add(ref q2.X0, j).P.B4, out Unsafe.Add(ref q3.X0, j).P.B4);
            Split(sp.B5, out Unsafe.Add(ref q0.X0, j).P.B5, out Unsafe.Add(ref q1.X0, j).P.B5, out Unsafe.Add(ref q2.X0, j).P.B5, out Unsafe.Add(ref q3.X0, j).P.B5);
            Split(sp.B6, out Unsafe.Add(ref q0.X0, j).P.B6, out Unsafe.Add(ref q1.X0, j).P.B6, out Unsafe.Add(ref q2.X0, j).P.B6, out Unsafe.Add(ref q3.X0, j).P.B6);
            Split(sp.B7, out Unsafe.Add(ref q0.X0, j).P.B7, out Unsafe.Add(ref q1.X0, j).P.B7, out Unsafe.Add(ref q2.X0, j).P.B7, out Unsafe.Add(ref q3.X0, j).P.B7);
        }
        Bitsliced64.Store(in q0, destination.Slice(0, quarter));
        Bitsliced64.Store(in q1, destination.Slice(quarter, quarter));
        Bitsliced64.Store(in q2, destination.Slice(2 * quarter, quarter));
        Bitsliced64.Store(in q3, destination.Slice(3 * quarter, quarter));
        q0 = default; q1 = default; q2 = default; q3 = default;
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static void Split(Vector256<ulong> v, out ulong e0, out ulong e1, out ulong e2, out ulong e3)
    {
        e0 = v.GetElement(0); e1 = v.GetElement(1); e2 = v.GetElement(2); e3 = v.GetElement(3);
    }
}
