using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>The key schedule of RFC 3713 §2.2, writing the subkeys in the order the data part uses them.</summary>
internal static class CamelliaKeySchedule
{
    private const ulong Sigma1 = 0xA09E667F3BCC908BUL;
    private const ulong Sigma2 = 0xB67AE8584CAA73B2UL;
    private const ulong Sigma3 = 0xC6EF372FE94F82BEUL;
    private const ulong Sigma4 = 0x54FF53A5F1D36F1CUL;
    private const ulong Sigma5 = 0x10E527FADE682D1DUL;
    private const ulong Sigma6 = 0xB05688C2B3E6C1FDUL;

    private static (ulong Hi, ulong Lo) Rotl(ulong hi, ulong lo, int n)
    {
        // 128-bit rotation by a public amount.
        if (n >= 64) { (hi, lo) = (lo, hi); n -= 64; }
        if (n == 0) { return (hi, lo); }
        return ((hi << n) | (lo >> (64 - n)), (lo << n) | (hi >> (64 - n)));
    }

    public static void Expand(ReadOnlySpan<byte> key, Span<ulong> enc, Span<ulong> dec)
    {
        ulong klh = BinaryPrimitives.ReadUInt64BigEndian(key), kll = BinaryPrimitives.ReadUInt64BigEndian(key.Slice(8));
        ulong krh = 0, krl = 0;
        if (key.Length == 24)
        {
            krh = BinaryPrimitives.ReadUInt64BigEndian(key.Slice(16));
            krl = ~krh;
        }
        else if (key.Length == 32)
        {
            krh = BinaryPrimitives.ReadUInt64BigEndian(key.Slice(16));
            krl = BinaryPrimitives.ReadUInt64BigEndian(key.Slice(24));
        }

        var d1 = klh ^ krh;
        var d2 = kll ^ krl;
        d2 ^= CamelliaSBox.F(d1, Sigma1);
        d1 ^= CamelliaSBox.F(d2, Sigma2);
        d1 ^= klh;
        d2 ^= kll;
        d2 ^= CamelliaSBox.F(d1, Sigma3);
        d1 ^= CamelliaSBox.F(d2, Sigma4);
        ulong kah = d1, kal = d2;

        Span<ulong> kw = stackalloc ulong[4];
        Span<ulong> k = stackalloc ulong[24];
        Span<ulong> ke = stackalloc ulong[6];
        try
        {
            if (key.Length == 16)
            {
                Set(kw, 0, klh, kll, 0);
                Set(k, 0, kah, kal, 0);
                Set(k, 2, klh, kll, 15);
                Set(k, 4, kah, kal, 15);
                Set(ke, 0, kah, kal, 30);
                Set(k, 6, klh, kll, 45);
                var t = Rotl(kah, kal, 45); k[8] = t.Hi;
                t = Rotl(klh, kll, 60); k[9] = t.Lo;
                Set(k, 10, kah, kal, 60);
                Set(ke, 2, klh, kll, 77);
                Set(k, 12, klh, kll, 94);
                Set(k, 14, kah, kal, 94);
                Set(k, 16, klh, kll, 111);
                Set(kw, 2, kah, kal, 111);
                Order(kw, k.Slice(0, 18), ke.Slice(0, 4), 3, enc, dec);
            }
            else
            {
                d1 = kah ^ krh;
                d2 = kal ^ krl;
                d2 ^= CamelliaSBox.F(d1, Sigma5);
                d1 ^= CamelliaSBox.F(d2, Sigma6);
                ulong kbh = d1, kbl = d2;
                Set(kw, 0, klh, kll, 0);
                Set(k, 0, kbh, kbl, 0);
                Set(k, 2, krh, krl, 15);
                Set(k, 4, kah, kal, 15);
                Set(ke, 0, krh, krl, 30);
                Set(k, 6, kbh, kbl, 30);
                Set(k, 8, klh, kll, 45);
                Set(k, 10, kah, kal, 45);
                Set(ke, 2, klh, kll, 60);
                Set(k, 12, krh, krl, 60);
                Set(k, 14, kbh, kbl, 60);
                Set(k, 16, klh, kll, 77);
                Set(ke, 4, kah, kal, 77);
                Set(k, 18, krh, krl, 94);
                Set(k, 20, kah, kal, 94);
                Set(k, 22, klh, kll, 111);
                Set(kw, 2, kbh, kbl, 111);
                Order(kw, k, ke, 4, enc, dec);
                kbh = kbl = 0;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsBytes(kw));
            CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsBytes(k));
            CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsBytes(ke));
        }
    }

    private static void Set(Span<ulong> target, int index, ulong hi, ulong lo, int rot)
    {
        var (h, l) = Rotl(hi, lo, rot);
        target[index] = h;
        target[index + 1] = l;
    }

    /// <summary>Encryption: kw1 kw2 | k1..k6 ke1 ke2 | k7..k12 ke3 ke4 | ... | kw3 kw4. Decryption: kw3 kw4 | k_n..k_(n-5)
    /// ke_m ke_(m-1) | ... | kw1 kw2 (RFC 3713 §2.3.3).</summary>
    private static void Order(ReadOnlySpan<ulong> kw, ReadOnlySpan<ulong> k, ReadOnlySpan<ulong> ke, int groups, Span<ulong> enc, Span<ulong> dec)
    {
        var e = 0;
        var d = 0;
        enc[e++] = kw[0]; enc[e++] = kw[1];
        dec[d++] = kw[2]; dec[d++] = kw[3];
        var nk = k.Length;
        var nke = ke.Length;
        for (var g = 0; g < groups; g++)
        {
            for (var r = 0; r < 6; r++)
            {
                enc[e++] = k[(6 * g) + r];
                dec[d++] = k[nk - 1 - ((6 * g) + r)];
            }
            if (g < groups - 1)
            {
                enc[e++] = ke[2 * g]; enc[e++] = ke[(2 * g) + 1];
                dec[d++] = ke[nke - 1 - (2 * g)]; dec[d++] = ke[nke - 2 - (2 * g)];
            }
        }
        enc[e++] = kw[2]; enc[e] = kw[3];
        dec[d++] = kw[0]; dec[d] = kw[1];
    }
}
