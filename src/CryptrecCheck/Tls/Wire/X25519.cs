using System.Numerics;
using System.Security.Cryptography;

namespace CryptrecCheck.Tls.Wire;

/// <summary>
/// X25519 (RFC 7748 §5), for the ephemeral key share of the scanner's own TLS 1.3 handshakes (.NET has no X25519).
/// Written from the RFC's ladder with <see cref="BigInteger"/>: simple, not constant-time, which is acceptable here
/// because the key is ephemeral and only ever used to read the server's handshake, never to protect data.
/// </summary>
public static class X25519
{
    private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;
    private const int A24 = 121665;

    /// <summary>The base point u = 9.</summary>
    public static byte[] BasePoint { get; } = Encode(9);

    /// <summary>A fresh private key and its public key.</summary>
    public static (byte[] PrivateKey, byte[] PublicKey) GenerateKeyPair()
    {
        var k = RandomNumberGenerator.GetBytes(32);
        return (k, ScalarMult(k, BasePoint));
    }

    /// <summary>X25519(k, u): 32-byte little-endian scalar and u-coordinate in, 32-byte u-coordinate out.</summary>
    public static byte[] ScalarMult(ReadOnlySpan<byte> scalar, ReadOnlySpan<byte> u)
    {
        if (scalar.Length != 32 || u.Length != 32) { throw new ArgumentException("X25519 takes 32-byte inputs."); }
        var kb = scalar.ToArray();
        kb[0] &= 248;
        kb[31] &= 127;
        kb[31] |= 64;
        var k = new BigInteger(kb, isUnsigned: true, isBigEndian: false);
        var ub = u.ToArray();
        ub[31] &= 127;
        var x1 = new BigInteger(ub, isUnsigned: true, isBigEndian: false) % P;
        BigInteger x2 = 1, z2 = 0, x3 = x1, z3 = 1;
        var swap = 0;
        for (var t = 254; t >= 0; t--)
        {
            var kt = (int)((k >> t) & 1);
            swap ^= kt;
            if (swap == 1) { (x2, x3) = (x3, x2); (z2, z3) = (z3, z2); }
            swap = kt;
            var a = Mod(x2 + z2);
            var aa = Mod(a * a);
            var b = Mod(x2 - z2);
            var bb = Mod(b * b);
            var e = Mod(aa - bb);
            var c = Mod(x3 + z3);
            var d = Mod(x3 - z3);
            var da = Mod(d * a);
            var cb = Mod(c * b);
            x3 = Mod((da + cb) * (da + cb));
            z3 = Mod(x1 * Mod((da - cb) * (da - cb)));
            x2 = Mod(aa * bb);
            z2 = Mod(e * (aa + A24 * e));
        }
        if (swap == 1) { (x2, x3) = (x3, x2); (z2, z3) = (z3, z2); }
        return Encode(Mod(x2 * BigInteger.ModPow(z2, P - 2, P)));
    }

    private static BigInteger Mod(BigInteger v)
    {
        var r = v % P;
        return r.Sign < 0 ? r + P : r;
    }

    private static byte[] Encode(BigInteger v)
    {
        var bytes = new byte[32];
        v.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return bytes;
    }
}
