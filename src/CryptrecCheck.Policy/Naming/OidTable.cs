using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Naming;

/// <summary>Object identifiers of hashes, MACs, signatures, public keys, ciphers, KDFs and PQC schemes, from the RFCs and
/// NIST's Computer Security Objects Register that assign them (RFC 8017, RFC 5758, RFC 3279, RFC 8410, RFC 5480,
/// NIST CSOR 2.16.840.1.101.3.4, RFC 3565, RFC 3713/4312, RFC 8018). Curve OIDs come from <see cref="Curves"/>.</summary>
internal static class OidTable
{
    internal static readonly Dictionary<string, (string Name, CryptoAsset Asset)> ByOid = Build();

    private static Dictionary<string, (string, CryptoAsset)> Build()
    {
        var d = new Dictionary<string, (string, CryptoAsset)>(StringComparer.Ordinal);
        void O(string oid, string name, CryptoAsset a) => d[oid] = (name, a);
        CryptoAsset H(string id) => new() { Algorithm = id, Usage = AssetUsage.Hashing };
        CryptoAsset S(string alg, string? hash) => new() { Algorithm = alg, Hash = hash, Usage = AssetUsage.Signing };
        CryptoAsset Hm(string hash) => new() { Algorithm = Algorithms.Hmac, Hash = hash, Usage = AssetUsage.Mac };

        // Hashes
        O("1.2.840.113549.2.2", "md2", H(Algorithms.Md2));
        O("1.2.840.113549.2.4", "md4", H(Algorithms.Md4));
        O("1.2.840.113549.2.5", "md5", H(Algorithms.Md5));
        O("1.3.14.3.2.26", "id-sha1", H(Algorithms.Sha1));
        O("1.3.36.3.2.1", "ripemd160", H(Algorithms.Ripemd160));
        O("1.3.36.3.2.2", "ripemd128", H(Algorithms.Ripemd128));
        O("1.3.36.3.2.3", "ripemd256", H(Algorithms.Ripemd256));
        O("2.16.840.1.101.3.4.2.1", "id-sha256", H(Algorithms.Sha256));
        O("2.16.840.1.101.3.4.2.2", "id-sha384", H(Algorithms.Sha384));
        O("2.16.840.1.101.3.4.2.3", "id-sha512", H(Algorithms.Sha512));
        O("2.16.840.1.101.3.4.2.4", "id-sha224", H(Algorithms.Sha224));
        O("2.16.840.1.101.3.4.2.5", "id-sha512-224", H(Algorithms.Sha512_224));
        O("2.16.840.1.101.3.4.2.6", "id-sha512-256", H(Algorithms.Sha512_256));
        O("2.16.840.1.101.3.4.2.7", "id-sha3-224", H(Algorithms.Sha3_224));
        O("2.16.840.1.101.3.4.2.8", "id-sha3-256", H(Algorithms.Sha3_256));
        O("2.16.840.1.101.3.4.2.9", "id-sha3-384", H(Algorithms.Sha3_384));
        O("2.16.840.1.101.3.4.2.10", "id-sha3-512", H(Algorithms.Sha3_512));
        O("2.16.840.1.101.3.4.2.11", "id-shake128", H(Algorithms.Shake128));
        O("2.16.840.1.101.3.4.2.12", "id-shake256", H(Algorithms.Shake256));
        O("1.2.156.10197.1.401", "sm3", H(Algorithms.Sm3));

        // HMAC
        O("1.2.840.113549.2.7", "hmacWithSHA1", Hm(Algorithms.Sha1));
        O("1.2.840.113549.2.8", "hmacWithSHA224", Hm(Algorithms.Sha224));
        O("1.2.840.113549.2.9", "hmacWithSHA256", Hm(Algorithms.Sha256));
        O("1.2.840.113549.2.10", "hmacWithSHA384", Hm(Algorithms.Sha384));
        O("1.2.840.113549.2.11", "hmacWithSHA512", Hm(Algorithms.Sha512));
        O("1.2.840.113549.2.12", "hmacWithSHA512-224", Hm(Algorithms.Sha512_224));
        O("1.2.840.113549.2.13", "hmacWithSHA512-256", Hm(Algorithms.Sha512_256));
        O("2.16.840.1.101.3.4.2.13", "id-hmacWithSHA3-224", Hm(Algorithms.Sha3_224));
        O("2.16.840.1.101.3.4.2.14", "id-hmacWithSHA3-256", Hm(Algorithms.Sha3_256));
        O("2.16.840.1.101.3.4.2.15", "id-hmacWithSHA3-384", Hm(Algorithms.Sha3_384));
        O("2.16.840.1.101.3.4.2.16", "id-hmacWithSHA3-512", Hm(Algorithms.Sha3_512));
        O("1.3.6.1.5.5.8.1.1", "hmac-md5", Hm(Algorithms.Md5));
        O("1.3.6.1.5.5.8.1.2", "hmac-sha1", Hm(Algorithms.Sha1));
        O("2.16.840.1.101.3.4.2.19", "id-KMACWithSHAKE128", new CryptoAsset { Algorithm = Algorithms.Kmac128 });
        O("2.16.840.1.101.3.4.2.20", "id-KMACWithSHAKE256", new CryptoAsset { Algorithm = Algorithms.Kmac256 });

        // RSA (PKCS #1, RFC 8017)
        O("1.2.840.113549.1.1.1", "rsaEncryption", new CryptoAsset { Algorithm = Algorithms.Rsa });
        O("1.2.840.113549.1.1.2", "md2WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Md2));
        O("1.2.840.113549.1.1.3", "md4WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Md4));
        O("1.2.840.113549.1.1.4", "md5WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Md5));
        O("1.2.840.113549.1.1.5", "sha1WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha1));
        O("1.2.840.113549.1.1.7", "id-RSAES-OAEP", new CryptoAsset { Algorithm = Algorithms.RsaOaep });
        O("1.2.840.113549.1.1.8", "id-mgf1", new CryptoAsset { Algorithm = Algorithms.RsaPss });
        O("1.2.840.113549.1.1.10", "id-RSASSA-PSS", new CryptoAsset { Algorithm = Algorithms.RsaPss, Usage = AssetUsage.Signing });
        O("1.2.840.113549.1.1.11", "sha256WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha256));
        O("1.2.840.113549.1.1.12", "sha384WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha384));
        O("1.2.840.113549.1.1.13", "sha512WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha512));
        O("1.2.840.113549.1.1.14", "sha224WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha224));
        O("1.2.840.113549.1.1.15", "sha512-224WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha512_224));
        O("1.2.840.113549.1.1.16", "sha512-256WithRSAEncryption", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha512_256));
        O("1.3.14.3.2.29", "sha1WithRSASignature (OIW)", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha1));
        O("1.3.14.3.2.3", "md5WithRSA (OIW)", S(Algorithms.RsaSsaPkcs1, Algorithms.Md5));
        O("1.3.36.3.3.1.2", "rsaSignatureWithripemd160", S(Algorithms.RsaSsaPkcs1, Algorithms.Ripemd160));
        O("2.16.840.1.101.3.4.3.13", "id-rsassa-pkcs1-v1_5-with-sha3-224", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha3_224));
        O("2.16.840.1.101.3.4.3.14", "id-rsassa-pkcs1-v1_5-with-sha3-256", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha3_256));
        O("2.16.840.1.101.3.4.3.15", "id-rsassa-pkcs1-v1_5-with-sha3-384", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha3_384));
        O("2.16.840.1.101.3.4.3.16", "id-rsassa-pkcs1-v1_5-with-sha3-512", S(Algorithms.RsaSsaPkcs1, Algorithms.Sha3_512));

        // DSA (RFC 3279, RFC 5758, CSOR)
        O("1.2.840.10040.4.1", "id-dsa", new CryptoAsset { Algorithm = Algorithms.Dsa });
        O("1.2.840.10040.4.3", "id-dsa-with-sha1", S(Algorithms.Dsa, Algorithms.Sha1));
        O("1.3.14.3.2.27", "dsaWithSHA1 (OIW)", S(Algorithms.Dsa, Algorithms.Sha1));
        O("2.16.840.1.101.3.4.3.1", "id-dsa-with-sha224", S(Algorithms.Dsa, Algorithms.Sha224));
        O("2.16.840.1.101.3.4.3.2", "id-dsa-with-sha256", S(Algorithms.Dsa, Algorithms.Sha256));
        O("2.16.840.1.101.3.4.3.3", "id-dsa-with-sha384", S(Algorithms.Dsa, Algorithms.Sha384));
        O("2.16.840.1.101.3.4.3.4", "id-dsa-with-sha512", S(Algorithms.Dsa, Algorithms.Sha512));
        O("2.16.840.1.101.3.4.3.5", "id-dsa-with-sha3-224", S(Algorithms.Dsa, Algorithms.Sha3_224));
        O("2.16.840.1.101.3.4.3.6", "id-dsa-with-sha3-256", S(Algorithms.Dsa, Algorithms.Sha3_256));
        O("2.16.840.1.101.3.4.3.7", "id-dsa-with-sha3-384", S(Algorithms.Dsa, Algorithms.Sha3_384));
        O("2.16.840.1.101.3.4.3.8", "id-dsa-with-sha3-512", S(Algorithms.Dsa, Algorithms.Sha3_512));

        // ECDSA (RFC 5758, RFC 3279, CSOR)
        O("1.2.840.10045.2.1", "id-ecPublicKey", new CryptoAsset { Algorithm = Algorithms.EcKey });
        O("1.3.132.1.12", "id-ecDH", new CryptoAsset { Algorithm = Algorithms.Ecdh });
        O("1.2.840.10045.4.1", "ecdsa-with-SHA1", S(Algorithms.Ecdsa, Algorithms.Sha1));
        O("1.2.840.10045.4.3.1", "ecdsa-with-SHA224", S(Algorithms.Ecdsa, Algorithms.Sha224));
        O("1.2.840.10045.4.3.2", "ecdsa-with-SHA256", S(Algorithms.Ecdsa, Algorithms.Sha256));
        O("1.2.840.10045.4.3.3", "ecdsa-with-SHA384", S(Algorithms.Ecdsa, Algorithms.Sha384));
        O("1.2.840.10045.4.3.4", "ecdsa-with-SHA512", S(Algorithms.Ecdsa, Algorithms.Sha512));
        O("2.16.840.1.101.3.4.3.9", "id-ecdsa-with-sha3-224", S(Algorithms.Ecdsa, Algorithms.Sha3_224));
        O("2.16.840.1.101.3.4.3.10", "id-ecdsa-with-sha3-256", S(Algorithms.Ecdsa, Algorithms.Sha3_256));
        O("2.16.840.1.101.3.4.3.11", "id-ecdsa-with-sha3-384", S(Algorithms.Ecdsa, Algorithms.Sha3_384));
        O("2.16.840.1.101.3.4.3.12", "id-ecdsa-with-sha3-512", S(Algorithms.Ecdsa, Algorithms.Sha3_512));

        // EdDSA and XDH (RFC 8410)
        O("1.3.101.110", "id-X25519", new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "X25519" });
        O("1.3.101.111", "id-X448", new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "X448" });
        O("1.3.101.112", "id-Ed25519", new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = "Ed25519" });
        O("1.3.101.113", "id-Ed448", new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = "Ed448" });

        // DH (RFC 3279, PKCS #3)
        O("1.2.840.10046.2.1", "dhpublicnumber", new CryptoAsset { Algorithm = Algorithms.Dh });
        O("1.2.840.113549.1.3.1", "dhKeyAgreement", new CryptoAsset { Algorithm = Algorithms.Dh });

        // PQC (CSOR; FIPS 203/204/205)
        O("2.16.840.1.101.3.4.4.1", "id-alg-ml-kem-512", new CryptoAsset { Algorithm = Algorithms.MlKem, ParameterSet = "ML-KEM-512" });
        O("2.16.840.1.101.3.4.4.2", "id-alg-ml-kem-768", new CryptoAsset { Algorithm = Algorithms.MlKem, ParameterSet = "ML-KEM-768" });
        O("2.16.840.1.101.3.4.4.3", "id-alg-ml-kem-1024", new CryptoAsset { Algorithm = Algorithms.MlKem, ParameterSet = "ML-KEM-1024" });
        O("2.16.840.1.101.3.4.3.17", "id-ml-dsa-44", new CryptoAsset { Algorithm = Algorithms.MlDsa, ParameterSet = "ML-DSA-44" });
        O("2.16.840.1.101.3.4.3.18", "id-ml-dsa-65", new CryptoAsset { Algorithm = Algorithms.MlDsa, ParameterSet = "ML-DSA-65" });
        O("2.16.840.1.101.3.4.3.19", "id-ml-dsa-87", new CryptoAsset { Algorithm = Algorithms.MlDsa, ParameterSet = "ML-DSA-87" });
        var slh = new[] { "sha2-128s", "sha2-128f", "sha2-192s", "sha2-192f", "sha2-256s", "sha2-256f", "shake-128s", "shake-128f", "shake-192s", "shake-192f", "shake-256s", "shake-256f" };
        for (var i = 0; i < slh.Length; i++)
        {
            O($"2.16.840.1.101.3.4.3.{20 + i}", $"id-slh-dsa-{slh[i]}", new CryptoAsset { Algorithm = Algorithms.SlhDsa, ParameterSet = "SLH-DSA-" + slh[i].ToUpperInvariant() });
        }

        // Symmetric ciphers (CSOR aes, RFC 3565; RFC 8018 B.2; RFC 3713 Camellia)
        var aesModes = new (int Arc, string? Mode, string Name)[] { (1, Algorithms.Ecb, "ECB"), (2, Algorithms.Cbc, "CBC"), (3, Algorithms.Ofb, "OFB"), (4, Algorithms.Cfb, "CFB"), (5, Algorithms.Kw, "wrap"), (6, Algorithms.Gcm, "GCM"), (7, Algorithms.Ccm, "CCM"), (8, Algorithms.Kwp, "wrap-pad") };
        foreach (var (bits, baseArc) in new[] { (128, 0), (192, 20), (256, 40) })
        {
            foreach (var (arc, mode, name) in aesModes)
            {
                O($"2.16.840.1.101.3.4.1.{baseArc + arc}", $"id-aes{bits}-{name}", new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = bits, Mode = mode });
            }
        }
        O("1.2.840.113549.3.7", "des-ede3-cbc", new CryptoAsset { Algorithm = Algorithms.TripleDes3Key, KeyBits = 168, Mode = Algorithms.Cbc });
        O("1.3.14.3.2.7", "desCBC", new CryptoAsset { Algorithm = Algorithms.Des, Mode = Algorithms.Cbc });
        O("1.3.14.3.2.6", "desECB", new CryptoAsset { Algorithm = Algorithms.Des, Mode = Algorithms.Ecb });
        O("1.2.840.113549.3.2", "rc2CBC", new CryptoAsset { Algorithm = Algorithms.Rc2, Mode = Algorithms.Cbc });
        O("1.2.840.113549.3.4", "rc4", new CryptoAsset { Algorithm = Algorithms.Rc4 });
        O("1.2.840.113549.1.9.16.3.6", "id-alg-CMS3DESwrap", new CryptoAsset { Algorithm = Algorithms.TdesKw });
        O("1.2.392.200011.61.1.1.1.2", "camellia128-cbc", new CryptoAsset { Algorithm = Algorithms.Camellia, KeyBits = 128, Mode = Algorithms.Cbc });
        O("1.2.392.200011.61.1.1.1.3", "camellia192-cbc", new CryptoAsset { Algorithm = Algorithms.Camellia, KeyBits = 192, Mode = Algorithms.Cbc });
        O("1.2.392.200011.61.1.1.1.4", "camellia256-cbc", new CryptoAsset { Algorithm = Algorithms.Camellia, KeyBits = 256, Mode = Algorithms.Cbc });
        O("1.2.840.113549.1.9.16.3.18", "id-alg-AEADChaCha20Poly1305", new CryptoAsset { Algorithm = Algorithms.ChaCha20Poly1305 });
        O("1.2.410.200004.1.4", "seedCBC", new CryptoAsset { Algorithm = Algorithms.Seed, Mode = Algorithms.Cbc });

