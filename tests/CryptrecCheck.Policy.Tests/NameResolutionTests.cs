using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Naming;
using Xunit;

namespace CryptrecCheck.Policy.Tests;

/// <summary>Hundreds of spellings across the namespaces users meet, each with the status CRYPTREC gives it
/// (as of 2026-11-28, LS-0001-2022R2, operation ending the same year). Written by hand from REFERENCE §1 and §8.</summary>
public class NameResolutionTests
{
    private const string Table = """
        # .NET types, factories and CryptoConfig names
        MD5 | not-listed
        MD5CryptoServiceProvider | not-listed
        System.Security.Cryptography.MD5 | not-listed
        MD5.HashData | not-listed
        SHA1Managed | monitored
        SHA1CryptoServiceProvider | monitored
        System.Security.Cryptography.SHA1Managed | monitored
        SHA1.Create | monitored
        SHA256Managed | recommended
        SHA256.HashData | recommended
        SHA384Cng | recommended
        SHA512Cng | recommended
        SHA3_256 | recommended
        SHA3_512 | recommended
        Shake128 | recommended
        Shake256 | recommended
        HMACSHA1 | monitored
        HMACMD5 | not-listed
        HMACSHA256 | recommended
        HMACSHA384 | recommended
        HMACSHA3_384 | recommended
        Kmac128 | not-listed
        KmacXof256 | not-listed
        Aes | recommended
        AesManaged | recommended
        AesCryptoServiceProvider | recommended
        AesCng | recommended
        AesGcm | recommended
        AesCcm | recommended
        ChaCha20Poly1305 | recommended
        TripleDES | monitored
        TripleDESCryptoServiceProvider | monitored
        TripleDESCng | monitored
        DES | not-listed
        DESCryptoServiceProvider | not-listed
        RC2 | not-listed
        RC2CryptoServiceProvider | not-listed
        Rijndael | recommended
        RijndaelManaged | recommended
        RSA | recommended
        RSACng | recommended
        RSAOpenSsl | recommended
        RSACryptoServiceProvider | recommended
        DSACryptoServiceProvider | recommended
        DSA | recommended
        ECDsa | recommended
        ECDsaCng | recommended
        ECDiffieHellman | recommended
        ECDiffieHellmanCng | recommended
        MLKem | recommended-pqc
        MLDsa | not-listed
        SlhDsa | not-listed
        CompositeMLDsa | not-listed
        HashAlgorithmName.MD5 | not-listed
        HashAlgorithmName.SHA1 | monitored
        HashAlgorithmName.SHA256 | recommended
        HashAlgorithmName.SHA384 | recommended
        HashAlgorithmName.SHA3_256 | recommended
        RSAEncryptionPadding.Pkcs1 | monitored
        RSAEncryptionPadding.OaepSHA1 | monitored
        RSAEncryptionPadding.OaepSHA256 | recommended
        RSAEncryptionPadding.OaepSHA512 | recommended
        RSASignaturePadding.Pkcs1 | recommended
        RSASignaturePadding.Pss | recommended
        CipherMode.ECB | not-listed
        CipherMode.CBC | recommended
        CipherMode.CFB | recommended
        CipherMode.OFB | recommended
        CipherMode.CTS | not-listed
        SslProtocols.Ssl2 | not-listed
        SslProtocols.Ssl3 | not-listed
        SslProtocols.Tls | monitored
        SslProtocols.Tls11 | monitored
        SslProtocols.Tls12 | recommended
        SslProtocols.Tls13 | recommended
        SecurityProtocolType.Tls12 | recommended
        SecurityProtocolType.Ssl3 | not-listed
        ECCurve.NamedCurves.nistP256 | recommended
        ECCurve.NamedCurves.nistP384 | recommended
        ECCurve.NamedCurves.brainpoolP256r1 | not-listed
        MACTripleDES | monitored
        Rfc2898DeriveBytes | monitored
        PasswordDeriveBytes | monitored
        HKDF | not-listed
        SP800108HmacCounterKdf | not-listed
        RandomNumberGenerator | not-listed
        RNGCryptoServiceProvider | not-listed
        SHA | monitored
        SHA1 | monitored
        System.Security.Cryptography.SHA1 | monitored
        SHA256 | recommended
        SHA-256 | recommended
        SHA384 | recommended
        SHA512 | recommended
        3DES | monitored
        Triple DES | monitored
        ECDH | recommended
        HMAC | recommended
        http://www.w3.org/2001/04/xmlenc#sha256 | recommended
        http://www.w3.org/2000/09/xmldsig#sha1 | monitored
        http://www.w3.org/2000/09/xmldsig#rsa-sha1 | monitored
        http://www.w3.org/2001/04/xmldsig-more#rsa-sha256 | recommended
        http://www.w3.org/2001/04/xmldsig-more#hmac-sha256 | recommended
        http://www.w3.org/2001/04/xmldsig-more#md5 | not-listed
        http://www.w3.org/2001/04/xmlenc#tripledes-cbc | monitored
        http://www.w3.org/2001/04/xmlenc#rsa-1_5 | monitored
        http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p | monitored
        http://www.w3.org/2009/xmlenc11#aes256-gcm | recommended
        http://www.w3.org/2001/04/xmlenc#kw-aes128 | not-listed

        # OIDs
        1.2.840.113549.1.1.1 | recommended
        1.2.840.113549.1.1.4 | not-listed
        1.2.840.113549.1.1.5 | monitored
        1.2.840.113549.1.1.7 | recommended
        1.2.840.113549.1.1.10 | recommended
        1.2.840.113549.1.1.11 | recommended
        1.2.840.113549.1.1.12 | recommended
        1.2.840.113549.1.1.14 | not-listed
        1.2.840.113549.2.5 | not-listed
        1.3.14.3.2.26 | monitored
        1.3.14.3.2.29 | monitored
        2.16.840.1.101.3.4.2.1 | recommended
        2.16.840.1.101.3.4.2.4 | not-listed
        2.16.840.1.101.3.4.2.6 | recommended
        2.16.840.1.101.3.4.2.8 | recommended
        2.16.840.1.101.3.4.2.11 | recommended
        1.2.840.113549.2.7 | monitored
        1.2.840.113549.2.9 | recommended
        1.2.840.10045.2.1 | recommended
        1.2.840.10045.4.1 | monitored
        1.2.840.10045.4.3.2 | recommended
        1.2.840.10045.4.3.4 | recommended
        1.2.840.10045.3.1.7 | recommended
        1.2.840.10045.3.1.1 | not-listed
        1.3.132.0.10 | not-listed
        1.3.132.0.34 | recommended
        1.3.132.0.35 | recommended
        1.3.36.3.3.2.8.1.1.7 | not-listed
        1.3.101.110 | recommended
        1.3.101.112 | recommended
        1.3.101.113 | recommended
        1.2.840.10040.4.1 | recommended
        1.2.840.10040.4.3 | monitored
        2.16.840.1.101.3.4.3.2 | recommended
        2.16.840.1.101.3.4.1.1 | not-listed
        2.16.840.1.101.3.4.1.2 | recommended
        2.16.840.1.101.3.4.1.6 | recommended
        2.16.840.1.101.3.4.1.46 | recommended
        2.16.840.1.101.3.4.1.45 | not-listed
        1.2.840.113549.3.7 | monitored
        1.3.14.3.2.7 | not-listed
        1.2.840.113549.3.2 | not-listed
        1.2.840.113549.3.4 | not-listed
        1.2.392.200011.61.1.1.1.2 | recommended
        2.16.840.1.101.3.4.4.1 | not-listed
        2.16.840.1.101.3.4.4.2 | recommended-pqc
        2.16.840.1.101.3.4.4.3 | recommended-pqc
        2.16.840.1.101.3.4.3.17 | not-listed
        2.16.840.1.101.3.4.3.20 | not-listed
        1.2.840.113549.1.5.3 | not-listed
        1.2.840.113549.1.12.1.3 | monitored
        1.2.840.113549.1.9.16.3.28 | recommended
        9.9.9.9 | unknown

        # BouncyCastle classes
        DesEngine | not-listed
        DesEdeEngine | monitored
        RC4Engine | not-listed
        RC2Engine | not-listed
        BlowfishEngine | not-listed
        TwofishEngine | not-listed
        SeedEngine | not-listed
        AriaEngine | not-listed
        CamelliaEngine | recommended
        AesEngine | recommended
        AesLightEngine | recommended
        ChaCha7539Engine | not-listed
        Salsa20Engine | not-listed
        IdeaEngine | not-listed
        MD5Digest | not-listed
        MD4Digest | not-listed
        Sha1Digest | monitored
        Sha224Digest | not-listed
        Sha256Digest | recommended
        Sha512Digest | recommended
        Sha3Digest | recommended
        ShakeDigest | recommended
        RipeMD160Digest | monitored
        RipeMD128Digest | not-listed
        WhirlpoolDigest | not-listed
        SM3Digest | not-listed
        Blake2bDigest | not-listed
        KeccakDigest | not-listed
        EcbBlockCipher | not-listed
        CbcBlockCipher | recommended
        CfbBlockCipher | recommended
        OfbBlockCipher | recommended
        SicBlockCipher | recommended
        KCtrBlockCipher | recommended
        GcmBlockCipher | recommended
        CcmBlockCipher | recommended
        CtsBlockCipher | not-listed
        EaxBlockCipher | not-listed
        OcbBlockCipher | not-listed
        GcmSivBlockCipher | not-listed
        HMac | recommended
        CMac | recommended
        GMac | not-listed
        CbcBlockCipherMac | monitored
        Poly1305 | not-listed
        Pkcs1Encoding | monitored
        OaepEncoding | monitored
        RsaEngine | not-listed
        RsaDigestSigner | recommended
        PssSigner | recommended
        Ed25519Signer | recommended
        Ed448Signer | recommended
        ECDsaSigner | recommended
        DsaSigner | recommended
        SM2Signer | not-listed
        RsaKeyPairGenerator | recommended
        ECKeyPairGenerator | recommended
        X25519Agreement | recommended
        ECDHBasicAgreement | recommended
        DHBasicAgreement | recommended
        Pkcs5S2ParametersGenerator | monitored
        HkdfBytesGenerator | not-listed
        SCrypt | not-listed
        Argon2BytesGenerator | not-listed
        ElGamalEngine | not-listed
        IesEngine | not-listed
        Org.BouncyCastle.Crypto.Digests.Sha1Digest | monitored
        Org.BouncyCastle.Crypto.Engines.DesEngine | not-listed

        # BouncyCastle algorithm strings (CipherUtilities, DigestUtilities, SignerUtilities, MacUtilities, ...)
        AES/ECB/PKCS7PADDING | not-listed
        AES/CBC/PKCS7PADDING | recommended
        AES/GCM/NOPADDING | recommended
        AES/CTR/NOPADDING | recommended
        AES/SIC/NOPADDING | recommended
        AES/CCM/NOPADDING | recommended
        AES/CFB/NOPADDING | recommended
        AES/OFB/NOPADDING | recommended
        AES/CTS/NOPADDING | not-listed
        AES/EAX/NOPADDING | not-listed
        DESEDE/CBC/PKCS5PADDING | monitored
        DESEDE/ECB/PKCS5PADDING | not-listed
        DES/CBC/PKCS5PADDING | not-listed
        BLOWFISH/CBC/PKCS5PADDING | not-listed
        CAMELLIA/GCM/NOPADDING | recommended
        SEED/CBC/PKCS7PADDING | not-listed
        RSA/NONE/OAEPWITHSHA256ANDMGF1PADDING | recommended
        RSA/NONE/OAEPWITHSHA1ANDMGF1PADDING | monitored
        RSA/NONE/PKCS1PADDING | monitored
        RSA/NONE/NOPADDING | not-listed
        SHA-1 | monitored
        SHA-224 | not-listed
        SHA-512/256 | recommended
        SHA-512/224 | not-listed
        SHA3-256 | recommended
        SHA3-224 | not-listed
        SHAKE128 | recommended
        SHAKE256-512 | recommended
        SHAKE128-128 | not-listed
        RIPEMD160 | monitored
        RIPEMD-160 | monitored
        SHA1withRSA | monitored
        SHA256withRSA | recommended
        SHA384WITHRSA | recommended
        SHA256WITHRSAANDMGF1 | recommended
        SHA256withRSA/PSS | recommended
        SHA1withRSA/PSS | monitored
        SHA256withECDSA | recommended
        SHA1withECDSA | monitored
        SHA256withDSA | recommended
        SHA1withDSA | monitored
        MD5withRSA | not-listed
        MD2withRSA | not-listed
        RIPEMD160withRSA | monitored
        SHA256WITHPLAIN-ECDSA | recommended
        SHA3-256withRSA | recommended
        SHA3-512withECDSA | recommended
        SHA224withRSA | not-listed
        NONEwithRSA | recommended
        HMAC-SHA256 | recommended
        HMAC/SHA1 | monitored
        HMACSHA512 | recommended
        HMAC-MD5 | not-listed
        HMAC-SHA224 | not-listed
        HMAC-RIPEMD160 | monitored
        AESCMAC | recommended
        AES-CMAC | recommended
        DESEDECMAC | monitored
        DESEDEMAC | monitored
        DESMAC | not-listed
        AES-GMAC | not-listed
        POLY1305 | not-listed
        POLY1305-AES | not-listed
        KMAC256 | not-listed
        SIPHASH-2-4 | not-listed
        ECDHC | recommended
        ECDHWITHSHA1KDF | monitored
        ECDHWITHSHA256KDF | recommended

        # OpenSSL names
        aes-128-gcm | recommended
        aes-256-gcm | recommended
        aes-256-cbc | recommended
        aes-128-ecb | not-listed
        aes-128-ctr | recommended
        aes-256-xts | recommended
        id-aes256-wrap | not-listed
        id-aes128-GCM | recommended
        des-ede3-cbc | monitored
        des-ede-cbc | not-listed
        des-ede3 | not-listed
        des-cbc | not-listed
        bf-cbc | not-listed
        cast5-cbc | not-listed
        rc4 | not-listed
        rc4-40 | not-listed
        rc2-40-cbc | not-listed
        seed-cbc | not-listed
        camellia-128-cbc | recommended
        camellia-256-ctr | recommended
        aria-128-gcm | not-listed
        sm4-cbc | not-listed
        chacha20-poly1305 | recommended
        chacha20 | not-listed
        sha256 | recommended
        sha512-256 | recommended
        sha3-384 | recommended
        md5 | not-listed
        sha1 | monitored
        rsaEncryption | recommended
        id-ecPublicKey | recommended
        dhKeyAgreement | recommended
        sha256WithRSAEncryption | recommended
        sha1WithRSAEncryption | monitored
        md5WithRSAEncryption | not-listed
        ecdsa-with-SHA256 | recommended
        ecdsa-with-SHA1 | monitored
        dsa_with_SHA256 | recommended
        dsaWithSHA1 | monitored
        RSA-SHA256 | recommended
        RSA-MD5 | not-listed
        RSA-PSS | recommended
        ED25519 | recommended
        ED448 | recommended
        X448 | recommended
        prime256v1 | recommended
        secp384r1 | recommended
        secp521r1 | recommended
        secp224r1 | not-listed
        ECDHE-RSA-AES128-GCM-SHA256 | recommended
        ECDHE-ECDSA-AES256-GCM-SHA384 | recommended
        ECDHE-ECDSA-CHACHA20-POLY1305 | recommended
        ECDHE-RSA-AES256-SHA384 | recommended
        ECDHE-RSA-AES128-SHA | monitored
        DHE-RSA-AES256-GCM-SHA384 | recommended
        DHE-RSA-CHACHA20-POLY1305 | recommended
        AES128-SHA | monitored
        AES256-GCM-SHA384 | monitored
        DES-CBC3-SHA | monitored
        EDH-RSA-DES-CBC3-SHA | monitored
        RC4-SHA | not-listed
        RC4-MD5 | not-listed
        EXP-RC4-MD5 | not-listed
        ECDHE-ARIA128-GCM-SHA256 | not-listed
        PSK-AES128-GCM-SHA256 | not-listed
        ADH-AES128-SHA | not-listed
        NULL-SHA256 | not-listed
        CAMELLIA128-SHA | monitored
        ECDHE-ECDSA-AES128-CCM8 | recommended
        mlkem768 | recommended-pqc
        X25519MLKEM768 | recommended-pqc

        # JCA names
        AES/GCM/NoPadding | recommended
        AES_256/GCM/NoPadding | recommended
        AES_128/CBC/NoPadding | recommended
        AES/CBC/PKCS5Padding | recommended
        AES/ECB/PKCS5Padding | not-listed
        AES/ECB/NoPadding | not-listed
        DESede/CBC/PKCS5Padding | monitored
        DESede/ECB/PKCS5Padding | not-listed
        RSA/ECB/OAEPWithSHA-256AndMGF1Padding | recommended
        RSA/ECB/OAEPWithSHA-1AndMGF1Padding | monitored
        RSA/ECB/OAEPPadding | monitored
        RSA/ECB/PKCS1Padding | monitored
        SHA3-256withECDSA | recommended
        SHA512withRSA/PSS | recommended
        RSASSA-PSS | recommended
        HmacSHA256 | recommended
        HmacSHA1 | monitored
        HmacMD5 | not-listed
        HmacSHA3-256 | recommended
        PBKDF2WithHmacSHA256 | recommended
        PBKDF2WithHmacSHA512 | recommended
        PBKDF2WithHmacSHA1 | monitored
        PBEWithMD5AndDES | not-listed
        PBEWithHmacSHA256AndAES_128 | recommended
        PBEWithSHA1AndDESede | monitored
        SHA1PRNG | not-listed
        DRBG | not-listed
        EC | recommended
        XDH | recommended
        X25519 | recommended
        EdDSA | recommended
        DiffieHellman | recommended
        DH | recommended
        ML-KEM | recommended-pqc
        ML-KEM-512 | not-listed
        ML-KEM-768 | recommended-pqc
        ML-KEM-1024 | recommended-pqc
        ML-DSA | not-listed
        ML-DSA-65 | not-listed
        SLH-DSA-SHA2-128s | not-listed
        Falcon-512 | not-listed
        ChaCha20-Poly1305 | recommended
        ChaCha20 | not-listed
        hmacWithSHA256 | recommended

        # TLS suites by name and code point
        TLS_RSA_WITH_3DES_EDE_CBC_SHA | monitored
        SSL_RSA_WITH_3DES_EDE_CBC_SHA | monitored
        SSL_RSA_WITH_RC4_128_MD5 | not-listed
        0x000A | monitored
        0x00,0x0A | monitored
        {0xC0,0x2F} | recommended
        C0,2F | recommended
        0xC02F | recommended
        0xc02f | recommended
        0x1301 | recommended
        0x1302 | recommended
        TLS_AES_256_GCM_SHA384 | recommended
        TLS_CHACHA20_POLY1305_SHA256 | recommended
        TLS_AES_128_CCM_8_SHA256 | recommended
        TLS_RSA_WITH_AES_128_CBC_SHA | monitored
        TLS_RSA_WITH_AES_128_GCM_SHA256 | monitored
        TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384 | recommended
        TLS_ECDHE_ECDSA_WITH_AES_128_CCM | recommended
        TLS_DHE_RSA_WITH_CAMELLIA_128_GCM_SHA256 | recommended
        TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384 | recommended
        TLS_RSA_WITH_NULL_SHA256 | not-listed
        TLS_DH_anon_WITH_AES_128_CBC_SHA | not-listed
        TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256 | not-listed
        TLS_RSA_WITH_SEED_CBC_SHA | not-listed
        TLS_RSA_WITH_IDEA_CBC_SHA | not-listed
        TLS_RSA_EXPORT_WITH_RC4_40_MD5 | not-listed
        TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256 | not-listed
        TLS_SM4_GCM_SM3 | not-listed
        TLS_EMPTY_RENEGOTIATION_INFO_SCSV | not-listed
        SSL_CK_RC4_128_WITH_MD5 | not-listed
        0x0700C0 | not-listed
        tls_ecdhe_rsa_with_aes_128_gcm_sha256 | recommended

        # TLS groups, signature schemes, protocol versions
        x25519 | recommended
        x448 | recommended
        secp256r1 | recommended
        ffdhe2048 | recommended
        ffdhe3072 | recommended
        SecP256r1MLKEM768 | recommended-pqc
        SecP384r1MLKEM1024 | recommended-pqc
        MLKEM1024 | recommended-pqc
        MLKEM512 | not-listed
        X25519Kyber768Draft00 | not-listed
        brainpoolP256r1tls13 | not-listed
        GC256A | not-listed
        curveSM2 | not-listed
        rsa_pss_rsae_sha256 | recommended
        rsa_pss_pss_sha384 | recommended
        rsa_pkcs1_sha256 | recommended
        rsa_pkcs1_sha1 | monitored
        ecdsa_sha1 | monitored
        ecdsa_secp384r1_sha384 | recommended
        ed25519 | recommended
        mldsa65 | not-listed
        ecdsa_brainpoolP256r1tls13_sha256 | not-listed
        sm2sig_sm3 | not-listed
        SSLv2 | not-listed
        SSL 2.0 | not-listed
        SSLv3 | not-listed
        SSL 3.0 | not-listed
        TLSv1 | monitored
        TLSv1.0 | monitored
        TLS 1.0 | monitored
        TLS1.1 | monitored
        TLSv1.2 | recommended
        TLS 1.2 | recommended
        TLS 1.3 | recommended
        tls1_3 | recommended
        TLS1_2_VERSION | recommended

        # Generic spellings with sizes, modes, curves
        RSA-1024 | not-listed
        RSA1024 | not-listed
        RSA 1024 | not-listed
        RSA-512 | not-listed
        RSA-2048 | recommended
        RSA 2048 | recommended
        RSA-3072 | recommended
        RSA-4096 | recommended
        RSA-OAEP | recommended
        RSAES-OAEP | recommended
        RSA-OAEP-2048 | recommended
        RSAES-PKCS1-v1_5 | monitored
        RSASSA-PKCS1-v1_5 | recommended
        PKCS1 | monitored
        OAEP | recommended
        PSS | recommended
        DSA-1024 | not-listed
        DSA-2048 | recommended
        DSA-3072 | recommended
        DH-1024 | not-listed
        DH-2048 | recommended
        DHE-4096 | recommended
        ECDSA-P256 | recommended
        ECDSA P-384 | recommended
        ECDSA_P521 | recommended
        ECDSA-256 | recommended
        ECDSA-P224 | not-listed
        ECDSA-secp256k1 | not-listed
        ECDH-P256 | recommended
        ECDH-P384 | recommended
        ECDH-brainpoolP512r1 | not-listed
        P-256 | recommended
        P-384 | recommended
        P-521 | recommended
        P-224 | not-listed
        P-192 | not-listed
        secp256k1 | not-listed
        brainpoolP384r1 | not-listed
        sect283k1 | not-listed
        Curve25519 | recommended
        Ed25519 | recommended
        Ed448 | recommended
        AES-128 | recommended
        AES128 | recommended
        AES256 | recommended
        AES-192 | recommended
        AES-256-GCM | recommended
        AES-128-GCM | recommended
        aes128gcm | recommended
        AES_256_CBC | recommended
        AES-128-ECB | not-listed
        AES-ECB | not-listed
        AES-CBC | recommended
        AES-CTR | recommended
        AES-192-CFB | recommended
        AES-128-OFB | recommended
        AES-XTS | recommended
        AES-CTS | not-listed
        AES-KW | not-listed
        AESWRAP | not-listed
        AES-GCM-SIV | not-listed
        AES-SIV | not-listed
        AES-OCB | not-listed
        AES-EAX | not-listed
        Camellia | recommended
        Camellia-128-GCM | recommended
        Camellia-256 | recommended
        KCipher-2 | recommended
        KCipher2 | recommended
        3DES-168 | monitored
        3DES-112 | not-listed
        TDES | monitored
        TDEA | monitored
        DESede | monitored
        3-key Triple DES | monitored
        2-key Triple DES | not-listed
        2TDEA | not-listed
        3TDEA | monitored
        DES-56 | not-listed
        RC4-128 | not-listed
        ARCFOUR | not-listed
        Blowfish | not-listed
        Twofish | not-listed
        Serpent | not-listed
        IDEA | not-listed
        SEED | not-listed
        ARIA | not-listed
        SM4 | not-listed
        CAST5 | not-listed
        GOST28147 | not-listed
        XChaCha20-Poly1305 | not-listed
        Salsa20 | not-listed
        MISTY1 | candidate
        CLEFIA | candidate
        Hierocrypt-3 | candidate
        Hierocrypt-L1 | candidate
        CIPHERUNICORN-A | candidate
        CIPHERUNICORN-E | candidate
        Enocoro-128v2 | candidate
        MUGI | candidate
        MULTI-S01 | candidate
        PSEC-KEM | candidate
        PC-MAC-AES | candidate
        SC2000 | not-listed
        ISO/IEC 9798-2 | recommended
        ISO/IEC 9798-4 | recommended
        SHA-2 | recommended
        SHA2-256 | recommended
        SHA-3 | recommended
        SHA3-512 | recommended
        SHA-512 | recommended
        SHA512/256 | recommended
        SHA512_256 | recommended
        SHAKE128-256 | recommended
        MD4 | not-listed
        MD2 | not-listed
        BLAKE2b | not-listed
        BLAKE3 | not-listed
        SM3 | not-listed
        Whirlpool | not-listed
        Keccak-256 | not-listed
        HMAC-SHA1 | monitored
        HMAC-SHA-1 | monitored
        HMAC-SHA-256 | recommended
        HMAC(SHA-256) | recommended
        HMAC_SHA512 | recommended
        HMAC-SHA3-256 | recommended
        HMAC-SHA512/256 | recommended
        CMAC | recommended
        CBC-MAC | monitored
        GMAC | not-listed
        KMAC128 | not-listed
        ECB | not-listed
        CBC | recommended
        CFB | recommended
        OFB | recommended
        CTR | recommended
        GCM | recommended
        CCM | recommended
        XTS | recommended
        CTS | not-listed
        OCB | not-listed
        EAX | not-listed
        PBKDF2 | not-listed
        PBKDF2-SHA256 | recommended
        pbkdf2_sha256 | recommended
        HKDF-SHA256 | recommended
        scrypt | not-listed
        Argon2id | not-listed
        bcrypt | not-listed
        ElGamal | not-listed
        ECIES | not-listed
        SM2 | not-listed
        RSA-KEM | not-listed
        Kyber768 | not-listed
        ssh-rsa | monitored
        rsa-sha2-256 | recommended
        ssh-ed25519 | recommended
        ecdsa-sha2-nistp256 | recommended
        diffie-hellman-group1-sha1 | not-listed
        diffie-hellman-group14-sha256 | recommended
        curve25519-sha256 | recommended
        hmac-sha2-256 | recommended
        aes128-ctr | recommended
        aes256-gcm@openssh.com | recommended
        chacha20-poly1305@openssh.com | recommended
        3des-cbc | monitored
        arcfour | not-listed

        # Tricky negatives: not cryptography, or not a real name
        FOOBAR | unknown
        AES-FOO | unknown
        ECB bank | unknown
        md5sum | unknown
        Sha1Helper | unknown
        """;

