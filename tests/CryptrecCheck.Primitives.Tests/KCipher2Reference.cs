namespace CryptrecCheck.Primitives.Tests;

/// <summary>
/// A deliberately slow second computation of KCipher-2, written from the pseudo-code of RFC 7008 §2.4 with nothing shared
/// with the production class: registers as arrays shifted element by element, branches for the clock control, sub_K2
/// computed byte by byte (S-box then multiplication by 2 and 3 in GF(2^8)), the α multiplications done with polynomial
/// arithmetic over GF(2^8) rather than tables, and the S-box taken from FIPS 197's table as printed.
/// </summary>
internal sealed class KCipher2Reference
{
    private static readonly byte[] Fips197SBox = Convert.FromHexString(
        "637C777BF26B6FC53001672BFED7AB76CA82C97DFA5947F0ADD4A2AF9CA472C0B7FD9326363FF7CC34A5E5F171D8311504C723C31896059A071280E2EB27B275" +
        "09832C1A1B6E5AA0523BD6B329E32F8453D100ED20FCB15B6ACBBE394A4C58CFD0EFAAFB434D338545F9027F503C9FA851A3408F929D38F5BCB6DA2110FFF3D2" +
        "CD0C13EC5F974417C4A77E3D645D197360814FDC222A908846EEB814DE5E0BDBE0323A0A4906245CC2D3AC629195E479E7C8376D8DD54EA96C56F4EA657AAE08" +
        "BA78252E1CA6B4C6E8DD741F4BBD8B8A703EB5664803F60E613557B986C11D9EE1F8981169D98E949B1E87E9CE5528DF8CA1890DBFE6426841992D0FB054BB16");

    // Coefficients (c3, c2, c1, c0) of α_n^4 = c3·α^3 + c2·α^2 + c1·α + c0, i.e. amul_n[1] of RFC 7008 Appendix A.
    private static readonly byte[][] Alpha =
    {
        new byte[] { 0xB6, 0x08, 0x6D, 0x1A },
        new byte[] { 0xA0, 0xF5, 0xFC, 0x2E },
        new byte[] { 0x5B, 0xF8, 0x7F, 0x93 },
        new byte[] { 0x45, 0x59, 0x56, 0x8B },
    };

    // The field each α_n lives in: GF(2^8) with β_n a root of these polynomials.
    private static readonly int[] Fields = { 0x1C3, 0x12D, 0x14D, 0x165 };

    private readonly uint[] _a = new uint[5];
    private readonly uint[] _b = new uint[11];
    private uint _l1, _r1, _l2, _r2;

    internal KCipher2Reference(byte[] key, byte[] iv)
    {
        var k = new uint[4];
        var v = new uint[4];
        for (var i = 0; i < 4; i++)
        {
            k[i] = (uint)(key[4 * i] << 24 | key[4 * i + 1] << 16 | key[4 * i + 2] << 8 | key[4 * i + 3]);
            v[i] = (uint)(iv[4 * i] << 24 | iv[4 * i + 1] << 16 | iv[4 * i + 2] << 8 | iv[4 * i + 3]);
        }
        var ik = new uint[12];
        Array.Copy(k, ik, 4);
        for (var i = 4; i < 12; i++)
        {
            if (i % 4 == 0)
            {
                var rot = (ik[i - 1] << 8) ^ (ik[i - 1] >> 24);
                ik[i] = ik[i - 4] ^ SubK2(rot) ^ ((uint)(i / 4) << 24);
            }
            else
            {
                ik[i] = ik[i - 4] ^ ik[i - 1];
            }
        }
        _a[0] = ik[4]; _a[1] = ik[3]; _a[2] = ik[2]; _a[3] = ik[1]; _a[4] = ik[0];
        _b[0] = ik[10]; _b[1] = ik[11]; _b[2] = v[0]; _b[3] = v[1]; _b[4] = ik[8]; _b[5] = ik[9];
        _b[6] = v[2]; _b[7] = v[3]; _b[8] = ik[7]; _b[9] = ik[5]; _b[10] = ik[6];
        for (var i = 0; i < 24; i++) { Next(true); }
    }

