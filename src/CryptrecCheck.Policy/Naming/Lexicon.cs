using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Naming;

/// <summary>
/// The words of algorithm names across the namespaces users meet: .NET types and CryptoConfig names, BouncyCastle
/// classes and algorithm strings, OpenSSL and JCA names. Keys are "squashed": upper-case with every character that is
/// not a letter or digit removed, so SHA-256, sha256, SHA_256 and Sha256 are one word.
/// </summary>
internal static class Lexicon
{
    internal static readonly Dictionary<string, Token> Words = Build();

    /// <summary>Longest word length, which bounds the greedy match.</summary>
    internal static readonly int MaxWordLength = ComputeMax();

    internal static string Squash(string s)
    {
        var buf = new char[s.Length];
        var n = 0;
        foreach (var ch in s)
        {
            if (ch < 128 ? char.IsLetterOrDigit(ch) : char.IsLetterOrDigit(ch)) { buf[n++] = char.ToUpperInvariant(ch); }
        }
        return new string(buf, 0, n);
    }

    private static int ComputeMax()
    {
        var m = 0;
        foreach (var k in Words.Keys) { m = Math.Max(m, k.Length); }
        return m;
    }

    private static Dictionary<string, Token> Build()
    {
        var d = new Dictionary<string, Token>(StringComparer.Ordinal);
        void Put(Token t, params string[] names)
        {
            foreach (var n in names)
            {
                var k = Squash(n);
                if (!d.ContainsKey(k)) { d[k] = t; }
            }
        }
        void Alg(CryptoAsset a, params string[] names) => Put(new Token(TokenKind.Algorithm, a.Algorithm, a), names);
        void A(string id, params string[] names) => Alg(new CryptoAsset { Algorithm = id }, names);
        void H(string id, params string[] names) => Put(new Token(TokenKind.Hash, id, new CryptoAsset { Algorithm = id }), names);
        void M(string id, params string[] names) => Put(new Token(TokenKind.Mode, id), names);
        void P(string id, params string[] names) => Put(new Token(TokenKind.Padding, id), names);
        void Mac(string id, params string[] names) => Put(new Token(TokenKind.Mac, id), names);
        void Ign(params string[] names) => Put(new Token(TokenKind.Ignore, string.Empty), names);

        // ---- Hash functions ----
        H(Algorithms.Md2, "MD2", "MD2Digest");
        H(Algorithms.Md4, "MD4", "MD4Digest");
        H(Algorithms.Md5, "MD5", "MD5Digest", "MD5CryptoServiceProvider", "MD5Cng", "MD5Managed");
        H(Algorithms.Sha1, "SHA1", "SHA-1", "SHA", "Sha1Digest", "SHA1Managed", "SHA1CryptoServiceProvider", "SHA1Cng", "SHA160", "SHA1-160");
        H(Algorithms.Sha3_256, "SHA3");
        H(Algorithms.Sha224, "SHA224", "Sha224Digest", "SHA2-224", "SHA-2-224");
        H(Algorithms.Sha256, "SHA256", "Sha256Digest", "SHA256Managed", "SHA256CryptoServiceProvider", "SHA256Cng", "SHA2-256", "SHA-2-256");
        H(Algorithms.Sha384, "SHA384", "Sha384Digest", "SHA384Managed", "SHA384CryptoServiceProvider", "SHA384Cng", "SHA2-384");
        H(Algorithms.Sha512, "SHA512", "Sha512Digest", "SHA512Managed", "SHA512CryptoServiceProvider", "SHA512Cng", "SHA2-512");
        H(Algorithms.Sha512_256, "SHA512/256", "SHA512-256", "SHA512_256", "SHA512t256", "SHA2-512/256");
        H(Algorithms.Sha512_224, "SHA512/224", "SHA512-224", "SHA512_224", "SHA512t224", "SHA2-512/224");
        H(Algorithms.Sha3_224, "SHA3-224", "SHA3_224");
        H(Algorithms.Sha3_256, "SHA3-256", "SHA3_256", "Sha3Digest");
        H(Algorithms.Sha3_384, "SHA3-384", "SHA3_384");
        H(Algorithms.Sha3_512, "SHA3-512", "SHA3_512");
        H(Algorithms.Shake128, "SHAKE128", "Shake128", "ShakeDigest", "SHAKE-128");
        H(Algorithms.Shake256, "SHAKE256", "SHAKE-256");
        H(Algorithms.Keccak256, "KECCAK256", "KECCAK", "KeccakDigest");
        H(Algorithms.Ripemd160, "RIPEMD160", "RipeMD160Digest", "RIPEMD160Managed", "RMD160", "RIPEMD");
        H(Algorithms.Ripemd128, "RIPEMD128", "RipeMD128Digest", "RMD128");
        H(Algorithms.Ripemd256, "RIPEMD256", "RipeMD256Digest", "RMD256");
        H(Algorithms.Ripemd320, "RIPEMD320", "RipeMD320Digest", "RMD320");
        H(Algorithms.Whirlpool, "WHIRLPOOL", "WhirlpoolDigest");
        H(Algorithms.Tiger, "TIGER", "TigerDigest");
        H(Algorithms.Sm3, "SM3", "SM3Digest");
        H(Algorithms.Gost3411, "GOST3411", "Gost3411Digest", "GOST3411-2012", "Gost3411_2012_256Digest", "STREEBOG", "GOSTR3411");
        H(Algorithms.Blake2b, "BLAKE2B", "Blake2bDigest");
        H(Algorithms.Blake2s, "BLAKE2S", "Blake2sDigest");
        H(Algorithms.Blake3, "BLAKE3", "Blake3Digest");

        // ---- MACs ----
        Mac(Algorithms.Hmac, "HMAC", "HMac", "KeyedHashAlgorithm");
        Mac(Algorithms.Cmac, "CMAC", "CMac", "OMAC", "OMAC1");
        Mac(Algorithms.Gmac, "GMAC", "GMac");
        Mac(Algorithms.CbcMac, "CBCMAC", "CbcBlockCipherMac", "MAC");
        Mac(Algorithms.Kmac128, "KMAC128", "Kmac128", "KmacXof128");
        Mac(Algorithms.Kmac256, "KMAC256", "Kmac256", "KmacXof256");
        Mac(Algorithms.Poly1305, "POLY1305");
        Mac(Algorithms.SipHash, "SIPHASH", "SipHash24");
        A(Algorithms.PcMacAes, "PCMACAES", "PC-MAC-AES");

        // ---- Block and stream ciphers ----
        A(Algorithms.Aes, "AES", "AesManaged", "AesCryptoServiceProvider", "AesCng", "AesOpenSsl", "AesEngine", "AesFastEngine", "AesLightEngine", "AesX86Engine", "RIJNDAEL128");
        Alg(new CryptoAsset { Algorithm = Algorithms.Aes, Mode = Algorithms.Gcm }, "AesGcm", "AESGCM");
        Alg(new CryptoAsset { Algorithm = Algorithms.Aes, Mode = Algorithms.Ccm }, "AesCcm", "AESCCM");
        A(Algorithms.Rijndael, "Rijndael", "RijndaelManaged", "RijndaelEngine");
        A(Algorithms.Camellia, "CAMELLIA", "CamelliaEngine", "CamelliaLightEngine", "CamelliaWrapEngine");
        A(Algorithms.KCipher2, "KCIPHER2", "KCipher-2", "KCipher2Engine");
        A(Algorithms.TripleDes, "TripleDES", "TripleDESCryptoServiceProvider", "TripleDESCng", "TripleDESManaged", "DESede", "DesEdeEngine", "3DES", "TDES", "TDEA", "DES3", "DESX3", "TRIPLEDES3");
        A(Algorithms.TripleDes3Key, "DESEDE3", "3KEYTRIPLEDES", "3-key Triple DES", "3TDEA", "3TDES", "TDES3KEY", "3KEY3DES", "TDEA3");
        A(Algorithms.TripleDes2Key, "2KEYTRIPLEDES", "2-key Triple DES", "2TDEA", "2TDES", "TDES2KEY", "2KEY3DES", "TDEA2");
        A(Algorithms.Des, "DES", "DESCryptoServiceProvider", "DesEngine", "DEA", "DESX");
        A(Algorithms.Rc2, "RC2", "RC2CryptoServiceProvider", "RC2Engine", "ARC2");
        A(Algorithms.Rc4, "RC4", "ARC4", "ARCFOUR", "RC4Engine");
        A(Algorithms.Rc5, "RC5", "RC532Engine", "RC564Engine");
        A(Algorithms.Rc6, "RC6", "RC6Engine");
        A(Algorithms.Blowfish, "BLOWFISH", "BlowfishEngine", "BF");
        A(Algorithms.Twofish, "TWOFISH", "TwofishEngine");
        A(Algorithms.Serpent, "SERPENT", "SerpentEngine", "TnepresEngine", "TNEPRES");
        A(Algorithms.Idea, "IDEA", "IdeaEngine");
        A(Algorithms.Seed, "SEED", "SeedEngine", "SeedWrapEngine");
        A(Algorithms.Aria, "ARIA", "AriaEngine", "AriaWrapEngine");
        A(Algorithms.Cast5, "CAST5", "CAST128", "Cast5Engine");
        A(Algorithms.Cast6, "CAST6", "CAST256", "Cast6Engine");
        A(Algorithms.Sm4, "SM4", "SM4Engine");
        A(Algorithms.Gost28147, "GOST28147", "Gost28147Engine", "GOST2814789");
        A(Algorithms.Kuznyechik, "KUZNYECHIK", "GOST3412", "GOST34122015", "G3412Engine");
        A(Algorithms.Magma, "MAGMA");
        A(Algorithms.Skipjack, "SKIPJACK", "SkipjackEngine");
        A(Algorithms.Tea, "TEA", "TeaEngine");
        A(Algorithms.Xtea, "XTEA", "XteaEngine");
        A(Algorithms.Threefish, "THREEFISH", "ThreefishEngine");
        A(Algorithms.Noekeon, "NOEKEON", "NoekeonEngine");
        A(Algorithms.ChaCha20, "CHACHA", "CHACHA20", "ChaChaEngine", "ChaCha7539Engine", "CHACHA7539");
        A(Algorithms.ChaCha20Poly1305, "ChaCha20Poly1305", "CHACHA20-POLY1305", "AEADCHACHA20POLY1305", "ChaCha20Poly1305Engine", "CHACHAPOLY");
        A(Algorithms.XChaCha20Poly1305, "XChaCha20Poly1305", "XCHACHA20-POLY1305", "AEADXCHACHA20POLY1305");
        A(Algorithms.Salsa20, "SALSA20", "Salsa20Engine");
        A(Algorithms.XSalsa20, "XSALSA20", "XSalsa20Engine");
        A(Algorithms.Hc128, "HC128", "HC128Engine");
        A(Algorithms.Hc256, "HC256", "HC256Engine");
        A(Algorithms.Grain128, "GRAIN128", "Grain128Engine", "GRAINV1", "Grainv1Engine");
        A(Algorithms.Isaac, "ISAAC", "IsaacEngine");
        A(Algorithms.Vmpc, "VMPC", "VmpcEngine", "VmpcKsa3Engine");
        A(Algorithms.Aegis, "AEGIS", "AEGIS128L", "AEGIS256");
        A(Algorithms.Clefia, "CLEFIA");
        A(Algorithms.Misty1, "MISTY1", "MISTY");
        A(Algorithms.Hierocrypt3, "HIEROCRYPT3", "Hierocrypt-3");
        A(Algorithms.HierocryptL1, "HIEROCRYPTL1", "Hierocrypt-L1");
        A(Algorithms.CipherUnicornA, "CIPHERUNICORNA");
        A(Algorithms.CipherUnicornE, "CIPHERUNICORNE");
        A(Algorithms.Sc2000, "SC2000");
        A(Algorithms.Mugi, "MUGI");
        A(Algorithms.MultiS01, "MULTIS01", "MULTI-S01");
        A(Algorithms.Enocoro128v2, "ENOCORO128V2", "ENOCORO", "ENOCORO128");
        A(Algorithms.NullCipher, "NULL", "eNULL", "NullEngine");

        // ---- Modes ----
        M(Algorithms.Ecb, "ECB", "EcbBlockCipher", "CipherModeECB");
        M(Algorithms.Cbc, "CBC", "CbcBlockCipher");
        M(Algorithms.Cfb, "CFB", "CfbBlockCipher", "CFB8", "CFB1", "CFB128", "CFB64", "OpenPgpCfbBlockCipher", "PGPCFB", "OPENPGPCFB");
        M(Algorithms.Ofb, "OFB", "OfbBlockCipher");
        M(Algorithms.Ctr, "CTR", "SIC", "SicBlockCipher", "KCtrBlockCipher", "KCTR", "CNT");
        M(Algorithms.Gcm, "GCM", "GcmBlockCipher");
        M(Algorithms.Ccm, "CCM", "CcmBlockCipher");
        M(Algorithms.Xts, "XTS");
        M(Algorithms.Cts, "CTS", "CtsBlockCipher", "CBCCTS");
        M(Algorithms.Eax, "EAX", "EaxBlockCipher");
        M(Algorithms.Ocb, "OCB", "OcbBlockCipher");
        M(Algorithms.GcmSiv, "GCMSIV", "GcmSivBlockCipher");
        M(Algorithms.Siv, "SIV");
        M(Algorithms.Kw, "KW", "WRAP", "KEYWRAP", "AESWRAP", "AesWrapEngine", "RFC3394");
        M(Algorithms.Kwp, "KWP", "WRAPPAD", "AESWRAPPAD", "AesWrapPadEngine", "RFC5649");

        // ---- Paddings (for symmetric ciphers; for RSA they pick the scheme) ----
        P("PKCS7", "PKCS7PADDING", "PKCS5PADDING", "PKCS5", "PKCS7Padding", "PaddingModePKCS7");
        P("None", "NOPADDING", "PaddingModeNone");
        P("Zeros", "ZEROBYTEPADDING", "ZEROPADDING", "PaddingModeZeros", "ZEROS");
        P("ISO10126", "ISO10126PADDING", "ISO10126D2PADDING", "ISO10126d2Padding", "PaddingModeISO10126");
        P("ANSIX923", "X923PADDING", "ANSIX923", "PaddingModeANSIX923", "X923");
        P("ISO7816-4", "ISO7816D4PADDING", "ISO78164PADDING", "ISO7816d4Padding");
        P("TBC", "TBCPADDING");
        P("OAEP-DEFAULT", "OAEPPADDING", "OaepEncoding");
        P("OAEP", "OAEP", "RSAESOAEP", "RSAOAEP", "EME-OAEP");
        P("PKCS1", "PKCS1PADDING", "PKCS1", "Pkcs1Encoding", "PKCS1V15", "PKCS1V1_5", "RSAESPKCS1V15", "RSAESPKCS1", "EMEPKCS1V15");
        P("PSS", "PSS", "PssSigner", "RSASSAPSS", "RSAPSS", "EMSA-PSS");
        P("X931", "X931", "X9.31", "X931Signer");
        P("ISO9796", "ISO9796", "ISO9796D1", "ISO9796D2", "ISO9796-1", "ISO9796-2", "Iso9796d2Signer", "ISO9796d1Encoding");

        // ---- Public-key algorithms ----
        A(Algorithms.Rsa, "RSA", "RSACryptoServiceProvider", "RSACng", "RSAOpenSsl", "RSAEncryption", "RsaKeyPairGenerator", "RSAKeyPairGenerator", "RsaBlindedEngine", "RSAPUBLICKEY");
        Alg(new CryptoAsset { Algorithm = Algorithms.RsaRaw }, "RsaEngine", "RAWRSA", "TEXTBOOKRSA");
        A(Algorithms.RsaSsaPkcs1, "RSASSA-PKCS1-v1_5", "RSASSAPKCS1", "RSASSAPKCS1V15", "RsaDigestSigner", "EMSA-PKCS1-v1_5", "PKCS1SIGNATURE");
        A(Algorithms.RsaesPkcs1, "RSAES-PKCS1-v1_5", "RSA1_5", "RSA15");
        A(Algorithms.RsaKem, "RSAKEM");
        A(Algorithms.Dsa, "DSA", "DSACryptoServiceProvider", "DSACng", "DSAOpenSsl", "DsaSigner", "DsaKeyPairGenerator", "DSS", "DSAWITH");
        A(Algorithms.Ecdsa, "ECDSA", "ECDsa", "ECDsaCng", "ECDsaOpenSsl", "ECDsaSigner", "PLAINECDSA", "CVCECDSA", "ECDSASIGNATURE");
        A(Algorithms.EcKey, "EC", "ECC", "ECKeyPairGenerator", "ECPUBLICKEY", "IDECPUBLICKEY", "ELLIPTICCURVE");
        A(Algorithms.Ecdh, "ECDH", "ECDHE", "ECDiffieHellman", "ECDiffieHellmanCng", "ECDiffieHellmanOpenSsl", "ECDHBasicAgreement", "ECDHCBasicAgreement", "ECDHC", "ECCDH", "ECMQV", "ECMqvBasicAgreement", "XDH");
        A(Algorithms.Dh, "DH", "DHE", "DiffieHellman", "DHBasicAgreement", "DHKeyPairGenerator", "DHAgreement", "FFDHE", "FFDH", "MODP", "DHKEYAGREEMENT", "DHPUBLICNUMBER", "EDH");
        Alg(new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = "Ed25519" }, "Ed25519", "Ed25519Signer", "Ed25519ctxSigner", "Ed25519phSigner", "Ed25519KeyPairGenerator", "PUREEDDSA25519");
        Alg(new CryptoAsset { Algorithm = Algorithms.EdDsa, Curve = "Ed448" }, "Ed448", "Ed448Signer", "Ed448phSigner", "Ed448KeyPairGenerator");
        A(Algorithms.EdDsa, "EdDSA", "PUREEDDSA");
        Alg(new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "X25519" }, "X25519", "X25519Agreement", "X25519KeyPairGenerator", "CURVE25519");
        Alg(new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "X448" }, "X448", "X448Agreement", "X448KeyPairGenerator", "CURVE448");
        A(Algorithms.ElGamal, "ELGAMAL", "ElGamalEngine", "ElGamalKeyPairGenerator");
        A(Algorithms.Ecies, "ECIES", "IesEngine", "IES");
        A(Algorithms.Sm2, "SM2", "SM2Signer", "SM2Engine");
        A(Algorithms.GostSignature, "GOST3410", "ECGOST3410", "ECGOST3410Signer", "GOST3410Signer", "GOSTR3410");
        A(Algorithms.MlKem, "MLKEM", "MLKem", "MLKemKeyPairGenerator", "MLKEMKEYPAIRGENERATOR");
        Alg(new CryptoAsset { Algorithm = Algorithms.MlKem, ParameterSet = "Kyber" }, "KYBER", "CRYSTALSKYBER");
        A(Algorithms.MlDsa, "MLDSA", "MLDsa", "MLDsaSigner", "DILITHIUM", "CRYSTALSDILITHIUM", "CompositeMLDsa", "HASHMLDSA");
        A(Algorithms.SlhDsa, "SLHDSA", "SlhDsa", "SlhDsaSigner", "SPHINCS", "SPHINCSPLUS", "HASHSLHDSA");
        A(Algorithms.FnDsa, "FNDSA", "FALCON");
        A(Algorithms.Lms, "LMS", "HSS", "LMSSigner", "HSSSigner");
        A(Algorithms.Xmss, "XMSS", "XMSSMT");
        A(Algorithms.ClassicMcEliece, "CLASSICMCELIECE", "MCELIECE");
        A(Algorithms.Frodo, "FRODOKEM", "FRODO");
        A(Algorithms.PsecKem, "PSECKEM", "PSEC-KEM");

        // ---- KDFs, password hashing, RNGs ----
        Alg(new CryptoAsset { Algorithm = Algorithms.Pbkdf2, Hash = Algorithms.Sha1 }, "Rfc2898DeriveBytes", "Pkcs5S2ParametersGenerator");
        A(Algorithms.Pbkdf2, "PBKDF2", "PKCS5S2");
        Alg(new CryptoAsset { Algorithm = Algorithms.Pbkdf1, Hash = Algorithms.Sha1 }, "PasswordDeriveBytes");
        A(Algorithms.Pbkdf1, "PBKDF1", "PKCS5S1", "Pkcs5S1ParametersGenerator", "PBE");
        A(Algorithms.Hkdf, "HKDF", "HkdfBytesGenerator");
        A(Algorithms.Sp800108Kdf, "SP800108HmacCounterKdf", "SP800108", "KBKDF", "KDFCounterBytesGenerator");
        A(Algorithms.Scrypt, "SCRYPT");
        A(Algorithms.Argon2, "ARGON2", "ARGON2ID", "ARGON2I", "ARGON2D", "Argon2BytesGenerator");
        A(Algorithms.Bcrypt, "BCRYPT", "OpenBsdBCrypt");
        A(Algorithms.Drbg, "DRBG", "CTRDRBG", "HMACDRBG", "HASHDRBG", "CtrSP800Drbg", "HMacSP800Drbg", "HashSP800Drbg", "SP800SecureRandom");
        A(Algorithms.Rng, "RandomNumberGenerator", "RNGCryptoServiceProvider", "SecureRandom", "SHA1PRNG", "NATIVEPRNG", "CSPRNG", "SystemRandom");

        // ---- Entity authentication ----
        A(Algorithms.Iso9798_2, "ISO97982", "ISO/IEC 9798-2");
        A(Algorithms.Iso9798_3, "ISO97983", "ISO/IEC 9798-3");
        A(Algorithms.Iso9798_4, "ISO97984", "ISO/IEC 9798-4");

        // ---- Curves (a bare curve name stands for an EC key on it) ----
        foreach (var c in Curves.All)
        {
            var t = new Token(TokenKind.Curve, c.Name);
            Put(t, c.Name);
            foreach (var a in c.Aliases) { Put(t, a); }
        }
        Put(new Token(TokenKind.Curve, "P-256"), "ECDSA_P256", "ECDH_P256", "NISTP256", "nistP256");
        Put(new Token(TokenKind.Curve, "P-384"), "ECDSA_P384", "ECDH_P384", "NISTP384", "nistP384");
        Put(new Token(TokenKind.Curve, "P-521"), "ECDSA_P521", "ECDH_P521", "NISTP521", "nistP521");

        // ---- Glue ----
        Put(new Token(TokenKind.With, "WITH"), "WITH");
        Put(new Token(TokenKind.And, "AND"), "AND");
        P("MGF1", "MGF1");
        Ign("PADDING", "MGF1PADDING", "KDF", "OPENSSHCOM", "OPENSSH", "ENCRYPTION", "ALGORITHM", "ID", "NONE", "CIPHER", "SIGNATURE", "BC", "MANAGED", "CRYPTOSERVICEPROVIDER", "CNG",
            "OPENSSL", "ENGINE", "DIGEST", "HASH", "MODE", "BLOCK", "KEY", "BIT", "BITS", "FOR");
        return d;
    }
}
