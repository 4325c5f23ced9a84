namespace CryptrecCheck.Primitives;

/// <summary>
/// The constant tables of KCipher-2 (RFC 7008), computed once from their definitions:
/// <list type="bullet">
/// <item>the S-box of sub_K2 is the AES S-box (FIPS 197, RFC 7008 §2.4.3), combined here with sub_K2's MixColumn-style
/// mixing into four 32-bit tables T0..T3, so that sub_K2 is four lookups and three XORs;</item>
/// <item>amul0..amul3 (RFC 7008 Appendix A) multiply the top byte of a 32-bit word by α0..α3. Multiplication by a
/// constant is linear over GF(2), so each table is fixed by its value at 1 (the α's minimal-polynomial coefficients,
/// RFC 7008 §2.3) and the arithmetic of the field each α is defined over: GF(2^8) modulo x^8+x^7+x^6+x+1 (α0),
/// x^8+x^5+x^3+x^2+1 (α1), x^8+x^6+x^3+x^2+1 (α2) and x^8+x^6+x^5+x^2+1 (α3). Tests compare entries with Appendix A.</item>
/// </list>
/// </summary>
internal static class KCipher2Tables
{
    /// <summary>amulN[1] for N = 0..3 (RFC 7008 Appendix A, first non-zero entries).</summary>
    internal static readonly uint[] AlphaCoefficients = { 0xB6086D1A, 0xA0F5FC2E, 0x5BF87F93, 0x4559568B };

    /// <summary>The reduction polynomial of the GF(2^8) representation each α is defined over.</summary>
    internal static readonly int[] FieldPolynomials = { 0x1C3, 0x12D, 0x14D, 0x165 };

    internal static readonly byte[] SBox = BuildSBox();
    internal static readonly uint[] T0 = new uint[256];
    internal static readonly uint[] T1 = new uint[256];
    internal static readonly uint[] T2 = new uint[256];
    internal static readonly uint[] T3 = new uint[256];
    internal static readonly uint[] Amul0 = BuildAmul(0);
    internal static readonly uint[] Amul1 = BuildAmul(1);
    internal static readonly uint[] Amul2 = BuildAmul(2);
    internal static readonly uint[] Amul3 = BuildAmul(3);

    static KCipher2Tables()
    {
        for (var x = 0; x < 256; x++)
        {
            uint s = SBox[x];
            uint s2 = AesTimes2((byte)s);
            uint s3 = s2 ^ s;
            // Byte w0 (lowest) contributes 2s to q0, s to q1 and q2, 3s to q3 (RFC 7008 §2.4.2).
            var t0 = (s3 << 24) | (s << 16) | (s << 8) | s2;
            T0[x] = t0;
            T1[x] = (t0 << 8) | (t0 >> 24);
            T2[x] = (t0 << 16) | (t0 >> 16);
            T3[x] = (t0 << 24) | (t0 >> 8);
        }
    }

    /// <summary>Multiplication by x in GF(2^8) modulo the AES polynomial x^8+x^4+x^3+x+1.</summary>
    internal static uint AesTimes2(byte b) => (uint)(((b << 1) ^ ((b >> 7) * 0x1B)) & 0xFF);

    /// <summary>Multiplication in GF(2^8) modulo <paramref name="poly"/>.</summary>
    internal static byte FieldMultiply(byte a, byte b, int poly)
    {
        var r = 0;
        var x = (int)a;
        for (var i = 0; i < 8; i++)
        {
            if (((b >> i) & 1) != 0) { r ^= x; }
            x <<= 1;
            if ((x & 0x100) != 0) { x ^= poly; }
        }
        return (byte)r;
    }

    private static uint[] BuildAmul(int n)
    {
        var c = AlphaCoefficients[n];
        var poly = FieldPolynomials[n];
        var t = new uint[256];
        for (var x = 0; x < 256; x++)
        {
            var b = (byte)x;
            t[x] = ((uint)FieldMultiply(b, (byte)(c >> 24), poly) << 24) | ((uint)FieldMultiply(b, (byte)(c >> 16), poly) << 16)
                 | ((uint)FieldMultiply(b, (byte)(c >> 8), poly) << 8) | FieldMultiply(b, (byte)c, poly);
        }
        return t;
    }

    /// <summary>The AES S-box computed from its definition (FIPS 197 §5.1.1): inverse in GF(2^8), then the affine map.</summary>
    private static byte[] BuildSBox()
    {
        var sbox = new byte[256];
        byte p = 1, q = 1;
        do
        {
            // p runs through the multiplicative group by powers of 3; q through the inverses by powers of 3^-1.
            p = (byte)(p ^ (p << 1) ^ ((p & 0x80) != 0 ? 0x1B : 0));
            q ^= (byte)(q << 1);
            q ^= (byte)(q << 2);
            q ^= (byte)(q << 4);
            if ((q & 0x80) != 0) { q ^= 0x09; }
            var x = (byte)(q ^ Rotl(q, 1) ^ Rotl(q, 2) ^ Rotl(q, 3) ^ Rotl(q, 4));
            sbox[p] = (byte)(x ^ 0x63);
        }
        while (p != 1);
        sbox[0] = 0x63;
        return sbox;
    }

    private static byte Rotl(byte v, int n) => (byte)((v << n) | (v >> (8 - n)));
}