    internal byte[] Keystream(int bytes)
    {
        var output = new List<byte>();
        while (output.Count < bytes)
        {
            var zh = Nlf(_b[10], _l2, _l1, _a[0]);
            var zl = Nlf(_b[0], _r2, _r1, _a[4]);
            for (var s = 24; s >= 0; s -= 8) { output.Add((byte)(zh >> s)); }
            for (var s = 24; s >= 0; s -= 8) { output.Add((byte)(zl >> s)); }
            Next(false);
        }
        return output.Take(bytes).ToArray();
    }

    private void Next(bool init)
    {
        var nl1 = SubK2(_r2 + _b[4]);
        var nr1 = SubK2(_l2 + _b[9]);
        var nl2 = SubK2(_l1);
        var nr2 = SubK2(_r1);

        var na4 = MulAlpha(0, _a[0]) ^ _a[3];
        if (init) { na4 ^= Nlf(_b[0], _r2, _r1, _a[4]); }

        var cl1 = (_a[2] >> 30) & 1;
        var cl2 = (_a[2] >> 31) & 1;
        var first = cl1 == 1 ? MulAlpha(1, _b[0]) : MulAlpha(2, _b[0]);
        var last = cl2 == 1 ? MulAlpha(3, _b[8]) : _b[8];
        var nb10 = first ^ _b[1] ^ _b[6] ^ last;
        if (init) { nb10 ^= Nlf(_b[10], _l2, _l1, _a[0]); }

        for (var i = 0; i < 4; i++) { _a[i] = _a[i + 1]; }
        _a[4] = na4;
        for (var i = 0; i < 10; i++) { _b[i] = _b[i + 1]; }
        _b[10] = nb10;
        _l1 = nl1; _r1 = nr1; _l2 = nl2; _r2 = nr2;
    }

    private static uint Nlf(uint a, uint b, uint c, uint d) => unchecked(a + b) ^ c ^ d;

    // α·(x3 α^3 + x2 α^2 + x1 α + x0) = x2 α^3 + x1 α^2 + x0 α + x3 α^4, with α^4 replaced by its coefficients.
    private static uint MulAlpha(int n, uint x)
    {
        var top = (byte)(x >> 24);
        var c = Alpha[n];
        var f = Fields[n];
        var reduced = (uint)(BetaMul(top, c[0], f) << 24 | BetaMul(top, c[1], f) << 16 | BetaMul(top, c[2], f) << 8 | BetaMul(top, c[3], f));
        return (x << 8) ^ reduced;
    }

    // Multiplication in GF(2^8) modulo the given polynomial, most significant bit first (Horner).
    private static int BetaMul(byte a, byte b, int poly)
    {
        var result = 0;
        for (var bit = 7; bit >= 0; bit--)
        {
            result <<= 1;
            if ((result & 0x100) != 0) { result ^= poly; }
            if (((b >> bit) & 1) == 1) { result ^= a; }
        }
        return result;
    }

    private static uint SubK2(uint input)
    {
        var w = new byte[] { (byte)input, (byte)(input >> 8), (byte)(input >> 16), (byte)(input >> 24) };
        var t = w.Select(x => Fips197SBox[x]).ToArray();
        var q0 = Times2(t[0]) ^ Times3(t[1]) ^ t[2] ^ t[3];
        var q1 = t[0] ^ Times2(t[1]) ^ Times3(t[2]) ^ t[3];
        var q2 = t[0] ^ t[1] ^ Times2(t[2]) ^ Times3(t[3]);
        var q3 = Times3(t[0]) ^ t[1] ^ t[2] ^ Times2(t[3]);
        return (uint)(q3 << 24 | q2 << 16 | q1 << 8 | q0);
    }

    private static int Times2(byte t)
    {
        var lq = t << 1;
        if ((lq & 0x100) != 0) { lq ^= 0x11B; }
        return lq & 0xFF;
    }

    private static int Times3(byte t) => Times2(t) ^ t;
}
