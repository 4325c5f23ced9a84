namespace CryptrecCheck.Config.GnuTls;

/// <summary>
/// The algorithm names a GnuTLS 3.7.9 priority string accepts (compared without regard to case, as GnuTLS compares them),
/// and the built-in lists its keywords stand for — facts about the installed library (Debian 12's build: no SSL 3.0, no
/// ARCFOUR-40, AES acceleration), checked against `gnutls-cli --priority … --list` by the tests.
/// </summary>
internal static class GnuTlsNames
{
    // Protocol ids as GnuTLS numbers them (the order and the comparisons of its version checks depend on it).
    internal const int Ssl30 = 1, Tls10 = 2, Tls11 = 3, Tls12 = 4, Tls13 = 5, Dtls09 = 200, Dtls10 = 201, Dtls12 = 202, Never = 0xFF;

    internal static readonly (string Name, int Id)[] Protocols =
    {
        ("SSL3.0", Ssl30), ("TLS1.0", Tls10), ("TLS1.1", Tls11), ("TLS1.2", Tls12), ("TLS1.3", Tls13),
        ("DTLS0.9", Dtls09), ("DTLS1.0", Dtls10), ("DTLS1.2", Dtls12),
    };

    internal static string ProtocolName(int id) => Protocols.First(p => p.Id == id).Name;

    internal static bool IsDtls(int id) => id >= Dtls09;

    /// <summary>A cipher GnuTLS knows by name; <c>Exists</c> false when this build cannot run it (added by name: ignored).</summary>
    internal readonly record struct CipherInfo(string Name, bool Exists, bool Aead);

    internal static readonly CipherInfo[] Ciphers =
    {
        new("AES-256-CBC", true, false), new("AES-192-CBC", true, false), new("AES-128-CBC", true, false),
        new("AES-128-GCM", true, true), new("AES-192-GCM", true, true), new("AES-256-GCM", true, true),
        new("AES-128-CCM", true, true), new("AES-256-CCM", true, true), new("AES-128-CCM-8", true, true), new("AES-256-CCM-8", true, true),
        new("ARCFOUR-128", true, false), new("ESTREAM-SALSA20-256", true, false), new("SALSA20-256", true, false),
        new("CHACHA20-32", true, false), new("CHACHA20-64", true, false), new("CAMELLIA-256-CBC", true, false),
        new("CAMELLIA-192-CBC", true, false), new("CAMELLIA-128-CBC", true, false), new("CHACHA20-POLY1305", true, true),
        new("CAMELLIA-128-GCM", true, true), new("CAMELLIA-256-GCM", true, true), new("GOST28147-TC26Z-CFB", true, false),
        new("GOST28147-CPA-CFB", true, false), new("GOST28147-CPB-CFB", true, false), new("GOST28147-CPC-CFB", true, false),
        new("GOST28147-CPD-CFB", true, false), new("AES-128-CFB8", true, false), new("AES-192-CFB8", true, false),
        new("AES-256-CFB8", true, false), new("AES-128-XTS", true, false), new("AES-256-XTS", true, false),
        new("AES-128-SIV", true, true), new("AES-256-SIV", true, true), new("GOST28147-TC26Z-CNT", true, false),
        new("MAGMA-CTR-ACPKM", true, false), new("KUZNYECHIK-CTR-ACPKM", true, false), new("3DES-CBC", true, false),
        new("DES-CBC", true, false), new("ARCFOUR-40", false, false), new("RC2-40", true, false), new("NULL", true, false),
    };

    /// <summary>MAC names the parser accepts (digests this build cannot use as a MAC — SHA3, SHAKE, MD2, RIPEMD160, MD5+SHA1 — are
    /// a syntax error, as in GnuTLS).</summary>
    internal static readonly string[] Macs =
    {
        "SHA1", "SHA256", "SHA384", "SHA512", "SHA224", "UMAC-96", "UMAC-128", "AEAD", "MD5", "GOSTR341194", "STREEBOG-256",
        "STREEBOG-512", "AES-CMAC-128", "AES-CMAC-256", "AES-GMAC-128", "AES-GMAC-192", "AES-GMAC-256", "GOST28147-TC26Z-IMIT",
        "OMAC-MAGMA", "OMAC-KUZNYECHIK", "MAC-NULL",
    };

