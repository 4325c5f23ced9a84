using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>Byte vectors that can interleave bytes within each 128-bit lane (PUNPCKLBW/PUNPCKHBW).</summary>
internal interface IByteVectorLanes<T> : ICamelliaLanes<T> where T : struct, IByteVectorLanes<T>
{
    static abstract int Size { get; }

    static abstract T LoadRow(ref byte source, nuint offset);

    static abstract void StoreRow(T value, ref byte destination, nuint offset);

    static abstract T UnpackLow(T a, T b);

    static abstract T UnpackHigh(T a, T b);
}

/// <summary>
/// The 16×16 byte transpose of every 128-bit lane, on sixteen locals so that the JIT keeps them in registers: four
/// rounds of out[2i] = unpacklo(in[i], in[i+8]), out[2i+1] = unpackhi(in[i], in[i+8]) are exactly the transpose, so
/// loading and storing run the same network. A first version staged the rounds through a stack buffer; when the
/// stack happened to be misaligned for 32- or 64-byte vectors (it varies from process to process) every round split
/// cache lines and the whole cipher ran 4–6× slower.
/// </summary>
internal static class CamelliaTranspose
{
    [MethodImpl(CamelliaJit.Inline)]
    public static void Load<T>(ReadOnlySpan<byte> source, out Slices<T> s) where T : struct, IByteVectorLanes<T>
    {
        ref var src = ref MemoryMarshal.GetReference(source);
        var n = (nuint)T.Size;
        T x0 = T.LoadRow(ref src, 0), x1 = T.LoadRow(ref src, n), x2 = T.LoadRow(ref src, 2 * n), x3 = T.LoadRow(ref src, 3 * n);
        T x4 = T.LoadRow(ref src, 4 * n), x5 = T.LoadRow(ref src, 5 * n), x6 = T.LoadRow(ref src, 6 * n), x7 = T.LoadRow(ref src, 7 * n);
        T x8 = T.LoadRow(ref src, 8 * n), x9 = T.LoadRow(ref src, 9 * n), x10 = T.LoadRow(ref src, 10 * n), x11 = T.LoadRow(ref src, 11 * n);
        T x12 = T.LoadRow(ref src, 12 * n), x13 = T.LoadRow(ref src, 13 * n), x14 = T.LoadRow(ref src, 14 * n), x15 = T.LoadRow(ref src, 15 * n);
        for (var r = 0; r < 4; r++)
        {
            Round(ref x0, ref x1, ref x2, ref x3, ref x4, ref x5, ref x6, ref x7, ref x8, ref x9, ref x10, ref x11, ref x12, ref x13, ref x14, ref x15);
        }
        s.X0 = x0; s.X1 = x1; s.X2 = x2; s.X3 = x3; s.X4 = x4; s.X5 = x5; s.X6 = x6; s.X7 = x7;
        s.X8 = x8; s.X9 = x9; s.X10 = x10; s.X11 = x11; s.X12 = x12; s.X13 = x13; s.X14 = x14; s.X15 = x15;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static void Store<T>(in Slices<T> s, Span<byte> destination) where T : struct, IByteVectorLanes<T>
    {
        T x0 = s.X0, x1 = s.X1, x2 = s.X2, x3 = s.X3, x4 = s.X4, x5 = s.X5, x6 = s.X6, x7 = s.X7;
        T x8 = s.X8, x9 = s.X9, x10 = s.X10, x11 = s.X11, x12 = s.X12, x13 = s.X13, x14 = s.X14, x15 = s.X15;
        for (var r = 0; r < 4; r++)
        {
            Round(ref x0, ref x1, ref x2, ref x3, ref x4, ref x5, ref x6, ref x7, ref x8, ref x9, ref x10, ref x11, ref x12, ref x13, ref x14, ref x15);
        }
        ref var dst = ref MemoryMarshal.GetReference(destination);
        var n = (nuint)T.Size;
        T.StoreRow(x0, ref dst, 0); T.StoreRow(x1, ref dst, n); T.StoreRow(x2, ref dst, 2 * n); T.StoreRow(x3, ref dst, 3 * n);
        T.StoreRow(x4, ref dst, 4 * n); T.StoreRow(x5, ref dst, 5 * n); T.StoreRow(x6, ref dst, 6 * n); T.StoreRow(x7, ref dst, 7 * n);
        T.StoreRow(x8, ref dst, 8 * n); T.StoreRow(x9, ref dst, 9 * n); T.StoreRow(x10, ref dst, 10 * n); T.StoreRow(x11, ref dst, 11 * n);
        T.StoreRow(x12, ref dst, 12 * n); T.StoreRow(x13, ref dst, 13 * n); T.StoreRow(x14, ref dst, 14 * n); T.StoreRow(x15, ref dst, 15 * n);
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static void Round<T>(ref T x0, ref T x1, ref T x2, ref T x3, ref T x4, ref T x5, ref T x6, ref T x7,
        ref T x8, ref T x9, ref T x10, ref T x11, ref T x12, ref T x13, ref T x14, ref T x15) where T : struct, IByteVectorLanes<T>
    {
        var t0 = T.UnpackLow(x0, x8); var t1 = T.UnpackHigh(x0, x8);
        var t2 = T.UnpackLow(x1, x9); var t3 = T.UnpackHigh(x1, x9);
        var t4 = T.UnpackLow(x2, x10); var t5 = T.UnpackHigh(x2, x10);
        var t6 = T.UnpackLow(x3, x11); var t7 = T.UnpackHigh(x3, x11);
        var t8 = T.UnpackLow(x4, x12); var t9 = T.UnpackHigh(x4, x12);
        var t10 = T.UnpackLow(x5, x13); var t11 = T.UnpackHigh(x5, x13);
        var t12 = T.UnpackLow(x6, x14); var t13 = T.UnpackHigh(x6, x14);
        var t14 = T.UnpackLow(x7, x15); var t15 = T.UnpackHigh(x7, x15);
        x0 = t0; x1 = t1; x2 = t2; x3 = t3; x4 = t4; x5 = t5; x6 = t6; x7 = t7;
        x8 = t8; x9 = t9; x10 = t10; x11 = t11; x12 = t12; x13 = t13; x14 = t14; x15 = t15;
    }
}
