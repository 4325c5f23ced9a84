using System.Runtime.CompilerServices;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>
/// Camellia's S-boxes computed, not looked up: s1(x) = L2·inv(L1·(x ⊕ 0xC5)) ⊕ 0x6E, with inv the inversion in
/// GF(2^8) under the AES polynomial x^8 + x^4 + x^3 + x + 1 (inv(0) = 0). s2 = s1 &lt;&lt;&lt; 1, s3 = s1 &gt;&gt;&gt; 1 and
/// s4(x) = s1(x &lt;&lt;&lt; 1) (RFC 3713 §2.4.4) are the same map with a rotation folded into one of the matrices.
/// </summary>
/// <remarks>
/// The matrices were derived here from the RFC 3713 SBOX1 table by tools/camellia-sbox/derive.py (method and check in
/// docs/camellia.md). Every value in this class is public; nothing is indexed by secret data.
/// </remarks>
internal static class CamelliaSBox
{
    /// <summary>Columns of L1 (column j is the image of input bit j).</summary>
    internal static ReadOnlySpan<byte> L1 => [0x01, 0x19, 0xB1, 0xAB, 0xA7, 0x93, 0x61, 0xD9];

    /// <summary>Columns of L2.</summary>
    internal static ReadOnlySpan<byte> L2 => [0xF1, 0xBB, 0x8E, 0x09, 0xFA, 0xD7, 0x21, 0xE1];

    /// <summary>L1(0xC5): the input constant after it is moved through L1.</summary>
    internal const byte InConst = 0x08;

    /// <summary>Output constant of s1; s2, s3 use it rotated (0xDC, 0x37), s4 as is.</summary>
    internal const byte OutConst = 0x6E;

    internal static byte Rotl8(byte v, int n) => (byte)((v << n) | (v >> (8 - n)));

    internal static byte Apply(ReadOnlySpan<byte> cols, byte v)
    {
        var r = 0;
        for (var j = 0; j < 8; j++) { r ^= cols[j] & -((v >> j) & 1); }
        return (byte)r;
    }

    /// <summary>Input columns of s_k (k = 1..4): L1, or L1 after a rotation by one for s4.</summary>
    internal static byte[] InColumns(int k)
    {
        var cols = new byte[8];
        for (var j = 0; j < 8; j++) { cols[j] = k == 4 ? Apply(L1, Rotl8((byte)(1 << j), 1)) : L1[j]; }
        return cols;
    }

    /// <summary>Output columns of s_k: L2, rotated left by one (s2) or by seven (s3).</summary>
    internal static byte[] OutColumns(int k)
    {
        var cols = new byte[8];
        for (var j = 0; j < 8; j++) { cols[j] = k == 2 ? Rotl8(L2[j], 1) : k == 3 ? Rotl8(L2[j], 7) : L2[j]; }
        return cols;
    }

    internal static byte OutConstant(int k) => k == 2 ? Rotl8(OutConst, 1) : k == 3 ? Rotl8(OutConst, 7) : OutConst;

    /// <summary>Slow scalar s_k for tests and table derivations: inversion by exponentiation, no table.</summary>
    internal static byte SBox(int k, byte x)
    {
        var y = (byte)(Apply(InColumns(k), x) ^ InConst);
        return (byte)(Apply(OutColumns(k), Inverse(y)) ^ OutConstant(k));
    }

    internal static byte GfMul(byte a, byte b)
    {
        var r = 0;
        int aa = a;
        for (var i = 0; i < 8; i++)
        {
            r ^= aa & -((b >> i) & 1);
            aa = (aa << 1) ^ (0x11B & -((aa >> 7) & 1));
        }
        return (byte)r;
    }

    internal static byte Inverse(byte x)
    {
        // x^254 = x^-1 (and 0 -> 0).
        var r = x;
        var p = x;
        for (var i = 0; i < 6; i++) { p = GfMul(p, p); r = GfMul(r, p); }
        return GfMul(r, r);
    }

    // ---- SWAR: the eight S-boxes of one F-function on the eight bytes of a ulong (byte 7 = t1 ... byte 0 = t8). ----
    // Positions 7..0 use s1, s2, s3, s4, s2, s3, s4, s1 (RFC 3713 §2.4.1).

    private static readonly int[] PositionBox = [1, 4, 3, 2, 4, 3, 2, 1]; // index = byte position (0 = least significant)
    private static readonly ulong[] SwarInColumns = BuildSwarColumns(inColumns: true);
    private static readonly ulong[] SwarOutColumns = BuildSwarColumns(inColumns: false);
    private static readonly ulong SwarOutConst = BuildSwarOutConst();
    private const ulong Lsb = 0x0101010101010101UL;

