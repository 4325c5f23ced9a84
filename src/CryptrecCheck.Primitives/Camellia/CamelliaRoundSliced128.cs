using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using static CryptrecCheck.Primitives.CamelliaImpl.CamelliaBitslicedCircuits128;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>
/// <see cref="CamelliaRoundSliced"/> on 128-bit planes: 1–16 blocks per batch, element 0 of every plane holding blocks
/// 0–7 and element 1 blocks 8–15 in the same layout. It runs the S-box circuit of the 128-block lanes
/// (<see cref="CamelliaBitslicedCircuits128"/>); the byte moves of the P-function and FL are byte shuffles with constant
/// indices (<c>PSHUFB</c> with SSSE3, <c>TBL</c> on ARM64; a software loop over the constant indices elsewhere), so
/// nothing is indexed by data.
/// </summary>
internal static class CamelliaRoundSliced128
{
    /// <summary>Blocks per batch.</summary>
    public const int Blocks = 16;

    /// <summary>Encrypts (or decrypts, with the decryption subkeys) source.Length / 16 blocks, 1 to 16.</summary>
    [MethodImpl(CamelliaJit.Root)]
    public static void Crypt(ReadOnlySpan<byte> source, Span<byte> destination, ReadOnlySpan<ulong> ks, ReadOnlySpan<Bits8> kp, int groups)
    {
        // Whole blocks only (every caller passes them; a partial block would be left unwritten).
        System.Diagnostics.Debug.Assert((source.Length & 15) == 0 && source.Length > 0 && destination.Length >= source.Length);
        var n = source.Length >> 4;
        var k0 = Vector128.Create(ks[0]);
        var k1 = Vector128.Create(ks[1]);
        Vector128<ulong> a0 = Half(source, n, 0, 0) ^ k0, a1 = Half(source, n, 1, 0) ^ k0, a2 = Half(source, n, 2, 0) ^ k0, a3 = Half(source, n, 3, 0) ^ k0;
        Vector128<ulong> a4 = Half(source, n, 4, 0) ^ k0, a5 = Half(source, n, 5, 0) ^ k0, a6 = Half(source, n, 6, 0) ^ k0, a7 = Half(source, n, 7, 0) ^ k0;
        Vector128<ulong> c0 = Half(source, n, 0, 8) ^ k1, c1 = Half(source, n, 1, 8) ^ k1, c2 = Half(source, n, 2, 8) ^ k1, c3 = Half(source, n, 3, 8) ^ k1;
        Vector128<ulong> c4 = Half(source, n, 4, 8) ^ k1, c5 = Half(source, n, 5, 8) ^ k1, c6 = Half(source, n, 6, 8) ^ k1, c7 = Half(source, n, 7, 8) ^ k1;
        Transpose(ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7);
        Transpose(ref c0, ref c1, ref c2, ref c3, ref c4, ref c5, ref c6, ref c7);
        Bits8V d1, d2;
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
        var k2 = Vector128.Create(ks[i]);
        var k3 = Vector128.Create(ks[i + 1]);
        Put(destination, n, 0, c0 ^ k2, a0 ^ k3); Put(destination, n, 1, c1 ^ k2, a1 ^ k3);
        Put(destination, n, 2, c2 ^ k2, a2 ^ k3); Put(destination, n, 3, c3 ^ k2, a3 ^ k3);
        Put(destination, n, 4, c4 ^ k2, a4 ^ k3); Put(destination, n, 5, c5 ^ k2, a5 ^ k3);
        Put(destination, n, 6, c6 ^ k2, a6 ^ k3); Put(destination, n, 7, c7 ^ k2, a7 ^ k3);
    }

    /// <summary>The halves at <paramref name="offset"/> of blocks b and b + 8 (zero past the last block; the block
    /// count is public).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static Vector128<ulong> Half(ReadOnlySpan<byte> source, int n, int b, int offset)
        => Vector128.Create(
            b < n ? BinaryPrimitives.ReadUInt64BigEndian(source.Slice((16 * b) + offset)) : 0,
            b + 8 < n ? BinaryPrimitives.ReadUInt64BigEndian(source.Slice((16 * (b + 8)) + offset)) : 0);

