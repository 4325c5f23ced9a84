using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using static CryptrecCheck.Primitives.CamelliaImpl.CamelliaVectorTables;

namespace CryptrecCheck.Primitives.CamelliaImpl;

// Byte-sliced lanes on x86 vectors. Load reads 16 consecutive vector-sized rows and transposes each 128-bit lane as a
// 16×16 byte matrix (CamelliaTranspose). Which block lands in which lane does not matter: every lane is an independent
// block and Store undoes Load.

/// <summary>16 blocks, S-boxes through AESENCLAST plus PSHUFB affine maps (AES-NI + SSSE3).</summary>
internal struct V128Aes : IByteVectorLanes<V128Aes>
{
    public Vector128<byte> V;

    public static bool SplitRounds => true;
    public static bool SplitF => false;

    public static bool IsSupported => Aes.IsSupported && Ssse3.IsSupported;
    public static int Blocks => 16;

    [MethodImpl(CamelliaJit.Inline)] public static V128Aes Xor(V128Aes a, V128Aes b) => new() { V = a.V ^ b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V128Aes And(V128Aes a, V128Aes b) => new() { V = a.V & b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V128Aes Or(V128Aes a, V128Aes b) => new() { V = a.V | b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V128Aes Splat(ulong key, int shift) => new() { V = Vector128.Create((byte)(key >> shift)) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V128Aes Rotl1(V128Aes v, V128Aes next) => new() { V = (v.V + v.V) | Vector128.ShiftRightLogical(next.V, 7) };

    [MethodImpl(CamelliaJit.Inline)]
    private static Vector128<byte> Affine(Vector128<byte> x, (Vector128<byte> Low, Vector128<byte> High) t)
    {
        var mask = Vector128.Create((byte)0x0F);
        return Ssse3.Shuffle(t.Low, x & mask) ^ Ssse3.Shuffle(t.High, Vector128.ShiftRightLogical(x.AsUInt16(), 4).AsByte() & mask);
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static Vector128<byte> Box(Vector128<byte> x, (Vector128<byte> Low, Vector128<byte> High) pre, (Vector128<byte> Low, Vector128<byte> High) post)
    {
        var y = Ssse3.Shuffle(Affine(x, pre), InverseShiftRows);
        return Affine(Aes.EncryptLast(y, Vector128.Create((byte)0x63)), post);
    }

    [MethodImpl(CamelliaJit.Inline)] public static V128Aes S1(V128Aes x) => new() { V = Box(x.V, PreIn123, PostOut14) };
    [MethodImpl(CamelliaJit.Inline)] public static V128Aes S2(V128Aes x) => new() { V = Box(x.V, PreIn123, PostOut2) };
    [MethodImpl(CamelliaJit.Inline)] public static V128Aes S3(V128Aes x) => new() { V = Box(x.V, PreIn123, PostOut3) };
    [MethodImpl(CamelliaJit.Inline)] public static V128Aes S4(V128Aes x) => new() { V = Box(x.V, PreIn4, PostOut14) };

    public static int Size => 16;

    [MethodImpl(CamelliaJit.Inline)]
    public static V128Aes LoadRow(ref byte source, nuint offset) => new() { V = Vector128.LoadUnsafe(ref source, offset) };

    [MethodImpl(CamelliaJit.Inline)]
    public static void StoreRow(V128Aes value, ref byte destination, nuint offset) => value.V.StoreUnsafe(ref destination, offset);

    [MethodImpl(CamelliaJit.Inline)]
    public static V128Aes UnpackLow(V128Aes a, V128Aes b) => new() { V = Sse2.UnpackLow(a.V, b.V) };

    [MethodImpl(CamelliaJit.Inline)]
    public static V128Aes UnpackHigh(V128Aes a, V128Aes b) => new() { V = Sse2.UnpackHigh(a.V, b.V) };

    [MethodImpl(CamelliaJit.Inline)]
    public static void Load(ReadOnlySpan<byte> source, out Slices<V128Aes> s) => CamelliaTranspose.Load(source, out s);

    [MethodImpl(CamelliaJit.Inline)]
    public static void Store(in Slices<V128Aes> s, Span<byte> destination) => CamelliaTranspose.Store(in s, destination);
}

/// <summary>16 blocks, S-boxes with two GFNI affine instructions each.</summary>
internal struct V128Gfni : IByteVectorLanes<V128Gfni>
{
    public Vector128<byte> V;

    public static bool SplitRounds => false;
    public static bool SplitF => false;


    public static bool IsSupported => Gfni.IsSupported && Ssse3.IsSupported;
    public static int Blocks => 16;

    [MethodImpl(CamelliaJit.Inline)] public static V128Gfni Xor(V128Gfni a, V128Gfni b) => new() { V = a.V ^ b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V128Gfni And(V128Gfni a, V128Gfni b) => new() { V = a.V & b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V128Gfni Or(V128Gfni a, V128Gfni b) => new() { V = a.V | b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V128Gfni Splat(ulong key, int shift) => new() { V = Vector128.Create((byte)(key >> shift)) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V128Gfni Rotl1(V128Gfni v, V128Gfni next) => new() { V = (v.V + v.V) | Vector128.ShiftRightLogical(next.V, 7) };

    [MethodImpl(CamelliaJit.Inline)]
    public static V128Gfni S1(V128Gfni x) => new() { V = Gfni.GaloisFieldAffineTransformInverse(Gfni.GaloisFieldAffineTransform(x.V, Vector128.Create(GfniIn123).AsByte(), 0x08), Vector128.Create(GfniOut14).AsByte(), 0x6E) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V128Gfni S2(V128Gfni x) => new() { V = Gfni.GaloisFieldAffineTransformInverse(Gfni.GaloisFieldAffineTransform(x.V, Vector128.Create(GfniIn123).AsByte(), 0x08), Vector128.Create(GfniOut2).AsByte(), 0xDC) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V128Gfni S3(V128Gfni x) => new() { V = Gfni.GaloisFieldAffineTransformInverse(Gfni.GaloisFieldAffineTransform(x.V, Vector128.Create(GfniIn123).AsByte(), 0x08), Vector128.Create(GfniOut3).AsByte(), 0x37) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V128Gfni S4(V128Gfni x) => new() { V = Gfni.GaloisFieldAffineTransformInverse(Gfni.GaloisFieldAffineTransform(x.V, Vector128.Create(GfniIn4).AsByte(), 0x08), Vector128.Create(GfniOut14).AsByte(), 0x6E) };

    public static int Size => 16;

    [MethodImpl(CamelliaJit.Inline)]
    public static V128Gfni LoadRow(ref byte source, nuint offset) => new() { V = Vector128.LoadUnsafe(ref source, offset) };

    [MethodImpl(CamelliaJit.Inline)]
    public static void StoreRow(V128Gfni value, ref byte destination, nuint offset) => value.V.StoreUnsafe(ref destination, offset);

    [MethodImpl(CamelliaJit.Inline)]
    public static V128Gfni UnpackLow(V128Gfni a, V128Gfni b) => new() { V = Sse2.UnpackLow(a.V, b.V) };

    [MethodImpl(CamelliaJit.Inline)]
    public static V128Gfni UnpackHigh(V128Gfni a, V128Gfni b) => new() { V = Sse2.UnpackHigh(a.V, b.V) };

    [MethodImpl(CamelliaJit.Inline)]
    public static void Load(ReadOnlySpan<byte> source, out Slices<V128Gfni> s) => CamelliaTranspose.Load(source, out s);

    [MethodImpl(CamelliaJit.Inline)]
    public static void Store(in Slices<V128Gfni> s, Span<byte> destination) => CamelliaTranspose.Store(in s, destination);
}

/// <summary>32 blocks in 256-bit registers, GFNI S-boxes (AVX2 + GFNI).</summary>
internal struct V256Gfni : IByteVectorLanes<V256Gfni>
{
    public Vector256<byte> V;

    public static bool SplitRounds => false;
    public static bool SplitF => false;


    public static bool IsSupported => Gfni.V256.IsSupported && Avx2.IsSupported;
    public static int Blocks => 32;

    [MethodImpl(CamelliaJit.Inline)] public static V256Gfni Xor(V256Gfni a, V256Gfni b) => new() { V = a.V ^ b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V256Gfni And(V256Gfni a, V256Gfni b) => new() { V = a.V & b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V256Gfni Or(V256Gfni a, V256Gfni b) => new() { V = a.V | b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V256Gfni Splat(ulong key, int shift) => new() { V = Vector256.Create((byte)(key >> shift)) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V256Gfni Rotl1(V256Gfni v, V256Gfni next) => new() { V = (v.V + v.V) | Vector256.ShiftRightLogical(next.V, 7) };

    [MethodImpl(CamelliaJit.Inline)]
    public static V256Gfni S1(V256Gfni x) => new() { V = Gfni.V256.GaloisFieldAffineTransformInverse(Gfni.V256.GaloisFieldAffineTransform(x.V, Vector256.Create(GfniIn123).AsByte(), 0x08), Vector256.Create(GfniOut14).AsByte(), 0x6E) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V256Gfni S2(V256Gfni x) => new() { V = Gfni.V256.GaloisFieldAffineTransformInverse(Gfni.V256.GaloisFieldAffineTransform(x.V, Vector256.Create(GfniIn123).AsByte(), 0x08), Vector256.Create(GfniOut2).AsByte(), 0xDC) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V256Gfni S3(V256Gfni x) => new() { V = Gfni.V256.GaloisFieldAffineTransformInverse(Gfni.V256.GaloisFieldAffineTransform(x.V, Vector256.Create(GfniIn123).AsByte(), 0x08), Vector256.Create(GfniOut3).AsByte(), 0x37) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V256Gfni S4(V256Gfni x) => new() { V = Gfni.V256.GaloisFieldAffineTransformInverse(Gfni.V256.GaloisFieldAffineTransform(x.V, Vector256.Create(GfniIn4).AsByte(), 0x08), Vector256.Create(GfniOut14).AsByte(), 0x6E) };

    public static int Size => 32;

    [MethodImpl(CamelliaJit.Inline)]
    public static V256Gfni LoadRow(ref byte source, nuint offset) => new() { V = Vector256.LoadUnsafe(ref source, offset) };

    [MethodImpl(CamelliaJit.Inline)]
    public static void StoreRow(V256Gfni value, ref byte destination, nuint offset) => value.V.StoreUnsafe(ref destination, offset);

    [MethodImpl(CamelliaJit.Inline)]
    public static V256Gfni UnpackLow(V256Gfni a, V256Gfni b) => new() { V = Avx2.UnpackLow(a.V, b.V) };

    [MethodImpl(CamelliaJit.Inline)]
    public static V256Gfni UnpackHigh(V256Gfni a, V256Gfni b) => new() { V = Avx2.UnpackHigh(a.V, b.V) };

    [MethodImpl(CamelliaJit.Inline)]
    public static void Load(ReadOnlySpan<byte> source, out Slices<V256Gfni> s) => CamelliaTranspose.Load(source, out s);

    [MethodImpl(CamelliaJit.Inline)]
    public static void Store(in Slices<V256Gfni> s, Span<byte> destination) => CamelliaTranspose.Store(in s, destination);
}

/// <summary>64 blocks in 512-bit registers, GFNI S-boxes (AVX-512BW + GFNI).</summary>
internal struct V512Gfni : IByteVectorLanes<V512Gfni>
{
    public Vector512<byte> V;

    public static bool SplitRounds => false;
    public static bool SplitF => false;


    public static bool IsSupported => Gfni.V512.IsSupported && Avx512BW.IsSupported;
    public static int Blocks => 64;

    [MethodImpl(CamelliaJit.Inline)] public static V512Gfni Xor(V512Gfni a, V512Gfni b) => new() { V = a.V ^ b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V512Gfni And(V512Gfni a, V512Gfni b) => new() { V = a.V & b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V512Gfni Or(V512Gfni a, V512Gfni b) => new() { V = a.V | b.V };
    [MethodImpl(CamelliaJit.Inline)] public static V512Gfni Splat(ulong key, int shift) => new() { V = Vector512.Create((byte)(key >> shift)) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V512Gfni Rotl1(V512Gfni v, V512Gfni next) => new() { V = (v.V + v.V) | Vector512.ShiftRightLogical(next.V, 7) };

    [MethodImpl(CamelliaJit.Inline)]
    public static V512Gfni S1(V512Gfni x) => new() { V = Gfni.V512.GaloisFieldAffineTransformInverse(Gfni.V512.GaloisFieldAffineTransform(x.V, Vector512.Create(GfniIn123).AsByte(), 0x08), Vector512.Create(GfniOut14).AsByte(), 0x6E) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V512Gfni S2(V512Gfni x) => new() { V = Gfni.V512.GaloisFieldAffineTransformInverse(Gfni.V512.GaloisFieldAffineTransform(x.V, Vector512.Create(GfniIn123).AsByte(), 0x08), Vector512.Create(GfniOut2).AsByte(), 0xDC) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V512Gfni S3(V512Gfni x) => new() { V = Gfni.V512.GaloisFieldAffineTransformInverse(Gfni.V512.GaloisFieldAffineTransform(x.V, Vector512.Create(GfniIn123).AsByte(), 0x08), Vector512.Create(GfniOut3).AsByte(), 0x37) };
    [MethodImpl(CamelliaJit.Inline)]
    public static V512Gfni S4(V512Gfni x) => new() { V = Gfni.V512.GaloisFieldAffineTransformInverse(Gfni.V512.GaloisFieldAffineTransform(x.V, Vector512.Create(GfniIn4).AsByte(), 0x08), Vector512.Create(GfniOut14).AsByte(), 0x6E) };

    public static int Size => 64;

    [MethodImpl(CamelliaJit.Inline)]
    public static V512Gfni LoadRow(ref byte source, nuint offset) => new() { V = Vector512.LoadUnsafe(ref source, offset) };

    [MethodImpl(CamelliaJit.Inline)]
    public static void StoreRow(V512Gfni value, ref byte destination, nuint offset) => value.V.StoreUnsafe(ref destination, offset);

    [MethodImpl(CamelliaJit.Inline)]
    public static V512Gfni UnpackLow(V512Gfni a, V512Gfni b) => new() { V = Avx512BW.UnpackLow(a.V, b.V) };

    [MethodImpl(CamelliaJit.Inline)]
    public static V512Gfni UnpackHigh(V512Gfni a, V512Gfni b) => new() { V = Avx512BW.UnpackHigh(a.V, b.V) };

    [MethodImpl(CamelliaJit.Inline)]
    public static void Load(ReadOnlySpan<byte> source, out Slices<V512Gfni> s) => CamelliaTranspose.Load(source, out s);

    [MethodImpl(CamelliaJit.Inline)]
    public static void Store(in Slices<V512Gfni> s, Span<byte> destination) => CamelliaTranspose.Store(in s, destination);
}