    private static ulong[] BuildSwarColumns(bool inColumns)
    {
        var r = new ulong[8];
        for (var p = 0; p < 8; p++)
        {
            var cols = inColumns ? InColumns(PositionBox[p]) : OutColumns(PositionBox[p]);
            for (var j = 0; j < 8; j++) { r[j] |= (ulong)cols[j] << (8 * p); }
        }
        return r;
    }

    private static ulong BuildSwarOutConst()
    {
        ulong r = 0;
        for (var p = 0; p < 8; p++) { r |= (ulong)OutConstant(PositionBox[p]) << (8 * p); }
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static ulong SwarAffine(ulong x, ulong[] cols)
    {
        ulong r = 0;
        for (var j = 0; j < 8; j++) { r ^= (((x >> j) & Lsb) * 0xFF) & cols[j]; }
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static ulong SwarMul(ulong a, ulong b)
    {
        ulong r = 0;
        for (var i = 0; i < 8; i++)
        {
            r ^= a & (((b >> i) & Lsb) * 0xFF);
            a = ((a & 0x7F7F7F7F7F7F7F7FUL) << 1) ^ (((a >> 7) & Lsb) * 0x1B);
        }
        return r;
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static ulong SwarInverse(ulong x)
    {
        var x2 = SwarMul(x, x);
        var x3 = SwarMul(x2, x);
        var x6 = SwarMul(x3, x3);
        var x12 = SwarMul(x6, x6);
        var x15 = SwarMul(x12, x3);
        var x14 = SwarMul(x12, x2);
        var x30 = SwarMul(x15, x15);
        var x60 = SwarMul(x30, x30);
        var x120 = SwarMul(x60, x60);
        var x240 = SwarMul(x120, x120);
        return SwarMul(x240, x14);
    }

    /// <summary>The eight S-boxes of F on a 64-bit word, in constant time.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    internal static ulong SBoxes(ulong x)
    {
        var y = SwarAffine(x, SwarInColumns) ^ (InConst * Lsb);
        return SwarAffine(SwarInverse(y), SwarOutColumns) ^ SwarOutConst;
    }

    /// <summary>The P-function (RFC 3713 §2.4.1) on the bytes y1 (most significant) .. y8.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    internal static ulong P(ulong y)
    {
        ulong y1 = y >> 56, y2 = (y >> 48) & 0xFF, y3 = (y >> 40) & 0xFF, y4 = (y >> 32) & 0xFF;
        ulong y5 = (y >> 24) & 0xFF, y6 = (y >> 16) & 0xFF, y7 = (y >> 8) & 0xFF, y8 = y & 0xFF;
        var z1 = y1 ^ y3 ^ y4 ^ y6 ^ y7 ^ y8;
        var z2 = y1 ^ y2 ^ y4 ^ y5 ^ y7 ^ y8;
        var z3 = y1 ^ y2 ^ y3 ^ y5 ^ y6 ^ y8;
        var z4 = y2 ^ y3 ^ y4 ^ y5 ^ y6 ^ y7;
        var z5 = y1 ^ y2 ^ y6 ^ y7 ^ y8;
        var z6 = y2 ^ y3 ^ y5 ^ y7 ^ y8;
        var z7 = y3 ^ y4 ^ y5 ^ y6 ^ y8;
        var z8 = y1 ^ y4 ^ y5 ^ y6 ^ y7;
        return (z1 << 56) | (z2 << 48) | (z3 << 40) | (z4 << 32) | (z5 << 24) | (z6 << 16) | (z7 << 8) | z8;
    }

    /// <summary>The F-function (RFC 3713 §2.4.1), constant time.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    internal static ulong F(ulong x, ulong k) => P(SBoxes(x ^ k));

    [MethodImpl(CamelliaJit.Inline)]
    internal static ulong FL(ulong x, ulong ke)
    {
        var x1 = (uint)(x >> 32); var x2 = (uint)x;
        var k1 = (uint)(ke >> 32); var k2 = (uint)ke;
        x2 ^= uint.RotateLeft(x1 & k1, 1);
        x1 ^= x2 | k2;
        return ((ulong)x1 << 32) | x2;
    }

    [MethodImpl(CamelliaJit.Inline)]
    internal static ulong FLInv(ulong y, ulong ke)
    {
        var y1 = (uint)(y >> 32); var y2 = (uint)y;
        var k1 = (uint)(ke >> 32); var k2 = (uint)ke;
        y1 ^= y2 | k2;
        y2 ^= uint.RotateLeft(y1 & k1, 1);
        return ((ulong)y1 << 32) | y2;
    }
}
