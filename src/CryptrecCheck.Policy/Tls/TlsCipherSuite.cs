using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Tls;

/// <summary>Which protocol family a cipher suite belongs to.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum SuiteProtocol
{
    /// <summary>TLS 1.0–1.2 (and SSL 3.0) suites: key exchange and authentication are part of the suite.</summary>
    Tls12,

    /// <summary>TLS 1.3 suites: only the AEAD and the HKDF hash.</summary>
    Tls13,

    /// <summary>SSL 2.0 CIPHER-KIND values.</summary>
    Ssl2,

    /// <summary>Signalling values (TLS_EMPTY_RENEGOTIATION_INFO_SCSV, TLS_FALLBACK_SCSV): not a cipher suite.</summary>
    Signalling,
}

/// <summary>A cipher suite decomposed into key exchange, authentication, cipher and mode, key bits and MAC/PRF hash.
/// Decomposition reads the IANA name, whose grammar is fixed by the RFCs that define the suites.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class TlsCipherSuite
{
    internal TlsCipherSuite(int code, string name, SuiteProtocol protocol, string keyExchange, string authentication,
        string cipher, int cipherKeyBits, string? mode, int? tagBits, string? macHash, string? prfHash, bool export)
    {
        Code = code;
        Name = name;
        Protocol = protocol;
        KeyExchange = keyExchange;
        Authentication = authentication;
        Cipher = cipher;
        CipherKeyBits = cipherKeyBits;
        Mode = mode;
        TagBits = tagBits;
        MacHash = macHash;
        PrfHash = prfHash;
        IsExport = export;
    }

    /// <summary>IANA code point (2 bytes; 3 bytes for SSL 2.0 kinds).</summary>
    public int Code { get; }

    /// <summary>IANA name (SSL_CK_… for SSL 2.0).</summary>
    public string Name { get; }

    public SuiteProtocol Protocol { get; }

    /// <summary>RSA, DH, DHE, ECDH, ECDHE, PSK, DHE_PSK, RSA_PSK, ECDHE_PSK, SRP, KRB5, ECCPWD, GOST, NULL, or ANY (TLS 1.3).</summary>
    public string KeyExchange { get; }

    /// <summary>RSA, DSS, ECDSA, anon, PSK, SRP, KRB5, ECCPWD, GOST, NULL, or ANY (TLS 1.3).</summary>
    public string Authentication { get; }

    /// <summary>Canonical cipher algorithm ID (AES, Camellia, 3-key Triple DES, ChaCha20-Poly1305, RC4, NULL, …).</summary>
    public string Cipher { get; }

    public int CipherKeyBits { get; }

    /// <summary>Mode of the block cipher (CBC, GCM, CCM, CTR), null for stream ciphers and ChaCha20-Poly1305.</summary>
    public string? Mode { get; }

    /// <summary>Tag length for AEAD suites (CCM_8: 64).</summary>
    public int? TagBits { get; }

    /// <summary>HMAC hash of MAC-then-encrypt suites (SHA-1 for "_SHA"), null for AEAD suites.</summary>
    public string? MacHash { get; }

    /// <summary>PRF/HKDF hash where the suite names it.</summary>
    public string? PrfHash { get; }

    public bool IsExport { get; }

    /// <summary>True for AEAD suites (GCM, CCM, ChaCha20-Poly1305, TLS 1.3).</summary>
    public bool IsAead => MacHash == null && Cipher != Algorithms.NullCipher;

    /// <summary>True when the key exchange gives forward secrecy (ECDHE, DHE; every TLS 1.3 suite).</summary>
    public bool HasForwardSecrecy => Protocol == SuiteProtocol.Tls13 || KeyExchange is "ECDHE" or "DHE" or "ECDHE_PSK" or "DHE_PSK";

    /// <summary>Code point as "0xC0,0x2F" (or "0x07,0x00,0xC0" for SSL 2.0).</summary>
    public string CodeText => Protocol == SuiteProtocol.Ssl2
        ? $"0x{(Code >> 16) & 0xFF:X2},0x{(Code >> 8) & 0xFF:X2},0x{Code & 0xFF:X2}"
        : $"0x{(Code >> 8) & 0xFF:X2},0x{Code & 0xFF:X2}";

    public override string ToString() => $"{Name} ({CodeText})";

    private static readonly (string Token, string Cipher, int Bits, string? Mode, int? Tag)[] CipherTokens =
    {
        ("3DES_EDE_CBC", Algorithms.TripleDes3Key, 168, "CBC", null),
        ("AES_128_CCM_8", Algorithms.Aes, 128, "CCM", 64),
        ("AES_256_CCM_8", Algorithms.Aes, 256, "CCM", 64),
        ("AES_128_CCM", Algorithms.Aes, 128, "CCM", 128),
        ("AES_256_CCM", Algorithms.Aes, 256, "CCM", 128),
        ("AES_128_GCM", Algorithms.Aes, 128, "GCM", 128),
        ("AES_256_GCM", Algorithms.Aes, 256, "GCM", 128),
        ("AES_128_CBC", Algorithms.Aes, 128, "CBC", null),
        ("AES_256_CBC", Algorithms.Aes, 256, "CBC", null),
        ("CAMELLIA_128_GCM", Algorithms.Camellia, 128, "GCM", 128),
        ("CAMELLIA_256_GCM", Algorithms.Camellia, 256, "GCM", 128),
        ("CAMELLIA_128_CBC", Algorithms.Camellia, 128, "CBC", null),
        ("CAMELLIA_256_CBC", Algorithms.Camellia, 256, "CBC", null),
        ("ARIA_128_GCM", Algorithms.Aria, 128, "GCM", 128),
        ("ARIA_256_GCM", Algorithms.Aria, 256, "GCM", 128),
        ("ARIA_128_CBC", Algorithms.Aria, 128, "CBC", null),
        ("ARIA_256_CBC", Algorithms.Aria, 256, "CBC", null),
        ("CHACHA20_POLY1305", Algorithms.ChaCha20Poly1305, 256, null, 128),
        ("SEED_CBC", Algorithms.Seed, 128, "CBC", null),
        ("IDEA_CBC", Algorithms.Idea, 128, "CBC", null),
        ("DES_CBC_40", Algorithms.Des, 40, "CBC", null),
        ("DES40_CBC", Algorithms.Des, 40, "CBC", null),
        ("DES_CBC", Algorithms.Des, 56, "CBC", null),
        ("DES_64_CBC", Algorithms.Des, 56, "CBC", null),
        ("DES_192_EDE3_CBC", Algorithms.TripleDes3Key, 168, "CBC", null),
        ("RC4_128_EXPORT40", Algorithms.Rc4, 40, null, null),
        ("RC4_128", Algorithms.Rc4, 128, null, null),
        ("RC4_40", Algorithms.Rc4, 40, null, null),
        ("RC2_128_CBC_EXPORT40", Algorithms.Rc2, 40, "CBC", null),
        ("RC2_128_CBC", Algorithms.Rc2, 128, "CBC", null),
        ("RC2_CBC_40", Algorithms.Rc2, 40, "CBC", null),
        ("IDEA_128_CBC", Algorithms.Idea, 128, "CBC", null),
        ("KUZNYECHIK_CTR", Algorithms.Kuznyechik, 256, "CTR", null),
        ("MAGMA_CTR", Algorithms.Magma, 256, "CTR", null),
        ("28147_CNT", Algorithms.Gost28147, 256, "CTR", null),
        ("KUZNYECHIK_MGM_L", Algorithms.Kuznyechik, 256, "MGM", 128),
        ("KUZNYECHIK_MGM_S", Algorithms.Kuznyechik, 256, "MGM", 128),
        ("MAGMA_MGM_L", Algorithms.Magma, 256, "MGM", 64),
        ("MAGMA_MGM_S", Algorithms.Magma, 256, "MGM", 64),
        ("SM4_GCM", Algorithms.Sm4, 128, "GCM", 128),
        ("SM4_CCM", Algorithms.Sm4, 128, "CCM", 128),
        ("AEGIS_256", Algorithms.Aegis, 256, null, 128),
        ("AEGIS_128L", Algorithms.Aegis, 128, null, 128),
        ("NULL", Algorithms.NullCipher, 0, null, null),
    };

    private static readonly Dictionary<string, (string Kx, string Au, bool Export)> KxTokens = new(StringComparer.Ordinal)
    {
        ["NULL"] = ("NULL", "NULL", false),
        ["RSA"] = ("RSA", "RSA", false),
        ["RSA_EXPORT"] = ("RSA", "RSA", true),
        ["RSA_EXPORT1024"] = ("RSA", "RSA", true),
        ["DH_DSS"] = ("DH", "DSS", false),
        ["DH_DSS_EXPORT"] = ("DH", "DSS", true),
        ["DH_RSA"] = ("DH", "RSA", false),
        ["DH_RSA_EXPORT"] = ("DH", "RSA", true),
        ["DHE_DSS"] = ("DHE", "DSS", false),
        ["DHE_DSS_EXPORT"] = ("DHE", "DSS", true),
        ["DHE_RSA"] = ("DHE", "RSA", false),
        ["DHE_RSA_EXPORT"] = ("DHE", "RSA", true),
        ["DH_anon"] = ("DH", "anon", false),
        ["DH_anon_EXPORT"] = ("DH", "anon", true),
        ["KRB5"] = ("KRB5", "KRB5", false),
        ["KRB5_EXPORT"] = ("KRB5", "KRB5", true),
        ["PSK"] = ("PSK", "PSK", false),
        ["DHE_PSK"] = ("DHE_PSK", "PSK", false),
        ["PSK_DHE"] = ("DHE_PSK", "PSK", false),
        ["RSA_PSK"] = ("RSA_PSK", "PSK", false),
        ["ECDHE_PSK"] = ("ECDHE_PSK", "PSK", false),
        ["ECDH_ECDSA"] = ("ECDH", "ECDSA", false),
        ["ECDHE_ECDSA"] = ("ECDHE", "ECDSA", false),
        ["ECDH_RSA"] = ("ECDH", "RSA", false),
        ["ECDHE_RSA"] = ("ECDHE", "RSA", false),
        ["ECDH_anon"] = ("ECDH", "anon", false),
        ["SRP_SHA"] = ("SRP", "SRP", false),
        ["SRP_SHA_RSA"] = ("SRP", "RSA", false),
        ["SRP_SHA_DSS"] = ("SRP", "DSS", false),
        ["ECCPWD"] = ("ECCPWD", "ECCPWD", false),
        ["GOSTR341112_256"] = ("GOST", "GOST", false),
    };

    private static readonly Dictionary<string, string> HashTokens = new(StringComparer.Ordinal)
    {
        ["MD5"] = Algorithms.Md5,
        ["SHA"] = Algorithms.Sha1,
        ["SHA256"] = Algorithms.Sha256,
        ["SHA384"] = Algorithms.Sha384,
        ["SM3"] = Algorithms.Sm3,
        ["OMAC"] = Algorithms.Gost3411,
        ["IMIT"] = Algorithms.Gost3411,
        ["NULL"] = Algorithms.NullCipher,
    };

    /// <summary>Decomposes a suite from its IANA name; returns null for a name outside the registry's grammar.</summary>
    internal static TlsCipherSuite? Decompose(int code, string name)
    {
        if (name.EndsWith("_SCSV", StringComparison.Ordinal))
        {
            return new TlsCipherSuite(code, name, SuiteProtocol.Signalling, "NONE", "NONE", Algorithms.NullCipher, 0, null, null, null, null, false);
        }
        if (name.StartsWith("SSL_CK_", StringComparison.Ordinal))
        {
            // SSL 2.0: RSA key transport, MD5 MAC throughout (the kind's name ends in _WITH_MD5).
            var body = name.Substring("SSL_CK_".Length);
            var at = body.LastIndexOf("_WITH_", StringComparison.Ordinal);
            if (at < 0) { return null; }
            var c = MatchCipher(body.Substring(0, at), out var rest);
            if (c == null || rest.Length != 0) { return null; }
            var (cipher, bits, mode, tag) = c.Value;
            return new TlsCipherSuite(code, name, SuiteProtocol.Ssl2, "RSA", "RSA", cipher, bits, mode, tag, Algorithms.Md5, null, bits < 56);
        }
        if (!name.StartsWith("TLS_", StringComparison.Ordinal)) { return null; }
        var tail = name.Substring(4);
        var with = tail.IndexOf("_WITH_", StringComparison.Ordinal);
        if (with < 0)
        {
            // TLS 1.3 grammar: TLS_<AEAD>_<HASH>, or RFC 9150 integrity-only TLS_SHA256_SHA256.
            if (tail is "SHA256_SHA256" or "SHA384_SHA384")
            {
                var h = HashTokens[tail.Substring(0, 6)];
                return new TlsCipherSuite(code, name, SuiteProtocol.Tls13, "ANY", "ANY", Algorithms.NullCipher, 0, null, null, h, h, false);
            }
            var m = MatchCipher(tail, out var hashPart);
            if (m == null || !HashTokens.TryGetValue(hashPart, out var prf)) { return null; }
            var (c13, b13, mode13, tag13) = m.Value;
            return new TlsCipherSuite(code, name, SuiteProtocol.Tls13, "ANY", "ANY", c13, b13, mode13, tag13, null, prf, false);
        }

        if (!KxTokens.TryGetValue(tail.Substring(0, with), out var kx)) { return null; }
        var cm = MatchCipher(tail.Substring(with + 6), out var macPart);
        if (cm == null) { return null; }
        var (cph, kb, md, tg) = cm.Value;
        string? macHash = null;
        string? prfHash = null;
        var aead = md is "GCM" or "CCM" or "MGM" || cph == Algorithms.ChaCha20Poly1305;
        if (macPart.Length > 0)
        {
            if (!HashTokens.TryGetValue(macPart, out var h)) { return null; }
            if (aead) { prfHash = h; } else { macHash = h; }
        }
        else if (aead)
        {
            prfHash = md == "MGM" ? Algorithms.Gost3411 : Algorithms.Sha256; // CCM suites use the TLS 1.2 SHA-256 PRF (RFC 6655).
        }
        else
        {
            return null;
        }
        return new TlsCipherSuite(code, name, SuiteProtocol.Tls12, kx.Kx, kx.Au, cph, kb, md, aead ? tg : null, macHash, prfHash, kx.Export);
    }

    private static (string Cipher, int Bits, string? Mode, int? Tag)? MatchCipher(string s, out string rest)
    {
        foreach (var t in CipherTokens)
        {
            if (s == t.Token) { rest = string.Empty; return (t.Cipher, t.Bits, t.Mode, t.Tag); }
            if (s.StartsWith(t.Token + "_", StringComparison.Ordinal))
            {
                rest = s.Substring(t.Token.Length + 1);
                return (t.Cipher, t.Bits, t.Mode, t.Tag);
            }
        }
        rest = s;
        return null;
    }
}