        // KDFs and PBE (RFC 8018)
        O("1.2.840.113549.1.5.12", "id-PBKDF2", new CryptoAsset { Algorithm = Algorithms.Pbkdf2, Usage = AssetUsage.KeyDerivation });
        O("1.2.840.113549.1.5.3", "pbeWithMD5AndDES-CBC", Pbe(Algorithms.Md5, Algorithms.Des));
        O("1.2.840.113549.1.5.10", "pbeWithSHA1AndDES-CBC", Pbe(Algorithms.Sha1, Algorithms.Des));
        O("1.2.840.113549.1.12.1.3", "pbeWithSHAAnd3-KeyTripleDES-CBC", Pbe(Algorithms.Sha1, Algorithms.TripleDes3Key));
        O("1.2.840.113549.1.12.1.4", "pbeWithSHAAnd2-KeyTripleDES-CBC", Pbe(Algorithms.Sha1, Algorithms.TripleDes2Key));
        O("1.2.840.113549.1.12.1.1", "pbeWithSHAAnd128BitRC4", Pbe(Algorithms.Sha1, Algorithms.Rc4));
        O("1.2.840.113549.1.12.1.6", "pbeWithSHAAnd40BitRC2-CBC", Pbe(Algorithms.Sha1, Algorithms.Rc2));
        O("1.2.840.113549.1.9.16.3.28", "id-alg-hkdf-with-sha256", new CryptoAsset { Algorithm = Algorithms.Hkdf, Hash = Algorithms.Sha256 });
        O("1.2.840.113549.1.9.16.3.29", "id-alg-hkdf-with-sha384", new CryptoAsset { Algorithm = Algorithms.Hkdf, Hash = Algorithms.Sha384 });
        O("1.2.840.113549.1.9.16.3.30", "id-alg-hkdf-with-sha512", new CryptoAsset { Algorithm = Algorithms.Hkdf, Hash = Algorithms.Sha512 });

        // Curves
        foreach (var c in Curves.All)
        {
            if (c.Oid == null || d.ContainsKey(c.Oid)) { continue; }
            var asset = c.Form switch
            {
                CurveForm.Edwards => new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = c.Name },
                CurveForm.Montgomery => new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = c.Name },
                _ => new CryptoAsset { Algorithm = Algorithms.EcKey, Curve = c.Name },
            };
            O(c.Oid, c.Name, asset);
        }
        return d;
    }

    private static CryptoAsset Pbe(string hash, string cipher) => new()
    {
        Algorithm = "PBE",
        Components = new[]
        {
            new CryptoAsset { Algorithm = Algorithms.Pbkdf1, Hash = hash, Role = ComponentRole.KeyExchange, Usage = AssetUsage.KeyDerivation },
            new CryptoAsset { Algorithm = cipher, Mode = cipher == Algorithms.Rc4 ? null : Algorithms.Cbc, Role = ComponentRole.Cipher },
        },
    };
}