    internal static readonly (string Name, GnuTlsKx Kx)[] KeyExchanges =
    {
        ("ECDHE-RSA", GnuTlsKx.EcdheRsa), ("ECDHE-ECDSA", GnuTlsKx.EcdheEcdsa), ("RSA", GnuTlsKx.Rsa), ("DHE-RSA", GnuTlsKx.DheRsa),
        ("DHE-DSS", GnuTlsKx.DheDss), ("PSK", GnuTlsKx.Psk), ("RSA-PSK", GnuTlsKx.RsaPsk), ("DHE-PSK", GnuTlsKx.DhePsk),
        ("ECDHE-PSK", GnuTlsKx.EcdhePsk), ("SRP-DSS", GnuTlsKx.SrpDss), ("SRP-RSA", GnuTlsKx.SrpRsa), ("SRP", GnuTlsKx.Srp),
        ("ANON-DH", GnuTlsKx.AnonDh), ("ANON-ECDH", GnuTlsKx.AnonEcdh), ("VKO-GOST-12", GnuTlsKx.VkoGost12),
        ("RSA-EXPORT", GnuTlsKx.None), // known to GnuTLS but invalid: accepted and ignored
    };

    /// <summary>A key-exchange group; <c>Supported</c> false when this build does not offer it (never listed).</summary>
    internal readonly record struct GroupInfo(string Name, bool Curve, bool Supported, string? Iana);

    internal static readonly GroupInfo[] Groups =
    {
        new("SECP192R1", true, true, "secp192r1"), new("SECP224R1", true, true, "secp224r1"), new("SECP256R1", true, true, "secp256r1"),
        new("SECP384R1", true, true, "secp384r1"), new("SECP521R1", true, true, "secp521r1"), new("X25519", true, true, "x25519"),
        new("GC256A", true, false, null), new("GC256B", true, true, "GC256B"), new("GC256C", true, false, null), new("GC256D", true, false, null),
        new("GC512A", true, true, "GC512A"), new("GC512B", true, false, null), new("GC512C", true, false, null), new("X448", true, true, "x448"),
        new("FFDHE2048", false, true, "ffdhe2048"), new("FFDHE3072", false, true, "ffdhe3072"), new("FFDHE4096", false, true, "ffdhe4096"),
        new("FFDHE6144", false, true, "ffdhe6144"), new("FFDHE8192", false, true, "ffdhe8192"),
    };

    /// <summary>CURVE- names: the curves that are also groups, and the signature-only curves (accepted, never a group).</summary>
    internal static readonly (string Name, string? Group)[] Curves =
    {
        ("SECP192R1", "SECP192R1"), ("SECP224R1", "SECP224R1"), ("SECP256R1", "SECP256R1"), ("SECP384R1", "SECP384R1"),
        ("SECP521R1", "SECP521R1"), ("X25519", "X25519"), ("X448", "X448"), ("Ed25519", null), ("Ed448", null),
    };

    // Signature semantics: which protocols a signature algorithm can be used with (bit 1: TLS ≤ 1.2, bit 2: TLS 1.3).
    internal const int SemPreTls13 = 2, SemTls13 = 4, SemDefault = SemPreTls13 | SemTls13;