    [MethodImpl(CamelliaJit.Inline)]
    private static void Put(Span<byte> destination, int n, int b, Vector128<ulong> hi, Vector128<ulong> lo)
    {
        if (b < n)
        {
            BinaryPrimitives.WriteUInt64BigEndian(destination.Slice(16 * b), hi.GetElement(0));
            BinaryPrimitives.WriteUInt64BigEndian(destination.Slice((16 * b) + 8), lo.GetElement(0));
        }
        if (b + 8 < n)
        {
            BinaryPrimitives.WriteUInt64BigEndian(destination.Slice(16 * (b + 8)), hi.GetElement(1));
            BinaryPrimitives.WriteUInt64BigEndian(destination.Slice((16 * (b + 8)) + 8), lo.GetElement(1));
        }
    }

    /// <summary><see cref="CamelliaRoundSliced.Transpose"/> on both elements at once.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void Transpose(ref Vector128<ulong> w0, ref Vector128<ulong> w1, ref Vector128<ulong> w2, ref Vector128<ulong> w3,
        ref Vector128<ulong> w4, ref Vector128<ulong> w5, ref Vector128<ulong> w6, ref Vector128<ulong> w7)
    {
        Swap(ref w0, ref w1, 1, 0x5555555555555555UL); Swap(ref w2, ref w3, 1, 0x5555555555555555UL);
        Swap(ref w4, ref w5, 1, 0x5555555555555555UL); Swap(ref w6, ref w7, 1, 0x5555555555555555UL);
        Swap(ref w0, ref w2, 2, 0x3333333333333333UL); Swap(ref w1, ref w3, 2, 0x3333333333333333UL);
        Swap(ref w4, ref w6, 2, 0x3333333333333333UL); Swap(ref w5, ref w7, 2, 0x3333333333333333UL);
        Swap(ref w0, ref w4, 4, 0x0F0F0F0F0F0F0F0FUL); Swap(ref w1, ref w5, 4, 0x0F0F0F0F0F0F0F0FUL);
        Swap(ref w2, ref w6, 4, 0x0F0F0F0F0F0F0F0FUL); Swap(ref w3, ref w7, 4, 0x0F0F0F0F0F0F0F0FUL);
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static void Swap(ref Vector128<ulong> lo, ref Vector128<ulong> hi, int shift, ulong mask)
    {
        var t = ((lo >>> shift) ^ hi) & Vector128.Create(mask);
        hi ^= t;
        lo ^= t << shift;
    }


    /// <summary>o ^= F(x, k) for sixteen blocks (as <see cref="CamelliaRoundSliced"/>).</summary>
    [MethodImpl(CamelliaJit.Root)]
    private static void F(in Bits8V x, in Bits8 k, ref Bits8V o)
    {
        var u0 = x.B0 ^ Vector128.Create(k.B0); var u1 = x.B1 ^ Vector128.Create(k.B1); var u2 = x.B2 ^ Vector128.Create(k.B2); var u3 = x.B3 ^ Vector128.Create(k.B3);
        var u4 = x.B4 ^ Vector128.Create(k.B4); var u5 = x.B5 ^ Vector128.Create(k.B5); var u6 = x.B6 ^ Vector128.Create(k.B6); var u7 = x.B7 ^ Vector128.Create(k.B7);
        var m4 = Vector128.Create(0x000000FF0000FF00UL);
        Bits8V v;
        v.B0 = u0 ^ ((u0 ^ u7) & m4); v.B1 = u1 ^ ((u1 ^ u0) & m4);
        v.B2 = u2 ^ ((u2 ^ u1) & m4); v.B3 = u3 ^ ((u3 ^ u2) & m4);
        v.B4 = u4 ^ ((u4 ^ u3) & m4); v.B5 = u5 ^ ((u5 ^ u4) & m4);
        v.B6 = u6 ^ ((u6 ^ u5) & m4); v.B7 = u7 ^ ((u7 ^ u6) & m4);
        var y = SBox1(v);
        var m2 = Vector128.Create(0x00FF0000FF000000UL);
        var m3 = Vector128.Create(0x0000FF0000FF0000UL);
        var keep = Vector128.Create(0xFF0000FF0000FFFFUL);
        o.B0 ^= P((y.B0 & keep) | (y.B7 & m2) | (y.B1 & m3));
        o.B1 ^= P((y.B1 & keep) | (y.B0 & m2) | (y.B2 & m3));
        o.B2 ^= P((y.B2 & keep) | (y.B1 & m2) | (y.B3 & m3));
        o.B3 ^= P((y.B3 & keep) | (y.B2 & m2) | (y.B4 & m3));
        o.B4 ^= P((y.B4 & keep) | (y.B3 & m2) | (y.B5 & m3));
        o.B5 ^= P((y.B5 & keep) | (y.B4 & m2) | (y.B6 & m3));
        o.B6 ^= P((y.B6 & keep) | (y.B5 & m2) | (y.B7 & m3));
        o.B7 ^= P((y.B7 & keep) | (y.B6 & m2) | (y.B0 & m3));
    }

    /// <summary><see cref="CamelliaRoundSliced.P64"/> on both elements: each step moves bytes between the 32-bit halves
    /// with one constant byte shuffle (indices out of range give zero, which masks the other half).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    internal static Vector128<ulong> P(Vector128<ulong> x)
    {
        var b = x.AsByte();
        b ^= Vector128.Shuffle(b, Vector128.Create((byte)0xFF, 0xFF, 0xFF, 0xFF, 2, 3, 0, 1, 0xFF, 0xFF, 0xFF, 0xFF, 10, 11, 8, 9));  // L ^= R ⋘ 16
        b ^= (b.AsUInt64() >>> 32).AsByte();                                                                                      // R ^= L
        b ^= Vector128.Shuffle(b, Vector128.Create((byte)0xFF, 0xFF, 0xFF, 0xFF, 3, 0, 1, 2, 0xFF, 0xFF, 0xFF, 0xFF, 11, 8, 9, 10));  // L ^= R ⋘ 8
        b ^= Vector128.Shuffle(b, Vector128.Create((byte)6, 7, 4, 5, 0xFF, 0xFF, 0xFF, 0xFF, 14, 15, 12, 13, 0xFF, 0xFF, 0xFF, 0xFF));  // R ^= L ⋘ 16
        return Vector128.Shuffle(b.AsUInt32(), Vector128.Create(1u, 0, 3, 2)).AsUInt64();                                         // R ‖ L
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static void FL(ref Bits8V x, in Bits8 ke)
    {
        AddRotatedAnd(ref x, ke);
        AddOr(ref x, ke);
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static void FLInv(ref Bits8V x, in Bits8 ke)
    {
        AddOr(ref x, ke);
        AddRotatedAnd(ref x, ke);
    }

    /// <summary>Low halves ^= ((high halves &amp; kl) ⋘ 1): plane i − 1 to plane i, plane 7 to plane 0 rotated by one
    /// byte (one shuffle that also moves it to the low half).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void AddRotatedAnd(ref Bits8V x, in Bits8 ke)
    {
        var t0 = x.B0 & Vector128.Create(ke.B0); var t1 = x.B1 & Vector128.Create(ke.B1); var t2 = x.B2 & Vector128.Create(ke.B2); var t3 = x.B3 & Vector128.Create(ke.B3);
        var t4 = x.B4 & Vector128.Create(ke.B4); var t5 = x.B5 & Vector128.Create(ke.B5); var t6 = x.B6 & Vector128.Create(ke.B6); var t7 = x.B7 & Vector128.Create(ke.B7);
        x.B0 ^= Vector128.Shuffle(t7.AsByte(), Vector128.Create((byte)7, 4, 5, 6, 0xFF, 0xFF, 0xFF, 0xFF, 15, 12, 13, 14, 0xFF, 0xFF, 0xFF, 0xFF)).AsUInt64();
        x.B1 ^= t0 >>> 32; x.B2 ^= t1 >>> 32; x.B3 ^= t2 >>> 32; x.B4 ^= t3 >>> 32;
        x.B5 ^= t4 >>> 32; x.B6 ^= t5 >>> 32; x.B7 ^= t6 >>> 32;
    }

    /// <summary>High halves ^= (low halves | kr).</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void AddOr(ref Bits8V x, in Bits8 ke)
    {
        x.B0 ^= (x.B0 | Vector128.Create(ke.B0)) << 32; x.B1 ^= (x.B1 | Vector128.Create(ke.B1)) << 32;
        x.B2 ^= (x.B2 | Vector128.Create(ke.B2)) << 32; x.B3 ^= (x.B3 | Vector128.Create(ke.B3)) << 32;
        x.B4 ^= (x.B4 | Vector128.Create(ke.B4)) << 32; x.B5 ^= (x.B5 | Vector128.Create(ke.B5)) << 32;
        x.B6 ^= (x.B6 | Vector128.Create(ke.B6)) << 32; x.B7 ^= (x.B7 | Vector128.Create(ke.B7)) << 32;
    }
}