    public static IEnumerable<object[]> Cases() =>
        Table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" | ")).Select(p => new object[] { p[0], p[1] });

    private static readonly PolicyEngine Engine = new(new EvaluationContext(new DateTime(2026, 11, 28)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Name_ResolvesToExpectedStatus(string input, string expected)
    {
        var e = Engine.Explain(input);
        Assert.True(e.Error == null, $"{input}: input error {e.Error}");
        Assert.True(expected == e.Status.ToWireName(),
            $"{input} → {e.Resolution.Resolved?.Canonical ?? "(unresolved)"}: expected {expected}, got {e.Status.ToWireName()}");
        if (expected != "unknown") { Assert.True(e.Resolution.IsResolved); }
    }

    [Fact]
    public void Table_HasHundredsOfNames()
    {
        Assert.True(Cases().Count() >= 500, $"only {Cases().Count()} names");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("RSA-0")]
    [InlineData("RSA-99999999999")]
    [InlineData("RSA-100")]
    [InlineData("AES-7")]
    [InlineData("AES-512")]
    [InlineData("3DES-100")]
    [InlineData("ML-KEM-999")]
    [InlineData("SHAKE128-4")]
    [InlineData("DSA-70000")]
    [InlineData("DH-999999")]
    [InlineData("line\nbreak")]
    public void BadInput_IsAnInputError_WithAMessage(string input)
    {
        var r = NameResolver.Resolve(input);
        Assert.False(r.IsResolved);
        Assert.False(string.IsNullOrWhiteSpace(r.Error), $"{input}: expected an input error");
    }

    [Fact]
    public void VeryLongName_IsAnInputError()
    {
        Assert.NotNull(NameResolver.Resolve(new string('A', 300)).Error);
    }

    [Theory]
    [InlineData("sha256", "SHA-256")]
    [InlineData("SHA1withRSA", "RSASSA-PKCS1-v1_5 with SHA-1")]
    [InlineData("AES/ECB/PKCS7PADDING", "AES/ECB/PKCS7")]
    [InlineData("RSA-1024", "RSA-1024")]
    [InlineData("0xC02F", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 (0xC0,0x2F)")]
    [InlineData("ML-KEM-512", "ML-KEM-512")]
    [InlineData("secp256k1", "EC key on secp256k1")]
    public void Canonical_IsReadable(string input, string canonical)
    {
        Assert.Equal(canonical, NameResolver.Resolve(input).Resolved!.Canonical);
    }

    /// <summary>PQC family names match as a prefix only when what follows is a parameter set or an algorithm class:
    /// BouncyCastle's Falcon arithmetic helpers (FalconFpr, FalconCommon) are not uses of FN-DSA.</summary>
    [Theory]
    [InlineData("FalconSigner", true)]
    [InlineData("Falcon-512", true)]
    [InlineData("Falcon1024", true)]
    [InlineData("SLH-DSA-SHA2-128s", true)]
    [InlineData("SphincsPlusSigner", true)]
    [InlineData("FalconFpr", false)]
    [InlineData("FalconCommon", false)]
    [InlineData("SphincsPlusWotsHelper", false)]
    public void PqcFamilyPrefix_MatchesParameterSetsAndAlgorithmClassesOnly(string input, bool resolves)
    {
        var r = NameResolver.Resolve(input);
        Assert.Equal(resolves, r.Resolved != null && (r.Resolved.Asset.Algorithm == Algorithms.FnDsa || r.Resolved.Asset.Algorithm == Algorithms.SlhDsa));
    }

    [Fact]
    public void CachedLookup_ReturnsTheSameExplanation()
    {
        // The cache is ordinal (issue 8, defect 2): the same spelling is one entry, another spelling its own entry that
        // echoes its own input with the same verdict.
        var a = Engine.Explain("HMACSHA1");
        Assert.Same(a, Engine.Explain("HMACSHA1"));
        var b = Engine.Explain("hmacsha1");
        Assert.Equal("hmacsha1", b.Input);
        Assert.Equal(a.Status, b.Status);
    }
}