    internal static readonly (string Name, int Sem)[] Signatures =
    {
        ("RSA-SHA256", SemDefault), ("RSA-SHA384", SemDefault), ("RSA-SHA512", SemDefault), ("RSA-PSS-SHA256", SemDefault),
        ("RSA-PSS-RSAE-SHA256", SemDefault), ("RSA-PSS-SHA384", SemDefault), ("RSA-PSS-RSAE-SHA384", SemDefault), ("RSA-PSS-SHA512", SemDefault),
        ("RSA-PSS-RSAE-SHA512", SemDefault), ("EdDSA-Ed25519", SemDefault), ("EdDSA-Ed448", SemDefault), ("ECDSA-SHA256", SemPreTls13),
        ("ECDSA-SHA384", SemPreTls13), ("ECDSA-SHA512", SemPreTls13), ("ECDSA-SECP256R1-SHA256", SemTls13), ("ECDSA-SECP384R1-SHA384", SemTls13),
        ("ECDSA-SECP521R1-SHA512", SemTls13), ("ECDSA-SHA3-224", 0), ("ECDSA-SHA3-256", 0), ("ECDSA-SHA3-384", 0), ("ECDSA-SHA3-512", 0),
        ("RSA-SHA3-224", 0), ("RSA-SHA3-256", 0), ("RSA-SHA3-384", 0), ("RSA-SHA3-512", 0), ("DSA-SHA3-224", 0), ("DSA-SHA3-256", 0),
        ("DSA-SHA3-384", 0), ("DSA-SHA3-512", 0), ("RSA-RAW", 0), ("RSA-SHA1", SemDefault), ("RSA-SHA224", 0), ("RSA-RMD160", 0),
        ("DSA-SHA1", SemPreTls13), ("DSA-SHA224", 0), ("DSA-SHA256", 0), ("RSA-MD5", 0), ("RSA-MD2", 0), ("ECDSA-SHA1", SemDefault),
        ("ECDSA-SHA224", 0), ("GOSTR341012-512", SemPreTls13), ("GOSTR341012-256", SemPreTls13), ("GOSTR341001", 0), ("GOSTR341094", 0),
        ("DSA-SHA384", 0), ("DSA-SHA512", 0),
    };

    /// <summary>The %options GnuTLS 3.7.9 knows (case-sensitive).</summary>
    internal static readonly HashSet<string> Options = new(StringComparer.Ordinal)
    {
        "COMPAT", "DUMBFW", "NO_EXTENSIONS", "NO_TICKETS", "NO_TICKETS_TLS12", "NO_ETM", "FORCE_ETM", "NO_SESSION_HASH",
        "STATELESS_COMPRESSION", "VERIFY_ALLOW_BROKEN", "VERIFY_ALLOW_SIGN_RSA_MD5", "VERIFY_ALLOW_SIGN_WITH_SHA1",
        "VERIFY_DISABLE_CRL_CHECKS", "SSL3_RECORD_VERSION", "LATEST_RECORD_VERSION", "VERIFY_ALLOW_X509_V1_CA_CRT",
        "UNSAFE_RENEGOTIATION", "SAFE_RENEGOTIATION", "PARTIAL_RENEGOTIATION", "DISABLE_SAFE_RENEGOTIATION", "FALLBACK_SCSV",
        "DISABLE_WILDCARDS", "SERVER_PRECEDENCE", "PROFILE_VERY_WEAK", "PROFILE_LOW", "PROFILE_LEGACY", "PROFILE_MEDIUM",
        "PROFILE_HIGH", "PROFILE_ULTRA", "PROFILE_FUTURE", "PROFILE_SUITEB128", "PROFILE_SUITEB192", "NEW_PADDING",
        "DEBUG_ALLOW_KEY_USAGE_VIOLATIONS", "ALLOW_SMALL_RECORDS", "DISABLE_TLS13_COMPAT_MODE",
    };

