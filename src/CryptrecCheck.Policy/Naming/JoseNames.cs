using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Naming;

/// <summary>
/// JOSE algorithm identifiers of the IANA "JSON Web Signature and Encryption Algorithms" registry (RFC 7518, RFC 8037,
/// RFC 8812) as they stand in JWT libraries' settings and JWK "alg" members. They are case-sensitive (RFC 7518 §3.1),
/// so "none" and "dir" are recognised only spelled exactly so.
/// </summary>
internal static class JoseNames
{
    private static readonly Dictionary<string, (CryptoAsset Asset, string Canonical)> Table = Build();

    internal static ResolvedName? Find(string name)
    {
        var n = name.Trim();
        return Table.TryGetValue(n, out var e) ? new ResolvedName(name, e.Canonical, e.Asset, "jose") : null;
    }

    private static Dictionary<string, (CryptoAsset, string)> Build()
    {
        var d = new Dictionary<string, (CryptoAsset, string)>(StringComparer.Ordinal);
        void E(string name, CryptoAsset a, string? canonical = null) => d[name] = (a, $"{name}: {canonical ?? NameResolver.Describe(a)}");
        string[] bits = { "256", "384", "512" };
        string[] hashes = { Algorithms.Sha256, Algorithms.Sha384, Algorithms.Sha512 };
        for (var i = 0; i < 3; i++)
        {
            E("HS" + bits[i], new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = hashes[i] });
            E("RS" + bits[i], new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = hashes[i] });
            E("PS" + bits[i], new CryptoAsset { Algorithm = Algorithms.RsaPss, Hash = hashes[i] });
            E("RSA-OAEP-" + bits[i], new CryptoAsset { Algorithm = Algorithms.RsaOaep, Hash = hashes[i] });
        }
        E("ES256", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "P-256", Hash = Algorithms.Sha256 });
        E("ES384", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "P-384", Hash = Algorithms.Sha384 });
        E("ES512", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "P-521", Hash = Algorithms.Sha512 });
        E("ES256K", new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = "secp256k1", Hash = Algorithms.Sha256 });
        // EdDSA, Ed25519 and Ed448 (RFC 8037, 9864) mean what the general resolver already reads them as.
        E("none", new CryptoAsset { Algorithm = Algorithms.NullCipher }, "unsecured JWS (no signature and no MAC)");
        E("RSA1_5", new CryptoAsset { Algorithm = Algorithms.RsaesPkcs1 });
        // "RSA-OAEP" (SHA-1 and MGF1-SHA-1 in JOSE) is left to the general resolver, which reads it as the scheme itself.
        foreach (var k in new[] { 128, 192, 256 })
        {
            E($"A{k}KW", new CryptoAsset { Algorithm = Algorithms.Kw, KeyBits = k });
            E($"A{k}GCMKW", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = k, Mode = Algorithms.Gcm }, $"AES-{k}-GCM key wrapping");
            E($"A{k}GCM", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = k, Mode = Algorithms.Gcm });
            E($"ECDH-ES+A{k}KW", Combined($"ECDH-ES+A{k}KW",
                new CryptoAsset { Algorithm = Algorithms.Ecdh, Role = ComponentRole.KeyExchange, Usage = AssetUsage.KeyAgreement },
                new CryptoAsset { Algorithm = Algorithms.Kw, KeyBits = k, Role = ComponentRole.Cipher }));
        }
        E("ECDH-ES", new CryptoAsset { Algorithm = Algorithms.Ecdh, Usage = AssetUsage.KeyAgreement }, "ECDH ephemeral-static with the Concat KDF");
        E("dir", new CryptoAsset { Algorithm = Algorithms.Psk }, "direct use of a shared symmetric key as the content key (judge the \"enc\" algorithm)");
        var cbc = new[] { (128, "HS256", Algorithms.Sha256), (192, "HS384", Algorithms.Sha384), (256, "HS512", Algorithms.Sha512) };
        foreach (var (k, hs, h) in cbc)
        {
            E($"A{k}CBC-{hs}", Combined($"A{k}CBC-{hs}",
                new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = k, Mode = Algorithms.Cbc, Role = ComponentRole.Cipher },
                new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = h, Role = ComponentRole.MacOrPrf }));
        }
        foreach (var (hs, h, k) in new[] { ("HS256", Algorithms.Sha256, 128), ("HS384", Algorithms.Sha384, 192), ("HS512", Algorithms.Sha512, 256) })
        {
            E($"PBES2-{hs}+A{k}KW", Combined($"PBES2-{hs}+A{k}KW",
                new CryptoAsset { Algorithm = Algorithms.Pbkdf2, Hash = h, Role = ComponentRole.KeyExchange, Usage = AssetUsage.KeyDerivation },
                new CryptoAsset { Algorithm = Algorithms.Kw, KeyBits = k, Role = ComponentRole.Cipher }));
        }
        return d;
    }

    private static CryptoAsset Combined(string id, params CryptoAsset[] parts) => new() { Algorithm = id, Components = parts };
}
