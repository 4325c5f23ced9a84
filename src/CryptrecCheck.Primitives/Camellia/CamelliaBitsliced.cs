using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static CryptrecCheck.Primitives.CamelliaImpl.CamelliaBitslicedCircuits;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>Eight bit-planes: B_i holds bit i of 64 bytes (one per bit position of the ulong).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Bits8
{
    public ulong B0, B1, B2, B3, B4, B5, B6, B7;
}

/// <summary>
/// Portable constant-time lanes: 64 blocks, each byte-slice bitsliced into eight 64-bit planes. Only AND, OR, XOR,
/// NOT and shifts by constants; the S-box is the generated straight-line circuit <see cref="CamelliaBitslicedCircuits.SBox1"/>
/// (inversion in the tower field GF(((2^2)^2)^2) with the affine maps folded in; tools/camellia-sbox/circuit.py). Rotations
/// (s2, s3, s4 and FL's ⋘1) are renamings of planes.
/// </summary>
internal struct Bitsliced64 : ICamelliaLanes<Bitsliced64>
{
    public Bits8 P;

    public static bool IsSupported => true;
    public static int Blocks => 64;
    public static bool SplitRounds => true;
    public static bool SplitF => true;

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced64 Xor(Bitsliced64 a, Bitsliced64 b)
    {
        Bitsliced64 r;
        r.P.B0 = a.P.B0 ^ b.P.B0; r.P.B1 = a.P.B1 ^ b.P.B1; r.P.B2 = a.P.B2 ^ b.P.B2; r.P.B3 = a.P.B3 ^ b.P.B3;
        r.P.B4 = a.P.B4 ^ b.P.B4; r.P.B5 = a.P.B5 ^ b.P.B5; r.P.B6 = a.P.B6 ^ b.P.B6; r.P.B7 = a.P.B7 ^ b.P.B7;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced64 And(Bitsliced64 a, Bitsliced64 b)
    {
        Bitsliced64 r;
        r.P.B0 = a.P.B0 & b.P.B0; r.P.B1 = a.P.B1 & b.P.B1; r.P.B2 = a.P.B2 & b.P.B2; r.P.B3 = a.P.B3 & b.P.B3;
        r.P.B4 = a.P.B4 & b.P.B4; r.P.B5 = a.P.B5 & b.P.B5; r.P.B6 = a.P.B6 & b.P.B6; r.P.B7 = a.P.B7 & b.P.B7;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced64 Or(Bitsliced64 a, Bitsliced64 b)
    {
        Bitsliced64 r;
        r.P.B0 = a.P.B0 | b.P.B0; r.P.B1 = a.P.B1 | b.P.B1; r.P.B2 = a.P.B2 | b.P.B2; r.P.B3 = a.P.B3 | b.P.B3;
        r.P.B4 = a.P.B4 | b.P.B4; r.P.B5 = a.P.B5 | b.P.B5; r.P.B6 = a.P.B6 | b.P.B6; r.P.B7 = a.P.B7 | b.P.B7;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced64 Splat(ulong key, int shift)
    {
        var b = key >> shift;
        Bitsliced64 r;
        r.P.B0 = 0UL - (b & 1); r.P.B1 = 0UL - ((b >> 1) & 1); r.P.B2 = 0UL - ((b >> 2) & 1); r.P.B3 = 0UL - ((b >> 3) & 1);
        r.P.B4 = 0UL - ((b >> 4) & 1); r.P.B5 = 0UL - ((b >> 5) & 1); r.P.B6 = 0UL - ((b >> 6) & 1); r.P.B7 = 0UL - ((b >> 7) & 1);
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced64 Rotl1(Bitsliced64 v, Bitsliced64 next)
    {
        Bitsliced64 r;
        r.P.B0 = next.P.B7; r.P.B1 = v.P.B0; r.P.B2 = v.P.B1; r.P.B3 = v.P.B2;
        r.P.B4 = v.P.B3; r.P.B5 = v.P.B4; r.P.B6 = v.P.B5; r.P.B7 = v.P.B6;
        return r;
    }

    // One out-of-line copy of the circuit per 64 S-boxes: CamelliaBitslicedCircuits.SBox1 is inlined here, and this is not inlined into the
    // S-box wrappers (eight circuits in one round would exceed the JIT's budget; measured 1.1-2x slower).
    [MethodImpl(CamelliaJit.Root)]
    private static Bits8 Box1(in Bits8 x) => SBox1(x);

    // Bit i of (y ⋘ 1) is bit i - 1 of y; of (y ⋘ 7) it is bit i + 1.
    [MethodImpl(CamelliaJit.Inline)]
    private static Bits8 Rotl1Planes(in Bits8 y)
    {
        Bits8 r;
        r.B0 = y.B7; r.B1 = y.B0; r.B2 = y.B1; r.B3 = y.B2; r.B4 = y.B3; r.B5 = y.B4; r.B6 = y.B5; r.B7 = y.B6;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static Bits8 Rotl7Planes(in Bits8 y)
    {
        Bits8 r;
        r.B0 = y.B1; r.B1 = y.B2; r.B2 = y.B3; r.B3 = y.B4; r.B4 = y.B5; r.B5 = y.B6; r.B6 = y.B7; r.B7 = y.B0;
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced64 S1(Bitsliced64 x) => new() { P = Box1(x.P) };

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced64 S2(Bitsliced64 x) => new() { P = Rotl1Planes(Box1(x.P)) };

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced64 S3(Bitsliced64 x) => new() { P = Rotl7Planes(Box1(x.P)) };

    [MethodImpl(CamelliaJit.Inline)]
    public static Bitsliced64 S4(Bitsliced64 x) => new() { P = Box1(Rotl1Planes(x.P)) };

    // Layout: for byte j, lane 8m + r (bit 8m + r of each plane) is block 8m + r. Block bytes are gathered eight blocks
    // at a time into a ulong (row r = block 8m + r) and transposed as an 8×8 bit matrix, which puts bit i of those eight
    // bytes into byte i: byte i of that ulong becomes byte m of plane i.
    [MethodImpl(CamelliaJit.Inline)]
    internal static ulong Transpose8x8(ulong x)
    {
        var t = (x ^ (x >> 7)) & 0x00AA00AA00AA00AAUL; x ^= t ^ (t << 7);
        t = (x ^ (x >> 14)) & 0x0000CCCC0000CCCCUL; x ^= t ^ (t << 14);
        t = (x ^ (x >> 28)) & 0x00000000F0F0F0F0UL; x ^= t ^ (t << 28);
        return x;
    }

    [MethodImpl(CamelliaJit.Root)]
    public static void Load(ReadOnlySpan<byte> source, out Slices<Bitsliced64> s)
    {
        s = default;
        ref var slice = ref s.X0;
        for (var j = 0; j < 16; j++)
        {
            ref var planes = ref Unsafe.Add(ref slice, j).P;
            ulong p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0, p6 = 0, p7 = 0;
            for (var m = 0; m < 8; m++)
            {
                var b = 128 * m + j;
                var u = source[b] | ((ulong)source[b + 16] << 8) | ((ulong)source[b + 32] << 16) | ((ulong)source[b + 48] << 24)
                    | ((ulong)source[b + 64] << 32) | ((ulong)source[b + 80] << 40) | ((ulong)source[b + 96] << 48) | ((ulong)source[b + 112] << 56);
                u = Transpose8x8(u);
                var sh = 8 * m;
                p0 |= (u & 0xFF) << sh; p1 |= ((u >> 8) & 0xFF) << sh; p2 |= ((u >> 16) & 0xFF) << sh; p3 |= ((u >> 24) & 0xFF) << sh;
                p4 |= ((u >> 32) & 0xFF) << sh; p5 |= ((u >> 40) & 0xFF) << sh; p6 |= ((u >> 48) & 0xFF) << sh; p7 |= (u >> 56) << sh;
            }
            planes.B0 = p0; planes.B1 = p1; planes.B2 = p2; planes.B3 = p3; planes.B4 = p4; planes.B5 = p5; planes.B6 = p6; planes.B7 = p7;
        }
    }

    [MethodImpl(CamelliaJit.Root)]
    public static void Store(in Slices<Bitsliced64> s, Span<byte> destination)
    {
        ref var slice = ref Unsafe.AsRef(in s.X0);
        for (var j = 0; j < 16; j++)
        {
            var planes = Unsafe.Add(ref slice, j).P;
            for (var m = 0; m < 8; m++)
            {
                var sh = 8 * m;
                var u = ((planes.B0 >> sh) & 0xFF) | (((planes.B1 >> sh) & 0xFF) << 8) | (((planes.B2 >> sh) & 0xFF) << 16)
                    | (((planes.B3 >> sh) & 0xFF) << 24) | (((planes.B4 >> sh) & 0xFF) << 32) | (((planes.B5 >> sh) & 0xFF) << 40)
                    | (((planes.B6 >> sh) & 0xFF) << 48) | (((planes.B7 >> sh) & 0xFF) << 56);
                u = Transpose8x8(u);
                var b = 128 * m + j;
                destination[b] = (byte)u; destination[b + 16] = (byte)(u >> 8); destination[b + 32] = (byte)(u >> 16);
                destination[b + 48] = (byte)(u >> 24); destination[b + 64] = (byte)(u >> 32); destination[b + 80] = (byte)(u >> 40);
                destination[b + 96] = (byte)(u >> 48); destination[b + 112] = (byte)(u >> 56);
            }
        }
    }
}
