using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy;

/// <summary>What kind of primitive an algorithm is.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum AlgorithmKind
{
    BlockCipher,
    StreamCipher,
    AuthenticatedCipher,
    Hash,
    ExtendableOutput,
    Mac,
    Mode,
    Signature,
    PublicKeyEncryption,
    KeyAgreement,
    Kem,
    KeyPair,
    KeyDerivation,
    PasswordHash,
    RandomGenerator,
    KeyWrap,
    EntityAuthentication,
    Null,
    Other,
}

/// <summary>The family that decides how a key length maps to security strength (LS-0003 model).</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum KeyFamily
{
    None,
    Symmetric,
    Ifc,
    Ffc,
    Ecc,
}

/// <summary>Static facts about one algorithm: kind, block and output size, valid key sizes. These are facts of the
/// algorithms' own specifications (FIPS 197, SP 800-67, RFC 8017, ...), not CRYPTREC facts.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class AlgorithmInfo
{
    internal AlgorithmInfo(string id, AlgorithmKind kind, KeyFamily family = KeyFamily.None, int? blockBits = null, int? outputBits = null,
        int[]? keySizes = null, int minKeyBits = 0, int maxKeyBits = 0, int? defaultKeyBits = null)
    {
        Id = id;
        Kind = kind;
        Family = family;
        BlockBits = blockBits;
        OutputBits = outputBits;
        KeySizes = keySizes;
        MinKeyBits = minKeyBits;
        MaxKeyBits = maxKeyBits;
        DefaultKeyBits = defaultKeyBits;
    }

    public string Id { get; }
    public AlgorithmKind Kind { get; }
    public KeyFamily Family { get; }
    public int? BlockBits { get; }
    public int? OutputBits { get; }

    /// <summary>The only valid key sizes, when the algorithm has a fixed set.</summary>
    public IReadOnlyList<int>? KeySizes { get; }

    /// <summary>For families with a range of sizes (RSA, DH, DSA): the smallest and largest accepted as meaningful input.</summary>
    public int MinKeyBits { get; }
    public int MaxKeyBits { get; }

    /// <summary>Key size implied when none is given (e.g. KCipher-2: 128), if the algorithm has only one.</summary>
    public int? DefaultKeyBits { get; }

    /// <summary>Checks a key size against the algorithm's own definition; returns an error text for absurd sizes.</summary>
    public string? ValidateKeyBits(int bits)
    {
        if (KeySizes != null)
        {
            foreach (var s in KeySizes) { if (s == bits) { return null; } }
            return $"{bits} is not a valid key size for {Id} (valid: {string.Join(", ", KeySizes)} bits)";
        }
        if (MaxKeyBits > 0 && (bits < MinKeyBits || bits > MaxKeyBits))
        {
            return $"{bits} bits is not a meaningful key size for {Id} (expected {MinKeyBits} to {MaxKeyBits} bits)";
        }
        if (MaxKeyBits == 0 && Family == KeyFamily.None && Kind is not (AlgorithmKind.Mac or AlgorithmKind.KeyDerivation or AlgorithmKind.PasswordHash))
        {
            return $"{Id} takes no key size";
        }
        return null;
    }
}

