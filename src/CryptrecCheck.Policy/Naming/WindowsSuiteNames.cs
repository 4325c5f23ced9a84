using System;
using System.Collections.Generic;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Policy.Naming;

/// <summary>
/// Windows/SChannel spellings: the curve-suffixed suite names of older Windows (TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384,
/// _P256, _P521, as Get-TlsCipherSuite and the SSL Cipher Suite Order policy list them) and the names of the SChannel
/// registry keys (HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Ciphers\"AES 128/128", …\Hashes\SHA256,
/// …\KeyExchangeAlgorithms\PKCS, …\Protocols\"TLS 1.0").
/// </summary>
internal static class WindowsSuiteNames
{
    private static readonly Dictionary<string, CryptoAsset> Registry = BuildRegistry();

    internal static ResolvedName? Find(string name)
    {
        var n = name.Trim();
        foreach (var (suffix, curve) in CurveSuffixes)
        {
            if (n.Length > suffix.Length && n.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var suite = TlsRegistry.FindSuite(n.Substring(0, n.Length - suffix.Length));
                if (suite == null) { return null; }
                return new ResolvedName(name, $"{suite.Name} ({suite.CodeText}) with ECDHE on {curve}", TlsAssets.ForSuite(suite), "windows-schannel");
            }
        }
        return Registry.TryGetValue(n, out var a) ? new ResolvedName(name, NameResolver.Describe(a), a, "windows-schannel-registry") : null;
    }

    private static readonly (string Suffix, string Curve)[] CurveSuffixes = { ("_P256", "P-256"), ("_P384", "P-384"), ("_P521", "P-521") };

    private static Dictionary<string, CryptoAsset> BuildRegistry()
    {
        var d = new Dictionary<string, CryptoAsset>(StringComparer.OrdinalIgnoreCase);
        // Ciphers key: "<cipher> <effective key bits>/<key bits>".
        d["AES 128/128"] = new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 128 };
        d["AES 256/256"] = new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 256 };
        d["Triple DES 168"] = new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, KeyBits = 168 };
        d["Triple DES 168/168"] = new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, KeyBits = 168 };
        d["DES 56/56"] = new CryptoAsset { Algorithm = Algorithms.Des, KeyBits = 56 };
        foreach (var b in new[] { 40, 56, 64, 128 }) { d[$"RC4 {b}/128"] = new CryptoAsset { Algorithm = Algorithms.Rc4, KeyBits = b }; }
        foreach (var b in new[] { 40, 56, 128 }) { d[$"RC2 {b}/128"] = new CryptoAsset { Algorithm = Algorithms.Rc2, KeyBits = b }; }
        // KeyExchangeAlgorithms key.
        d["PKCS"] = new CryptoAsset { Algorithm = Algorithms.RsaesPkcs1, Usage = AssetUsage.KeyTransport };
        d["Diffie-Hellman"] = new CryptoAsset { Algorithm = Algorithms.Dh, Usage = AssetUsage.KeyAgreement };
        return d;
    }
}