    private static Dictionary<string, int> Index(IEnumerable<string> names)
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        foreach (var n in names) { d.TryAdd(n, i++); }
        return d;
    }

    private static readonly Dictionary<string, int> CipherIndex = Index(Ciphers.Select(c => c.Name));
    private static readonly Dictionary<string, int> MacIndex = Index(Macs);
    private static readonly Dictionary<string, int> GroupIndex = Index(Groups.Select(g => g.Name));
    private static readonly Dictionary<string, int> SignIndex = Index(Signatures.Select(g => g.Name));

    internal static int CipherId(string name) => CipherIndex.TryGetValue(name, out var i) ? i : -1;

    internal static int MacId(string name) => MacIndex.TryGetValue(name, out var i) ? i : -1;

    /// <summary>A group id (index in <see cref="Groups"/>), or -1.</summary>
    internal static int GroupId(string name) => GroupIndex.TryGetValue(name, out var i) ? i : -1;

    internal static int SignId(string name) => SignIndex.TryGetValue(name, out var i) ? i : -1;

    internal static int[] CipherList(params string[] names) => names.Select(CipherId).ToArray();
    internal static int[] MacList(params string[] names) => names.Select(MacId).ToArray();
    internal static int[] GroupList(params string[] names) => names.Select(GroupId).ToArray();
    internal static int[] SignList(params string[] names) => names.Select(SignId).ToArray();
    internal static int[] KxList(params GnuTlsKx[] kx) => kx.Select(k => (int)k).ToArray();

    // The lists the keywords and the *-ALL names stand for.
    internal static readonly int[] ProtocolDefault = { Tls13, Tls12, Tls11, Tls10, Dtls12, Dtls10 };
    internal static readonly int[] ProtocolStream = { Tls13, Tls12, Tls11, Tls10 };
    internal static readonly int[] ProtocolDgram = { Dtls12, Dtls10, Dtls09 };
    internal static readonly int[] ProtocolDtls = { Dtls12, Dtls10 };
    internal static readonly int[] ProtocolSuiteB = { Tls12 };

    internal static readonly int[] KxSecure = KxList(GnuTlsKx.EcdheEcdsa, GnuTlsKx.EcdheRsa, GnuTlsKx.Rsa, GnuTlsKx.DheRsa);
    internal static readonly int[] KxPfs = KxList(GnuTlsKx.EcdheEcdsa, GnuTlsKx.EcdheRsa, GnuTlsKx.DheRsa);
    internal static readonly int[] KxPerformance = KxList(GnuTlsKx.Rsa, GnuTlsKx.EcdheEcdsa, GnuTlsKx.EcdheRsa, GnuTlsKx.DheRsa);
    internal static readonly int[] KxSuiteB = KxList(GnuTlsKx.EcdheEcdsa);
    internal static readonly int[] KxGost = KxList(GnuTlsKx.VkoGost12);

    internal static readonly int[] CipherNormal = CipherList("AES-256-GCM", "CHACHA20-POLY1305", "AES-256-CCM", "AES-256-CBC", "AES-128-GCM", "AES-128-CCM", "AES-128-CBC");
    // PERFORMANCE as on a CPU with AES instructions (without them GnuTLS puts CHACHA20-POLY1305 first).
    internal static readonly int[] CipherPerformance = CipherList("AES-128-GCM", "AES-256-GCM", "CHACHA20-POLY1305", "AES-128-CCM", "AES-256-CCM", "AES-128-CBC", "AES-256-CBC");
    internal static readonly int[] CipherSecure128 = CipherList("AES-256-GCM", "CHACHA20-POLY1305", "AES-256-CBC", "AES-256-CCM", "AES-128-GCM", "AES-128-CBC", "AES-128-CCM");
    internal static readonly int[] CipherSecure192 = CipherList("AES-256-GCM", "CHACHA20-POLY1305", "AES-256-CBC", "AES-256-CCM");
    internal static readonly int[] CipherSuiteB128 = CipherList("AES-256-GCM", "AES-128-GCM");
    internal static readonly int[] CipherSuiteB192 = CipherList("AES-256-GCM");
    internal static readonly int[] CipherGost = CipherList("GOST28147-TC26Z-CNT");

    internal static readonly int[] MacNormal = MacList("SHA1", "AEAD");
    internal static readonly int[] MacSecure192 = MacList("AEAD");
    internal static readonly int[] MacGost = MacList("GOST28147-TC26Z-IMIT");

    internal static readonly int[] SignDefault = SignList("RSA-SHA256", "RSA-PSS-SHA256", "RSA-PSS-RSAE-SHA256", "ECDSA-SHA256", "ECDSA-SECP256R1-SHA256",
        "EdDSA-Ed25519", "RSA-SHA384", "RSA-PSS-SHA384", "RSA-PSS-RSAE-SHA384", "ECDSA-SHA384", "ECDSA-SECP384R1-SHA384", "EdDSA-Ed448",
        "RSA-SHA512", "RSA-PSS-SHA512", "RSA-PSS-RSAE-SHA512", "ECDSA-SHA512", "ECDSA-SECP521R1-SHA512", "RSA-SHA1", "ECDSA-SHA1");
    internal static readonly int[] SignSecure128 = SignDefault.Take(17).ToArray();
    internal static readonly int[] SignSecure192 = SignList("RSA-SHA384", "RSA-PSS-SHA384", "RSA-PSS-RSAE-SHA384", "ECDSA-SHA384", "ECDSA-SECP384R1-SHA384",
        "EdDSA-Ed448", "RSA-SHA512", "RSA-PSS-SHA512", "RSA-PSS-RSAE-SHA512", "ECDSA-SHA512", "ECDSA-SECP521R1-SHA512");
    internal static readonly int[] SignSuiteB128 = SignList("ECDSA-SHA256", "ECDSA-SECP256R1-SHA256", "ECDSA-SHA384", "ECDSA-SECP384R1-SHA384");
    internal static readonly int[] SignSuiteB192 = SignList("ECDSA-SHA384", "ECDSA-SECP384R1-SHA384");
    internal static readonly int[] SignGost = SignList("GOSTR341012-256", "GOSTR341012-512");

    internal static readonly int[] GroupNormal = GroupList("SECP256R1", "SECP384R1", "SECP521R1", "X25519", "X448", "FFDHE2048", "FFDHE3072", "FFDHE4096", "FFDHE6144", "FFDHE8192");
    internal static readonly int[] GroupSecure192 = GroupList("SECP384R1", "SECP521R1", "FFDHE8192");
    internal static readonly int[] GroupSuiteB128 = GroupList("SECP256R1", "SECP384R1");
    internal static readonly int[] GroupSuiteB192 = GroupList("SECP384R1");
    internal static readonly int[] GroupDh = GroupList("FFDHE2048", "FFDHE3072", "FFDHE4096", "FFDHE6144", "FFDHE8192");
    internal static readonly int[] GroupEc = GroupList("SECP256R1", "SECP384R1", "SECP521R1", "X25519", "X448");
    internal static readonly int[] GroupGost = GroupList("GC256A", "GC256B", "GC256C", "GC256D", "GC512A", "GC512B", "GC512C");

    /// <summary>A keyword's lists (protocols only for the Suite B levels).</summary>
    internal sealed record Level(string Name, string? Alias, int[]? Protocols, int[] Ciphers, int[] Macs, int[] Kx, int[] Signs, int[] Groups);

    internal static readonly Level[] Levels =
    {
        new("NORMAL", null, null, CipherNormal, MacNormal, KxSecure, SignDefault, GroupNormal),
        new("PFS", null, null, CipherNormal, MacNormal, KxPfs, SignDefault, GroupNormal),
        new("SECURE128", "SECURE", null, CipherSecure128, MacNormal, KxSecure, SignSecure128, GroupNormal),
        new("SECURE192", "SECURE256", null, CipherSecure192, MacSecure192, KxSecure, SignSecure192, GroupSecure192),
        new("SUITEB128", null, ProtocolSuiteB, CipherSuiteB128, MacSecure192, KxSuiteB, SignSuiteB128, GroupSuiteB128),
        new("SUITEB192", null, ProtocolSuiteB, CipherSuiteB192, MacSecure192, KxSuiteB, SignSuiteB192, GroupSuiteB192),
        new("LEGACY", null, null, CipherNormal, MacNormal, KxSecure, SignDefault, GroupNormal),
        new("PERFORMANCE", null, null, CipherPerformance, MacNormal, KxPerformance, SignDefault, GroupNormal),
    };
}
