using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using static CryptrecCheck.Primitives.CamelliaImpl.CamelliaVectorTables;

namespace CryptrecCheck.Primitives.CamelliaImpl;

// Byte-sliced lanes on x86 vectors. Load reads consecutive 16-byte rows into 16 registers and transposes each 128-bit
// lane as a 16×16 byte matrix with four rounds of byte interleaves (out[2i] = unpacklo(in[i], in[i+8]),
// out[2i+1] = unpackhi(in[i], in[i+8])); four rounds are exactly the transpose, so Store runs the same network.
// Which block lands in which lane does not matter: every lane is an independent block and Store undoes Load.

/// <summary>16 blocks, S-boxes through AESENCLAST plus PSHUFB affine maps (AES-NI + SSSE3).</summary>
internal struct V128Aes : ICamelliaLanes<V128Aes>
{
    public Vector128<byte> V;

    public static bool IsSupported => Aes.IsSupported && Ssse3.IsSupported;
    public static int Blocks => 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Aes Xor(V128Aes a, V128Aes b) => new() { V = a.V ^ b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Aes And(V128Aes a, V128Aes b) => new() { V = a.V & b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Aes Or(V128Aes a, V128Aes b) => new() { V = a.V | b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Aes Splat(ulong key, int shift) => new() { V = Vector128.Create((byte)(key >> shift)) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128Aes Rotl1(V128Aes v, V128Aes next) => new() { V = (v.V + v.V) | Vector128.ShiftRightLogical(next.V, 7) };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Affine(Vector128<byte> x, (Vector128<byte> Low, Vector128<byte> High) t)
    {
        var mask = Vector128.Create((byte)0x0F);
        return Ssse3.Shuffle(t.Low, x & mask) ^ Ssse3.Shuffle(t.High, Vector128.ShiftRightLogical(x.AsUInt16(), 4).AsByte() & mask);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Box(Vector128<byte> x, (Vector128<byte> Low, Vector128<byte> High) pre, (Vector128<byte> Low, Vector128<byte> High) post)
    {
        var y = Ssse3.Shuffle(Affine(x, pre), InverseShiftRows);
        return Affine(Aes.EncryptLast(y, Vector128.Create((byte)0x63)), post);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Aes S1(V128Aes x) => new() { V = Box(x.V, PreIn123, PostOut14) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Aes S2(V128Aes x) => new() { V = Box(x.V, PreIn123, PostOut2) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Aes S3(V128Aes x) => new() { V = Box(x.V, PreIn123, PostOut3) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Aes S4(V128Aes x) => new() { V = Box(x.V, PreIn4, PostOut14) };

    public static void Load(ReadOnlySpan<byte> source, out Slices<V128Aes> s)
    {
        Transpose128.Load(source, out var t);
        s = Unsafe.As<Slices<Vector128<byte>>, Slices<V128Aes>>(ref t);
    }

    public static void Store(in Slices<V128Aes> s, Span<byte> destination) =>
        Transpose128.Store(in Unsafe.As<Slices<V128Aes>, Slices<Vector128<byte>>>(ref Unsafe.AsRef(in s)), destination);
}

/// <summary>16 blocks, S-boxes with two GFNI affine instructions each.</summary>
internal struct V128Gfni : ICamelliaLanes<V128Gfni>
{
    public Vector128<byte> V;


    public static bool IsSupported => Gfni.IsSupported && Ssse3.IsSupported;
    public static int Blocks => 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Gfni Xor(V128Gfni a, V128Gfni b) => new() { V = a.V ^ b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Gfni And(V128Gfni a, V128Gfni b) => new() { V = a.V & b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Gfni Or(V128Gfni a, V128Gfni b) => new() { V = a.V | b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V128Gfni Splat(ulong key, int shift) => new() { V = Vector128.Create((byte)(key >> shift)) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128Gfni Rotl1(V128Gfni v, V128Gfni next) => new() { V = (v.V + v.V) | Vector128.ShiftRightLogical(next.V, 7) };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128Gfni S1(V128Gfni x) => new() { V = Gfni.GaloisFieldAffineTransformInverse(Gfni.GaloisFieldAffineTransform(x.V, Vector128.Create(GfniIn123).AsByte(), 0x08), Vector128.Create(GfniOut14).AsByte(), 0x6E) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128Gfni S2(V128Gfni x) => new() { V = Gfni.GaloisFieldAffineTransformInverse(Gfni.GaloisFieldAffineTransform(x.V, Vector128.Create(GfniIn123).AsByte(), 0x08), Vector128.Create(GfniOut2).AsByte(), 0xDC) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128Gfni S3(V128Gfni x) => new() { V = Gfni.GaloisFieldAffineTransformInverse(Gfni.GaloisFieldAffineTransform(x.V, Vector128.Create(GfniIn123).AsByte(), 0x08), Vector128.Create(GfniOut3).AsByte(), 0x37) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128Gfni S4(V128Gfni x) => new() { V = Gfni.GaloisFieldAffineTransformInverse(Gfni.GaloisFieldAffineTransform(x.V, Vector128.Create(GfniIn4).AsByte(), 0x08), Vector128.Create(GfniOut14).AsByte(), 0x6E) };

    public static void Load(ReadOnlySpan<byte> source, out Slices<V128Gfni> s)
    {
        Transpose128.Load(source, out var t);
        s = Unsafe.As<Slices<Vector128<byte>>, Slices<V128Gfni>>(ref t);
    }

    public static void Store(in Slices<V128Gfni> s, Span<byte> destination) =>
        Transpose128.Store(in Unsafe.As<Slices<V128Gfni>, Slices<Vector128<byte>>>(ref Unsafe.AsRef(in s)), destination);
}

/// <summary>32 blocks in 256-bit registers, GFNI S-boxes (AVX2 + GFNI).</summary>
internal struct V256Gfni : ICamelliaLanes<V256Gfni>
{
    public Vector256<byte> V;


    public static bool IsSupported => Gfni.V256.IsSupported && Avx2.IsSupported;
    public static int Blocks => 32;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256Gfni Xor(V256Gfni a, V256Gfni b) => new() { V = a.V ^ b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256Gfni And(V256Gfni a, V256Gfni b) => new() { V = a.V & b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256Gfni Or(V256Gfni a, V256Gfni b) => new() { V = a.V | b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V256Gfni Splat(ulong key, int shift) => new() { V = Vector256.Create((byte)(key >> shift)) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256Gfni Rotl1(V256Gfni v, V256Gfni next) => new() { V = (v.V + v.V) | Vector256.ShiftRightLogical(next.V, 7) };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256Gfni S1(V256Gfni x) => new() { V = Gfni.V256.GaloisFieldAffineTransformInverse(Gfni.V256.GaloisFieldAffineTransform(x.V, Vector256.Create(GfniIn123).AsByte(), 0x08), Vector256.Create(GfniOut14).AsByte(), 0x6E) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256Gfni S2(V256Gfni x) => new() { V = Gfni.V256.GaloisFieldAffineTransformInverse(Gfni.V256.GaloisFieldAffineTransform(x.V, Vector256.Create(GfniIn123).AsByte(), 0x08), Vector256.Create(GfniOut2).AsByte(), 0xDC) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256Gfni S3(V256Gfni x) => new() { V = Gfni.V256.GaloisFieldAffineTransformInverse(Gfni.V256.GaloisFieldAffineTransform(x.V, Vector256.Create(GfniIn123).AsByte(), 0x08), Vector256.Create(GfniOut3).AsByte(), 0x37) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V256Gfni S4(V256Gfni x) => new() { V = Gfni.V256.GaloisFieldAffineTransformInverse(Gfni.V256.GaloisFieldAffineTransform(x.V, Vector256.Create(GfniIn4).AsByte(), 0x08), Vector256.Create(GfniOut14).AsByte(), 0x6E) };

    public static void Load(ReadOnlySpan<byte> source, out Slices<V256Gfni> s)
    {
        ref var src = ref MemoryMarshal.GetReference(source);
        var r = new Slices<Vector256<byte>>();
        ref var first = ref r.X0;
        for (var k = 0; k < 16; k++) { Unsafe.Add(ref first, k) = Vector256.LoadUnsafe(ref src, (nuint)(32 * k)); }
        Transpose(ref r);
        s = Unsafe.As<Slices<Vector256<byte>>, Slices<V256Gfni>>(ref r);
    }

    public static void Store(in Slices<V256Gfni> s, Span<byte> destination)
    {
        var r = Unsafe.As<Slices<V256Gfni>, Slices<Vector256<byte>>>(ref Unsafe.AsRef(in s));
        Transpose(ref r);
        ref var dst = ref MemoryMarshal.GetReference(destination);
        ref var first = ref r.X0;
        for (var k = 0; k < 16; k++) { Unsafe.Add(ref first, k).StoreUnsafe(ref dst, (nuint)(32 * k)); }
    }

    private static void Transpose(ref Slices<Vector256<byte>> r)
    {
        ref var x = ref r.X0;
        Span<Vector256<byte>> t = stackalloc Vector256<byte>[16];
        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < 8; i++)
            {
                t[2 * i] = Avx2.UnpackLow(Unsafe.Add(ref x, i), Unsafe.Add(ref x, i + 8));
                t[(2 * i) + 1] = Avx2.UnpackHigh(Unsafe.Add(ref x, i), Unsafe.Add(ref x, i + 8));
            }
            for (var i = 0; i < 16; i++) { Unsafe.Add(ref x, i) = t[i]; }
        }
    }
}

/// <summary>64 blocks in 512-bit registers, GFNI S-boxes (AVX-512BW + GFNI).</summary>
internal struct V512Gfni : ICamelliaLanes<V512Gfni>
{
    public Vector512<byte> V;


    public static bool IsSupported => Gfni.V512.IsSupported && Avx512BW.IsSupported;
    public static int Blocks => 64;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512Gfni Xor(V512Gfni a, V512Gfni b) => new() { V = a.V ^ b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512Gfni And(V512Gfni a, V512Gfni b) => new() { V = a.V & b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512Gfni Or(V512Gfni a, V512Gfni b) => new() { V = a.V | b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static V512Gfni Splat(ulong key, int shift) => new() { V = Vector512.Create((byte)(key >> shift)) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512Gfni Rotl1(V512Gfni v, V512Gfni next) => new() { V = (v.V + v.V) | Vector512.ShiftRightLogical(next.V, 7) };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512Gfni S1(V512Gfni x) => new() { V = Gfni.V512.GaloisFieldAffineTransformInverse(Gfni.V512.GaloisFieldAffineTransform(x.V, Vector512.Create(GfniIn123).AsByte(), 0x08), Vector512.Create(GfniOut14).AsByte(), 0x6E) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512Gfni S2(V512Gfni x) => new() { V = Gfni.V512.GaloisFieldAffineTransformInverse(Gfni.V512.GaloisFieldAffineTransform(x.V, Vector512.Create(GfniIn123).AsByte(), 0x08), Vector512.Create(GfniOut2).AsByte(), 0xDC) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512Gfni S3(V512Gfni x) => new() { V = Gfni.V512.GaloisFieldAffineTransformInverse(Gfni.V512.GaloisFieldAffineTransform(x.V, Vector512.Create(GfniIn123).AsByte(), 0x08), Vector512.Create(GfniOut3).AsByte(), 0x37) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V512Gfni S4(V512Gfni x) => new() { V = Gfni.V512.GaloisFieldAffineTransformInverse(Gfni.V512.GaloisFieldAffineTransform(x.V, Vector512.Create(GfniIn4).AsByte(), 0x08), Vector512.Create(GfniOut14).AsByte(), 0x6E) };

    public static void Load(ReadOnlySpan<byte> source, out Slices<V512Gfni> s)
    {
        ref var src = ref MemoryMarshal.GetReference(source);
        var r = new Slices<Vector512<byte>>();
        ref var first = ref r.X0;
        for (var k = 0; k < 16; k++) { Unsafe.Add(ref first, k) = Vector512.LoadUnsafe(ref src, (nuint)(64 * k)); }
        Transpose(ref r);
        s = Unsafe.As<Slices<Vector512<byte>>, Slices<V512Gfni>>(ref r);
    }

    public static void Store(in Slices<V512Gfni> s, Span<byte> destination)
    {
        var r = Unsafe.As<Slices<V512Gfni>, Slices<Vector512<byte>>>(ref Unsafe.AsRef(in s));
        Transpose(ref r);
        ref var dst = ref MemoryMarshal.GetReference(destination);
        ref var first = ref r.X0;
        for (var k = 0; k < 16; k++) { Unsafe.Add(ref first, k).StoreUnsafe(ref dst, (nuint)(64 * k)); }
    }

    private static void Transpose(ref Slices<Vector512<byte>> r)
    {
        ref var x = ref r.X0;
        Span<Vector512<byte>> t = stackalloc Vector512<byte>[16];
        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < 8; i++)
            {
                t[2 * i] = Avx512BW.UnpackLow(Unsafe.Add(ref x, i), Unsafe.Add(ref x, i + 8));
                t[(2 * i) + 1] = Avx512BW.UnpackHigh(Unsafe.Add(ref x, i), Unsafe.Add(ref x, i + 8));
            }
            for (var i = 0; i < 16; i++) { Unsafe.Add(ref x, i) = t[i]; }
        }
    }
}

/// <summary>16×16 byte transpose of 16 blocks in 128-bit registers.</summary>
internal static class Transpose128
{
    public static void Load(ReadOnlySpan<byte> source, out Slices<Vector128<byte>> s)
    {
        ref var src = ref MemoryMarshal.GetReference(source);
        s = default;
        ref var first = ref s.X0;
        for (var k = 0; k < 16; k++) { Unsafe.Add(ref first, k) = Vector128.LoadUnsafe(ref src, (nuint)(16 * k)); }
        Transpose(ref s);
    }

    public static void Store(in Slices<Vector128<byte>> s, Span<byte> destination)
    {
        var r = s;
        Transpose(ref r);
        ref var dst = ref MemoryMarshal.GetReference(destination);
        ref var first = ref r.X0;
        for (var k = 0; k < 16; k++) { Unsafe.Add(ref first, k).StoreUnsafe(ref dst, (nuint)(16 * k)); }
    }

    private static void Transpose(ref Slices<Vector128<byte>> r)
    {
        ref var x = ref r.X0;
        Span<Vector128<byte>> t = stackalloc Vector128<byte>[16];
        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < 8; i++)
            {
                t[2 * i] = Sse2.UnpackLow(Unsafe.Add(ref x, i), Unsafe.Add(ref x, i + 8));
                t[(2 * i) + 1] = Sse2.UnpackHigh(Unsafe.Add(ref x, i), Unsafe.Add(ref x, i + 8));
            }
            for (var i = 0; i < 16; i++) { Unsafe.Add(ref x, i) = t[i]; }
        }
    }
}
