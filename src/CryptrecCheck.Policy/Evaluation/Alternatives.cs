using System.Collections.Generic;

namespace CryptrecCheck.Policy.Evaluation;

/// <summary>What to use instead of a technique that is not recommended. These are suggestions drawn from the list's
/// own contents (each suggestion is on Table 1), not CRYPTREC text.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class Alternatives
{
    /// <summary>For a TLS suite that is not recommended: a forward-secret AEAD suite.</summary>
    public static Alternative TlsSuite { get; } = new(
        "an ECDHE suite with AEAD, e.g. TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 or TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (TLS 1.2), TLS_AES_128_GCM_SHA256 (TLS 1.3)",
        "ECDHE と認証暗号の暗号スイート（例: TLS 1.2 では TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384、TLS 1.3 では TLS_AES_128_GCM_SHA256）");

    private static readonly Dictionary<string, Alternative> ByAlgorithm = new(System.StringComparer.OrdinalIgnoreCase)
    {
        [Algorithms.Md5] = new("SHA-256 (or SHA-384/SHA-512, SHA3-256)", "SHA-256（又は SHA-384/SHA-512、SHA3-256）"),
        [Algorithms.Sha1] = new("SHA-256 (or SHA-384/SHA-512, SHA3-256)", "SHA-256（又は SHA-384/SHA-512、SHA3-256）"),
        [Algorithms.Md4] = new("SHA-256", "SHA-256"),
        [Algorithms.Md2] = new("SHA-256", "SHA-256"),
        [Algorithms.Ripemd160] = new("SHA-256", "SHA-256"),
        [Algorithms.Sha224] = new("SHA-256", "SHA-256"),
        [Algorithms.Sha512_224] = new("SHA-512/256", "SHA-512/256"),
        [Algorithms.Sha3_224] = new("SHA3-256", "SHA3-256"),
        [Algorithms.Des] = new("AES (GCM, CCM, or CBC/CTR with HMAC)", "AES（GCM、CCM、又は CBC/CTR と HMAC）"),
        [Algorithms.TripleDes2Key] = new("AES (GCM, CCM, or CBC/CTR with HMAC)", "AES（GCM、CCM、又は CBC/CTR と HMAC）"),
        [Algorithms.TripleDes3Key] = new("AES (GCM, CCM, or CBC/CTR with HMAC)", "AES（GCM、CCM、又は CBC/CTR と HMAC）"),
        [Algorithms.Rc2] = new("AES", "AES"),
        [Algorithms.Rc4] = new("AES-GCM or ChaCha20-Poly1305", "AES-GCM 又は ChaCha20-Poly1305"),
        [Algorithms.Blowfish] = new("AES", "AES"),
        [Algorithms.Idea] = new("AES", "AES"),
        [Algorithms.Seed] = new("AES or Camellia", "AES 又は Camellia"),
        [Algorithms.Aria] = new("AES or Camellia", "AES 又は Camellia"),
        [Algorithms.Rijndael] = new("AES (Rijndael with a 128-bit block)", "AES（128 ビットブロックの Rijndael）"),
        [Algorithms.Ecb] = new("GCM or CCM; or CBC/CTR with HMAC or CMAC", "GCM 又は CCM、若しくは CBC/CTR と HMAC/CMAC"),
        [Algorithms.Cts] = new("GCM or CCM; or CBC with padding and a MAC", "GCM 又は CCM、若しくはパディング付き CBC と MAC"),
        [Algorithms.RsaesPkcs1] = new("RSA-OAEP (with SHA-256)", "RSA-OAEP（SHA-256）"),
        [Algorithms.RsaRaw] = new("RSA-OAEP for encryption, RSA-PSS for signatures", "暗号化は RSA-OAEP、署名は RSA-PSS"),
        [Algorithms.CbcMac] = new("CMAC or HMAC", "CMAC 又は HMAC"),
        [Algorithms.Gmac] = new("CMAC, HMAC, or AES-GCM", "CMAC、HMAC、又は AES-GCM"),
        [Algorithms.Kmac128] = new("HMAC-SHA-256 or CMAC", "HMAC-SHA-256 又は CMAC"),
        [Algorithms.Kmac256] = new("HMAC-SHA-512 or CMAC", "HMAC-SHA-512 又は CMAC"),
        [Algorithms.Poly1305] = new("ChaCha20-Poly1305 (as an AEAD) or HMAC", "ChaCha20-Poly1305（認証暗号として）又は HMAC"),
        [Algorithms.ChaCha20] = new("ChaCha20-Poly1305", "ChaCha20-Poly1305"),
        [Algorithms.XChaCha20Poly1305] = new("ChaCha20-Poly1305", "ChaCha20-Poly1305"),
        [Algorithms.Salsa20] = new("ChaCha20-Poly1305 or AES-GCM", "ChaCha20-Poly1305 又は AES-GCM"),
        [Algorithms.MlDsa] = new("no PQC signature is listed yet: keep ECDSA/EdDSA/RSA-PSS and plan the migration", "PQC 署名は未掲載: ECDSA/EdDSA/RSA-PSS を用い移行を計画"),
        [Algorithms.SlhDsa] = new("no PQC signature is listed yet: keep ECDSA/EdDSA/RSA-PSS and plan the migration", "PQC 署名は未掲載: ECDSA/EdDSA/RSA-PSS を用い移行を計画"),
        [Algorithms.MlKem] = new("ML-KEM-768 or ML-KEM-1024", "ML-KEM-768 又は ML-KEM-1024"),
        [Algorithms.ElGamal] = new("RSA-OAEP or ECDH", "RSA-OAEP 又は ECDH"),
        [Algorithms.Ecies] = new("ECDH with HMAC/CMAC and AES-GCM", "ECDH と HMAC/CMAC、AES-GCM の組合せ"),
    };

    public static Alternative? For(string algorithm) => ByAlgorithm.TryGetValue(algorithm, out var a) ? a : null;

    public static readonly Alternative StrongerKey = new("a key of at least 3072 bits for RSA/DH/DSA (2048 only for operation ending by 2030), P-256 or larger for ECC, AES-128 or larger",
        "RSA/DH/DSA は 3072 ビット以上（2030 年までの運用に限り 2048 ビット）、ECC は P-256 以上、AES は 128 ビット以上の鍵");

    public static readonly Alternative ReferencedCurve = new("P-256, P-384 or P-521 (Ed25519/Ed448 for EdDSA)", "P-256、P-384 又は P-521（EdDSA は Ed25519/Ed448）");
}