/// <summary>The registry of every algorithm the catalogue knows, listed or not. IDs are the canonical names used
/// throughout the product; listed techniques use CRYPTREC's own spelling.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class Algorithms
{
    // e-Government Recommended, Table 1 (LS-0001-2022R2)
    public const string Dsa = "DSA";
    public const string Ecdsa = "ECDSA";
    public const string EdDsa = "EdDSA";
    public const string RsaPss = "RSA-PSS";
    public const string RsaSsaPkcs1 = "RSASSA-PKCS1-v1_5";
    public const string RsaOaep = "RSA-OAEP";
    public const string Dh = "DH";
    public const string Ecdh = "ECDH";
    public const string Aes = "AES";
    public const string Camellia = "Camellia";
    public const string KCipher2 = "KCipher-2";
    public const string Sha256 = "SHA-256";
    public const string Sha384 = "SHA-384";
    public const string Sha512 = "SHA-512";
    public const string Sha512_256 = "SHA-512/256";
    public const string Sha3_256 = "SHA3-256";
    public const string Sha3_384 = "SHA3-384";
    public const string Sha3_512 = "SHA3-512";
    public const string Shake128 = "SHAKE128";
    public const string Shake256 = "SHAKE256";
    public const string Cbc = "CBC";
    public const string Cfb = "CFB";
    public const string Ctr = "CTR";
    public const string Ofb = "OFB";
    public const string Xts = "XTS";
    public const string Ccm = "CCM";
    public const string Gcm = "GCM";
    public const string Cmac = "CMAC";
    public const string Hmac = "HMAC";
    public const string ChaCha20Poly1305 = "ChaCha20-Poly1305";
    public const string Iso9798_2 = "ISO/IEC 9798-2";
    public const string Iso9798_3 = "ISO/IEC 9798-3";
    public const string Iso9798_4 = "ISO/IEC 9798-4";

    // Table 2 (PQC)
    public const string MlKem = "ML-KEM";

    // Candidate
    public const string PsecKem = "PSEC-KEM";
    public const string CipherUnicornE = "CIPHERUNICORN-E";
    public const string HierocryptL1 = "Hierocrypt-L1";
    public const string Misty1 = "MISTY1";
    public const string CipherUnicornA = "CIPHERUNICORN-A";
    public const string Clefia = "CLEFIA";
    public const string Hierocrypt3 = "Hierocrypt-3";
    public const string Enocoro128v2 = "Enocoro-128v2";
    public const string Mugi = "MUGI";
    public const string MultiS01 = "MULTI-S01";
    public const string PcMacAes = "PC-MAC-AES";
    public const string Sc2000 = "SC2000";

    // Monitored
    public const string RsaesPkcs1 = "RSAES-PKCS1-v1_5";
    public const string TripleDes3Key = "3-key Triple DES";
    public const string Ripemd160 = "RIPEMD-160";
    public const string Sha1 = "SHA-1";
    public const string CbcMac = "CBC-MAC";
    public const string Rc4 = "RC4";

    // Key types whose scheme is not (yet) known
    public const string Rsa = "RSA";
    public const string EcKey = "EC";
    public const string TripleDes = "Triple DES";

    // Known, not listed (REFERENCE §1.8)
    public const string RsaRaw = "RSA (no padding)";
    public const string TripleDes2Key = "2-key Triple DES";
    public const string Des = "DES";
    public const string Rc2 = "RC2";
    public const string Rc5 = "RC5";
    public const string Rc6 = "RC6";
    public const string Blowfish = "Blowfish";
    public const string Twofish = "Twofish";
    public const string Serpent = "Serpent";
    public const string Idea = "IDEA";
    public const string Seed = "SEED";
    public const string Aria = "ARIA";
    public const string Cast5 = "CAST5";
    public const string Cast6 = "CAST6";
    public const string Sm4 = "SM4";
    public const string Gost28147 = "GOST 28147-89";
    public const string Kuznyechik = "Kuznyechik";
    public const string Magma = "Magma";
    public const string Skipjack = "Skipjack";
    public const string Tea = "TEA";
    public const string Xtea = "XTEA";
    public const string Threefish = "Threefish";
    public const string Noekeon = "Noekeon";
    public const string Rijndael = "Rijndael";
    public const string ChaCha20 = "ChaCha20";
    public const string Salsa20 = "Salsa20";
    public const string XSalsa20 = "XSalsa20";
    public const string XChaCha20Poly1305 = "XChaCha20-Poly1305";
    public const string Hc128 = "HC-128";
    public const string Hc256 = "HC-256";
    public const string Grain128 = "Grain-128";
    public const string Isaac = "ISAAC";
    public const string Vmpc = "VMPC";
    public const string Aegis = "AEGIS";
    public const string Ecb = "ECB";
    public const string Cts = "CTS";
    public const string Eax = "EAX";
    public const string Ocb = "OCB";
    public const string GcmSiv = "GCM-SIV";
    public const string Siv = "SIV";
    public const string Kw = "AES-KW";
    public const string Kwp = "AES-KWP";
    public const string TdesKw = "TDES key wrap";
    public const string Gmac = "GMAC";
    public const string Kmac128 = "KMAC128";
    public const string Kmac256 = "KMAC256";
    public const string Poly1305 = "Poly1305";
    public const string SipHash = "SipHash";
    public const string Md2 = "MD2";
    public const string Md4 = "MD4";
    public const string Md5 = "MD5";
    public const string Sha224 = "SHA-224";
    public const string Sha512_224 = "SHA-512/224";
    public const string Sha3_224 = "SHA3-224";
    public const string Keccak256 = "Keccak-256";
    public const string Ripemd128 = "RIPEMD-128";
    public const string Ripemd256 = "RIPEMD-256";
    public const string Ripemd320 = "RIPEMD-320";
    public const string Whirlpool = "Whirlpool";
    public const string Tiger = "Tiger";
    public const string Sm3 = "SM3";
    public const string Gost3411 = "GOST R 34.11";
    public const string Blake2b = "BLAKE2b";
    public const string Blake2s = "BLAKE2s";
    public const string Blake3 = "BLAKE3";
    public const string Sm2 = "SM2";
    public const string GostSignature = "GOST R 34.10";
    public const string ElGamal = "ElGamal";
    public const string Ecies = "ECIES";
    public const string RsaKem = "RSA-KEM";
    public const string Iso9796_2 = "ISO/IEC 9796-2 signature";
    public const string MlDsa = "ML-DSA";
    public const string SlhDsa = "SLH-DSA";
    public const string FnDsa = "FN-DSA";
    public const string Lms = "LMS";
    public const string Xmss = "XMSS";
    public const string ClassicMcEliece = "Classic McEliece";
    public const string Frodo = "FrodoKEM";
    public const string Pbkdf1 = "PBKDF1";
    public const string Pbkdf2 = "PBKDF2";
    public const string Hkdf = "HKDF";
    public const string Sp800108Kdf = "SP 800-108 KDF";
    public const string Scrypt = "scrypt";
    public const string Argon2 = "Argon2";
    public const string Bcrypt = "bcrypt";
    public const string Drbg = "DRBG";
    public const string Rng = "RNG";
    public const string Srp = "SRP";
    public const string Psk = "PSK";
    public const string Kerberos = "Kerberos";
    public const string EcjPake = "ECCPWD";
    public const string NullCipher = "NULL";
    public const string Eccsi = "ECCSI";
    public const string Ibs = "ISO/IEC identity-based signature";
    public const string Anonymous = "anonymous";

    // OpenSSH algorithms outside the list (issue 11): UMAC (RFC 4418) and Streamlined NTRU Prime (sntrup761).
    public const string Umac = "UMAC";
    public const string NtruPrime = "Streamlined NTRU Prime";

    private static readonly Dictionary<string, AlgorithmInfo> ById = Build();

    /// <summary>Every algorithm the catalogue knows.</summary>
    public static IEnumerable<AlgorithmInfo> All => ById.Values;

    /// <summary>Looks up an algorithm by canonical ID (case-insensitive).</summary>
    public static AlgorithmInfo? Get(string? id) => id != null && ById.TryGetValue(id, out var info) ? info : null;

    /// <summary>True when the key size is part of the usual name ("RSA-2048", "AES-128").</summary>
    public static bool ShowsKeyBits(string id)
    {
        var info = Get(id);
        return info != null && (info.Family is KeyFamily.Ifc or KeyFamily.Ffc
            || info.Kind is AlgorithmKind.BlockCipher && info.KeySizes is { Count: > 1 });
    }

    private static Dictionary<string, AlgorithmInfo> Build()
    {
        var d = new Dictionary<string, AlgorithmInfo>(StringComparer.OrdinalIgnoreCase);
        void Add(AlgorithmInfo a) => d.Add(a.Id, a);
        void Many(AlgorithmKind kind, params string[] ids) { foreach (var id in ids) { Add(new AlgorithmInfo(id, kind)); } }

        // Public-key schemes (key sizes: modulus bits; ranges reject absurd input, not weak input).
        foreach (var id in new[] { RsaPss, RsaSsaPkcs1, Iso9796_2 }) { Add(new AlgorithmInfo(id, AlgorithmKind.Signature, KeyFamily.Ifc, minKeyBits: 256, maxKeyBits: 65536)); }
        foreach (var id in new[] { RsaOaep, RsaesPkcs1, RsaRaw, RsaKem }) { Add(new AlgorithmInfo(id, AlgorithmKind.PublicKeyEncryption, KeyFamily.Ifc, minKeyBits: 256, maxKeyBits: 65536)); }
        Add(new AlgorithmInfo(Rsa, AlgorithmKind.KeyPair, KeyFamily.Ifc, minKeyBits: 256, maxKeyBits: 65536));
        Add(new AlgorithmInfo(Dsa, AlgorithmKind.Signature, KeyFamily.Ffc, minKeyBits: 256, maxKeyBits: 65536));
        Add(new AlgorithmInfo(Dh, AlgorithmKind.KeyAgreement, KeyFamily.Ffc, minKeyBits: 256, maxKeyBits: 65536));
        Add(new AlgorithmInfo(ElGamal, AlgorithmKind.PublicKeyEncryption, KeyFamily.Ffc, minKeyBits: 256, maxKeyBits: 65536));
        Add(new AlgorithmInfo(Ecdsa, AlgorithmKind.Signature, KeyFamily.Ecc, minKeyBits: 112, maxKeyBits: 1024));
        Add(new AlgorithmInfo(Ecdh, AlgorithmKind.KeyAgreement, KeyFamily.Ecc, minKeyBits: 112, maxKeyBits: 1024));
        Add(new AlgorithmInfo(EcKey, AlgorithmKind.KeyPair, KeyFamily.Ecc, minKeyBits: 112, maxKeyBits: 1024));
        Add(new AlgorithmInfo(EdDsa, AlgorithmKind.Signature, KeyFamily.Ecc, minKeyBits: 255, maxKeyBits: 456));
        Add(new AlgorithmInfo(Ecies, AlgorithmKind.PublicKeyEncryption, KeyFamily.Ecc, minKeyBits: 112, maxKeyBits: 1024));
        Add(new AlgorithmInfo(Sm2, AlgorithmKind.Signature, KeyFamily.Ecc, minKeyBits: 256, maxKeyBits: 256));
        Add(new AlgorithmInfo(GostSignature, AlgorithmKind.Signature, KeyFamily.Ecc, minKeyBits: 256, maxKeyBits: 512));
        Many(AlgorithmKind.Kem, MlKem, PsecKem, ClassicMcEliece, Frodo);
        Many(AlgorithmKind.Signature, MlDsa, SlhDsa, FnDsa, Lms, Xmss);

        // Block ciphers (key sizes per their specifications; Triple DES as effective key bits).
        Add(new AlgorithmInfo(Aes, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 192, 256 }));
        Add(new AlgorithmInfo(Camellia, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 192, 256 }));
        Add(new AlgorithmInfo(Aria, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 192, 256 }));
        Add(new AlgorithmInfo(Clefia, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 192, 256 }));
        Add(new AlgorithmInfo(CipherUnicornA, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 192, 256 }));
        Add(new AlgorithmInfo(Hierocrypt3, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 192, 256 }));
        Add(new AlgorithmInfo(Sc2000, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 192, 256 }));
        Add(new AlgorithmInfo(Twofish, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 192, 256 }));
        Add(new AlgorithmInfo(Serpent, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 192, 256 }));
        Add(new AlgorithmInfo(Cast6, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 160, 192, 224, 256 }));
        Add(new AlgorithmInfo(Rc6, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, minKeyBits: 8, maxKeyBits: 2040));
        Add(new AlgorithmInfo(Seed, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Sm4, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Kuznyechik, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(Noekeon, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Rijndael, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 128, keySizes: new[] { 128, 160, 192, 224, 256 }));
        Add(new AlgorithmInfo(Threefish, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 256, keySizes: new[] { 256, 512, 1024 }));
        Add(new AlgorithmInfo(TripleDes3Key, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 168 }, defaultKeyBits: 168));
        Add(new AlgorithmInfo(TripleDes2Key, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 112 }, defaultKeyBits: 112));
        Add(new AlgorithmInfo(TripleDes, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 112, 168 }));
        Add(new AlgorithmInfo(Des, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 56 }, defaultKeyBits: 56));
        Add(new AlgorithmInfo(Rc2, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, minKeyBits: 8, maxKeyBits: 1024));
        Add(new AlgorithmInfo(Rc5, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, minKeyBits: 8, maxKeyBits: 2040));
        Add(new AlgorithmInfo(Blowfish, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, minKeyBits: 32, maxKeyBits: 448));
        Add(new AlgorithmInfo(Idea, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Cast5, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, minKeyBits: 40, maxKeyBits: 128));
        Add(new AlgorithmInfo(Gost28147, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(Magma, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(Skipjack, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 80 }, defaultKeyBits: 80));
        Add(new AlgorithmInfo(Tea, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Xtea, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(CipherUnicornE, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(HierocryptL1, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Misty1, AlgorithmKind.BlockCipher, KeyFamily.Symmetric, 64, keySizes: new[] { 128 }, defaultKeyBits: 128));

        // Stream and authenticated ciphers.
        Add(new AlgorithmInfo(KCipher2, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Enocoro128v2, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Mugi, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(MultiS01, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(Rc4, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, minKeyBits: 40, maxKeyBits: 2048));
        Add(new AlgorithmInfo(ChaCha20, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 128, 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(Salsa20, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 128, 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(XSalsa20, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(Hc128, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Hc256, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(Grain128, AlgorithmKind.StreamCipher, KeyFamily.Symmetric, keySizes: new[] { 128 }, defaultKeyBits: 128));
        Add(new AlgorithmInfo(Isaac, AlgorithmKind.StreamCipher));
        Add(new AlgorithmInfo(Vmpc, AlgorithmKind.StreamCipher));
        Add(new AlgorithmInfo(ChaCha20Poly1305, AlgorithmKind.AuthenticatedCipher, KeyFamily.Symmetric, keySizes: new[] { 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(XChaCha20Poly1305, AlgorithmKind.AuthenticatedCipher, KeyFamily.Symmetric, keySizes: new[] { 256 }, defaultKeyBits: 256));
        Add(new AlgorithmInfo(Aegis, AlgorithmKind.AuthenticatedCipher, KeyFamily.Symmetric, keySizes: new[] { 128, 256 }));
        Add(new AlgorithmInfo(NullCipher, AlgorithmKind.Null));

        // Hash functions (output bits per FIPS 180-4 / FIPS 202 / their specifications).
        void Hash(string id, int bits) => Add(new AlgorithmInfo(id, AlgorithmKind.Hash, outputBits: bits));
        Hash(Sha256, 256); Hash(Sha384, 384); Hash(Sha512, 512); Hash(Sha512_256, 256); Hash(Sha224, 224); Hash(Sha512_224, 224);
        Hash(Sha3_256, 256); Hash(Sha3_384, 384); Hash(Sha3_512, 512); Hash(Sha3_224, 224); Hash(Keccak256, 256);
        Hash(Sha1, 160); Hash(Md2, 128); Hash(Md4, 128); Hash(Md5, 128);
        Hash(Ripemd160, 160); Hash(Ripemd128, 128); Hash(Ripemd256, 256); Hash(Ripemd320, 320);
        Hash(Whirlpool, 512); Hash(Tiger, 192); Hash(Sm3, 256); Hash(Gost3411, 256);
        Hash(Blake2b, 512); Hash(Blake2s, 256); Hash(Blake3, 256);
        Add(new AlgorithmInfo(Shake128, AlgorithmKind.ExtendableOutput));
        Add(new AlgorithmInfo(Shake256, AlgorithmKind.ExtendableOutput));

        // Modes of operation.
        Many(AlgorithmKind.Mode, Cbc, Cfb, Ctr, Ofb, Xts, Ccm, Gcm, Ecb, Cts, Eax, Ocb, GcmSiv, Siv);

        // MACs.
        Many(AlgorithmKind.Mac, Hmac, Cmac, CbcMac, PcMacAes, Gmac, Kmac128, Kmac256, Poly1305, SipHash);

        // Entity authentication.
        Many(AlgorithmKind.EntityAuthentication, Iso9798_2, Iso9798_3, Iso9798_4);

        // Not list categories.
        Many(AlgorithmKind.KeyDerivation, Pbkdf1, Pbkdf2, Hkdf, Sp800108Kdf);
        Many(AlgorithmKind.PasswordHash, Scrypt, Argon2, Bcrypt);
        Many(AlgorithmKind.RandomGenerator, Drbg, Rng);
        Many(AlgorithmKind.KeyWrap, Kw, Kwp, TdesKw);
        Many(AlgorithmKind.Other, Srp, Psk, Kerberos, EcjPake, Anonymous);
        Many(AlgorithmKind.Signature, Eccsi, Ibs);
        Many(AlgorithmKind.Mac, Umac);
        Many(AlgorithmKind.Kem, NtruPrime);
        return d;
    }
}
