using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Tls;

/// <summary>Translates TLS registry items into the one asset model, so that suites, groups, signature schemes and
/// protocol versions are judged by the same evaluator as code and certificates.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class TlsAssets
{
    /// <summary>The asset of a cipher suite: one component per role (key exchange, authentication, cipher, MAC/PRF).</summary>
    public static CryptoAsset ForSuite(TlsCipherSuite suite)
    {
        var parts = new List<CryptoAsset>(4);
        switch (suite.KeyExchange)
        {
            case "RSA":
                // Static RSA key transport is RSAES-PKCS1-v1_5 (LS-0001-2022R2 注13 names its TLS use).
                parts.Add(new CryptoAsset { Algorithm = Algorithms.RsaesPkcs1, Usage = AssetUsage.KeyTransport, Role = ComponentRole.KeyExchange, KeyBits = suite.IsExport ? 512 : null });
                break;
            case "DH": case "DHE":
                parts.Add(new CryptoAsset { Algorithm = Algorithms.Dh, Usage = AssetUsage.KeyAgreement, Role = ComponentRole.KeyExchange, KeyBits = suite.IsExport ? 512 : null });
                break;
            case "ECDH": case "ECDHE":
                parts.Add(new CryptoAsset { Algorithm = Algorithms.Ecdh, Usage = AssetUsage.KeyAgreement, Role = ComponentRole.KeyExchange });
                break;
            case "DHE_PSK":
                parts.Add(new CryptoAsset { Algorithm = Algorithms.Dh, Usage = AssetUsage.KeyAgreement, Role = ComponentRole.KeyExchange });
                break;
            case "ECDHE_PSK":
                parts.Add(new CryptoAsset { Algorithm = Algorithms.Ecdh, Usage = AssetUsage.KeyAgreement, Role = ComponentRole.KeyExchange });
                break;
            case "RSA_PSK":
                parts.Add(new CryptoAsset { Algorithm = Algorithms.RsaesPkcs1, Usage = AssetUsage.KeyTransport, Role = ComponentRole.KeyExchange });
                break;
            case "ANY":
            case "NONE":
                break;
            default:
                parts.Add(new CryptoAsset { Algorithm = KxAlgorithm(suite.KeyExchange), Usage = AssetUsage.KeyAgreement, Role = ComponentRole.KeyExchange });
                break;
        }

        // With static RSA key transport the RSA key authenticates the server implicitly: no separate component.
        if (suite.KeyExchange != "RSA" && suite.Authentication is not ("ANY" or "NONE"))
        {
            var au = suite.Authentication switch
            {
                "RSA" => Algorithms.RsaSsaPkcs1,
                "DSS" => Algorithms.Dsa,
                "ECDSA" => Algorithms.Ecdsa,
                _ => KxAlgorithm(suite.Authentication),
            };
            if (!(suite.KeyExchange == "NULL" && au == Algorithms.NullCipher))
            {
                parts.Add(new CryptoAsset { Algorithm = au, Usage = AssetUsage.Signing, Role = ComponentRole.Authentication });
            }
        }

        if (suite.Protocol != SuiteProtocol.Signalling)
        {
            parts.Add(new CryptoAsset
            {
                Algorithm = suite.Cipher,
                KeyBits = suite.Cipher == Algorithms.NullCipher ? null : suite.CipherKeyBits,
                Mode = suite.Mode,
                TagBits = suite.TagBits,
                Usage = AssetUsage.Encryption,
                Role = ComponentRole.Cipher,
            });
            var mac = suite.MacHash ?? suite.PrfHash;
            if (mac != null)
            {
                parts.Add(new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = mac, Usage = AssetUsage.Mac, Role = ComponentRole.MacOrPrf });
            }
        }

        return new CryptoAsset
        {
            Algorithm = suite.Name,
            Components = parts,
            Usage = AssetUsage.Tls,
            TlsCode = suite.Code,
            TlsKind = suite.Protocol == SuiteProtocol.Ssl2 ? TlsItemKind.Ssl2CipherKind : TlsItemKind.CipherSuite,
        };
    }

    /// <summary>The asset of a supported group (ECDHE/DHE group, ML-KEM, or a hybrid of both).</summary>
    public static CryptoAsset ForGroup(TlsRegistryItem group)
    {
        var n = group.Name;
        CryptoAsset Ecdh(string curve, ComponentRole role = ComponentRole.None) =>
            new() { Algorithm = Algorithms.Ecdh, Curve = Curves.Find(curve)?.Name ?? curve, Usage = AssetUsage.KeyAgreement, Role = role };
        CryptoAsset Kem(string set, ComponentRole role = ComponentRole.None) =>
            new() { Algorithm = Algorithms.MlKem, ParameterSet = set, Usage = AssetUsage.KeyAgreement, Role = role };

        CryptoAsset core;
        if (n.StartsWith("ffdhe", StringComparison.OrdinalIgnoreCase))
        {
            core = new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = int.Parse(n.Substring(5), System.Globalization.CultureInfo.InvariantCulture), Usage = AssetUsage.KeyAgreement };
        }
        else if (n.StartsWith("MLKEM", StringComparison.OrdinalIgnoreCase))
        {
            core = Kem("ML-KEM-" + n.Substring(5));
        }
        else if (n.IndexOf("MLKEM", StringComparison.OrdinalIgnoreCase) > 0 || n.IndexOf("Kyber", StringComparison.OrdinalIgnoreCase) > 0)
        {
            var split = n.IndexOf("MLKEM", StringComparison.OrdinalIgnoreCase);
            string classical, pq;
            if (split > 0)
            {
                classical = n.Substring(0, split);
                pq = "ML-KEM-" + n.Substring(split + 5);
            }
            else
            {
                split = n.IndexOf("Kyber", StringComparison.OrdinalIgnoreCase);
                classical = n.Substring(0, split);
                pq = n.Substring(split).Replace(" (OBSOLETE)", string.Empty);
            }
            core = new CryptoAsset
            {
                Algorithm = n,
                Usage = AssetUsage.KeyAgreement,
                Components = new[] { Ecdh(classical, ComponentRole.Classical), Kem(pq, ComponentRole.PostQuantum) },
            };
        }
        else if (n.StartsWith("GC", StringComparison.Ordinal))
        {
            core = new CryptoAsset { Algorithm = Algorithms.GostSignature, Curve = n, Usage = AssetUsage.KeyAgreement };
        }
        else
        {
            core = Ecdh(n);
        }
        return core with { TlsCode = group.Code, TlsKind = TlsItemKind.SupportedGroup };
    }

    /// <summary>The asset of a signature scheme.</summary>
    public static CryptoAsset ForSignatureScheme(TlsRegistryItem scheme)
    {
        var n = scheme.Name.Replace("_legacy", string.Empty);
        CryptoAsset a;
        if (n.StartsWith("rsa_pkcs1_", StringComparison.Ordinal))
        {
            a = new CryptoAsset { Algorithm = Algorithms.RsaSsaPkcs1, Hash = Hash(n.Substring(10)) };
        }
        else if (n.StartsWith("rsa_pss_", StringComparison.Ordinal))
        {
            a = new CryptoAsset { Algorithm = Algorithms.RsaPss, Hash = Hash(n.Substring(n.LastIndexOf('_') + 1)) };
        }
        else if (n is "ecdsa_sha1" or "ecdsa_sha224" or "ecdsa_md5")
        {
            // TLS 1.2 pairs: the curve is the certificate's, not the scheme's.
            a = new CryptoAsset { Algorithm = Algorithms.Ecdsa, Hash = Hash(n.Substring(6)) };
        }
        else if (n.StartsWith("dsa_", StringComparison.Ordinal))
        {
            a = new CryptoAsset { Algorithm = Algorithms.Dsa, Hash = Hash(n.Substring(4)) };
        }
        else if (n.StartsWith("ecdsa_", StringComparison.Ordinal))
        {
            var last = n.LastIndexOf('_');
            var curve = n.Substring(6, last - 6);
            a = new CryptoAsset { Algorithm = Algorithms.Ecdsa, Curve = Curves.Find(curve)?.Name ?? curve, Hash = Hash(n.Substring(last + 1)) };
        }
        else if (n is "ed25519" or "ed448")
        {
            a = new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = n == "ed25519" ? "Ed25519" : "Ed448" };
        }
        else if (n.StartsWith("mldsa", StringComparison.Ordinal))
        {
            a = new CryptoAsset { Algorithm = Algorithms.MlDsa, ParameterSet = "ML-DSA-" + n.Substring(5) };
        }
        else if (n == "sm2sig_sm3")
        {
            a = new CryptoAsset { Algorithm = Algorithms.Sm2, Hash = Algorithms.Sm3 };
        }
        else if (n.StartsWith("gostr3410", StringComparison.Ordinal))
        {
            a = new CryptoAsset { Algorithm = Algorithms.GostSignature };
        }
        else if (n == "eccsi_sha256")
        {
            a = new CryptoAsset { Algorithm = Algorithms.Eccsi, Hash = Algorithms.Sha256 };
        }
        else
        {
            a = new CryptoAsset { Algorithm = Algorithms.Ibs };
        }
        return a with { Usage = AssetUsage.Signing, TlsCode = scheme.Code, TlsKind = TlsItemKind.SignatureScheme };
    }

    /// <summary>The asset of a protocol version: judged by the guideline types only.</summary>
    public static CryptoAsset ForProtocol(TlsProtocolVersion version) => new()
    {
        Algorithm = version.Display(),
        Usage = AssetUsage.Tls,
        TlsCode = (int)version,
        TlsKind = TlsItemKind.ProtocolVersion,
    };

    private static string Hash(string token) => token switch
    {
        "md5" => Algorithms.Md5,
        "sha1" => Algorithms.Sha1,
        "sha224" => Algorithms.Sha224,
        "sha256" => Algorithms.Sha256,
        "sha384" => Algorithms.Sha384,
        "sha512" => Algorithms.Sha512,
        _ => token,
    };

    private static string KxAlgorithm(string token) => token switch
    {
        "PSK" => Algorithms.Psk,
        "SRP" => Algorithms.Srp,
        "KRB5" => Algorithms.Kerberos,
        "ECCPWD" => Algorithms.EcjPake,
        "GOST" => Algorithms.GostSignature,
        "anon" => Algorithms.Anonymous,
        _ => Algorithms.NullCipher,
    };
}
