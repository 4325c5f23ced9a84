using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.GnuTls;

/// <summary>One cipher suite as GnuTLS 3.7 knows it: its GnuTLS name, code, and the key exchange, cipher and MAC a
/// priority string selects it by.</summary>
public sealed class GnuTlsSuite
{
    internal GnuTlsSuite(string name, int code, GnuTlsKx kx, int cipher, int mac, int minTls, int minDtls)
    {
        Name = name;
        Code = code;
        Kx = kx;
        Cipher = cipher;
        Mac = mac;
        MinTls = minTls;
        MinDtls = minDtls;
        Suite = TlsRegistry.FindSuite(code);
    }

    /// <summary>The GnuTLS name (TLS_ECDHE_RSA_AES_128_GCM_SHA256), as `gnutls-cli --list` prints it.</summary>
    public string Name { get; }

    /// <summary>The two-byte code (0xC02F).</summary>
    public int Code { get; }

    /// <summary>The IANA suite of that code, or null when the registry does not hold it.</summary>
    public TlsCipherSuite? Suite { get; }

    /// <summary>The IANA name where known, else the GnuTLS name.</summary>
    public string StandardName => Suite?.Name ?? Name;

    public string CodeText => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0x{Code >> 8:X2},0x{Code & 0xFF:X2}");

    internal GnuTlsKx Kx { get; }
    internal int Cipher { get; }
    internal int Mac { get; }

    /// <summary>Lowest TLS version (GnuTLS protocol id: 2 = TLS1.0 … 5 = TLS1.3).</summary>
    internal int MinTls { get; }

    /// <summary>Lowest DTLS version (200 = DTLS0.9, 202 = DTLS1.2; 0xFF never over DTLS).</summary>
    internal int MinDtls { get; }

    public override string ToString() => Name;
}

/// <summary>GnuTLS key-exchange algorithms (0 = none: the TLS 1.3 suites).</summary>
internal enum GnuTlsKx
{
    None = 0, Rsa, DheDss, DheRsa, EcdheRsa, EcdheEcdsa, Psk, RsaPsk, DhePsk, EcdhePsk, SrpDss, SrpRsa, Srp, AnonDh, AnonEcdh, VkoGost12,
}

/// <summary>
/// The 188 cipher suites of GnuTLS 3.7.9 as Debian 12 builds it — the list `gnutls-cli -l` prints (name, code, lowest
/// TLS version) — with the key exchange, cipher and MAC read from each GnuTLS name. Over DTLS a suite needs DTLS 1.2 when
/// it needs TLS 1.2, and any DTLS otherwise; RC4 and GOST suites are never used over DTLS, nor are TLS 1.3 suites
/// (GnuTLS 3.7 has no DTLS 1.3).
/// </summary>
internal static class GnuTlsSuiteTable
{
    // "name code lowest-version", as `gnutls-cli -l` of GnuTLS 3.7.9 lists them.
    private static readonly string[] Listed =
    {
        "TLS_AES_128_GCM_SHA256 1301 TLS1.3",
        "TLS_AES_256_GCM_SHA384 1302 TLS1.3",
        "TLS_CHACHA20_POLY1305_SHA256 1303 TLS1.3",
        "TLS_AES_128_CCM_SHA256 1304 TLS1.3",
        "TLS_AES_128_CCM_8_SHA256 1305 TLS1.3",
        "TLS_RSA_NULL_MD5 0001 TLS1.0",
        "TLS_RSA_NULL_SHA1 0002 TLS1.0",
        "TLS_RSA_NULL_SHA256 003b TLS1.2",
        "TLS_RSA_ARCFOUR_128_SHA1 0005 TLS1.0",
        "TLS_RSA_ARCFOUR_128_MD5 0004 TLS1.0",
        "TLS_RSA_3DES_EDE_CBC_SHA1 000a TLS1.0",
        "TLS_RSA_AES_128_CBC_SHA1 002f TLS1.0",
        "TLS_RSA_AES_256_CBC_SHA1 0035 TLS1.0",
        "TLS_RSA_CAMELLIA_128_CBC_SHA256 00ba TLS1.2",
        "TLS_RSA_CAMELLIA_256_CBC_SHA256 00c0 TLS1.2",
        "TLS_RSA_CAMELLIA_128_CBC_SHA1 0041 TLS1.0",
        "TLS_RSA_CAMELLIA_256_CBC_SHA1 0084 TLS1.0",
        "TLS_RSA_AES_128_CBC_SHA256 003c TLS1.2",
        "TLS_RSA_AES_256_CBC_SHA256 003d TLS1.2",
        "TLS_RSA_AES_128_GCM_SHA256 009c TLS1.2",
        "TLS_RSA_AES_256_GCM_SHA384 009d TLS1.2",
        "TLS_RSA_CAMELLIA_128_GCM_SHA256 c07a TLS1.2",
        "TLS_RSA_CAMELLIA_256_GCM_SHA384 c07b TLS1.2",
        "TLS_RSA_AES_128_CCM c09c TLS1.2",
        "TLS_RSA_AES_256_CCM c09d TLS1.2",
        "TLS_RSA_AES_128_CCM_8 c0a0 TLS1.2",
        "TLS_RSA_AES_256_CCM_8 c0a1 TLS1.2",
        "TLS_DHE_DSS_ARCFOUR_128_SHA1 0066 TLS1.0",
        "TLS_DHE_DSS_3DES_EDE_CBC_SHA1 0013 TLS1.0",
        "TLS_DHE_DSS_AES_128_CBC_SHA1 0032 TLS1.0",
        "TLS_DHE_DSS_AES_256_CBC_SHA1 0038 TLS1.0",
        "TLS_DHE_DSS_CAMELLIA_128_CBC_SHA256 00bd TLS1.2",
        "TLS_DHE_DSS_CAMELLIA_256_CBC_SHA256 00c3 TLS1.2",
        "TLS_DHE_DSS_CAMELLIA_128_CBC_SHA1 0044 TLS1.0",
        "TLS_DHE_DSS_CAMELLIA_256_CBC_SHA1 0087 TLS1.0",
        "TLS_DHE_DSS_AES_128_CBC_SHA256 0040 TLS1.2",
        "TLS_DHE_DSS_AES_256_CBC_SHA256 006a TLS1.2",
        "TLS_DHE_DSS_AES_128_GCM_SHA256 00a2 TLS1.2",
        "TLS_DHE_DSS_AES_256_GCM_SHA384 00a3 TLS1.2",
        "TLS_DHE_DSS_CAMELLIA_128_GCM_SHA256 c080 TLS1.2",
        "TLS_DHE_DSS_CAMELLIA_256_GCM_SHA384 c081 TLS1.2",
        "TLS_DHE_RSA_3DES_EDE_CBC_SHA1 0016 TLS1.0",
        "TLS_DHE_RSA_AES_128_CBC_SHA1 0033 TLS1.0",
        "TLS_DHE_RSA_AES_256_CBC_SHA1 0039 TLS1.0",
        "TLS_DHE_RSA_CAMELLIA_128_CBC_SHA256 00be TLS1.2",
        "TLS_DHE_RSA_CAMELLIA_256_CBC_SHA256 00c4 TLS1.2",
        "TLS_DHE_RSA_CAMELLIA_128_CBC_SHA1 0045 TLS1.0",
        "TLS_DHE_RSA_CAMELLIA_256_CBC_SHA1 0088 TLS1.0",
        "TLS_DHE_RSA_AES_128_CBC_SHA256 0067 TLS1.2",
        "TLS_DHE_RSA_AES_256_CBC_SHA256 006b TLS1.2",
        "TLS_DHE_RSA_AES_128_GCM_SHA256 009e TLS1.2",
        "TLS_DHE_RSA_AES_256_GCM_SHA384 009f TLS1.2",
        "TLS_DHE_RSA_CAMELLIA_128_GCM_SHA256 c07c TLS1.2",
        "TLS_DHE_RSA_CAMELLIA_256_GCM_SHA384 c07d TLS1.2",
        "TLS_DHE_RSA_CHACHA20_POLY1305 ccaa TLS1.2",
        "TLS_DHE_RSA_AES_128_CCM c09e TLS1.2",
        "TLS_DHE_RSA_AES_256_CCM c09f TLS1.2",
        "TLS_DHE_RSA_AES_128_CCM_8 c0a2 TLS1.2",
        "TLS_DHE_RSA_AES_256_CCM_8 c0a3 TLS1.2",
        "TLS_ECDHE_RSA_NULL_SHA1 c010 TLS1.0",
        "TLS_ECDHE_RSA_3DES_EDE_CBC_SHA1 c012 TLS1.0",
        "TLS_ECDHE_RSA_AES_128_CBC_SHA1 c013 TLS1.0",
        "TLS_ECDHE_RSA_AES_256_CBC_SHA1 c014 TLS1.0",
        "TLS_ECDHE_RSA_AES_256_CBC_SHA384 c028 TLS1.2",
        "TLS_ECDHE_RSA_ARCFOUR_128_SHA1 c011 TLS1.0",
        "TLS_ECDHE_RSA_CAMELLIA_128_CBC_SHA256 c076 TLS1.2",
        "TLS_ECDHE_RSA_CAMELLIA_256_CBC_SHA384 c077 TLS1.2",
        "TLS_ECDHE_ECDSA_NULL_SHA1 c006 TLS1.0",
        "TLS_ECDHE_ECDSA_3DES_EDE_CBC_SHA1 c008 TLS1.0",
        "TLS_ECDHE_ECDSA_AES_128_CBC_SHA1 c009 TLS1.0",
        "TLS_ECDHE_ECDSA_AES_256_CBC_SHA1 c00a TLS1.0",
        "TLS_ECDHE_ECDSA_ARCFOUR_128_SHA1 c007 TLS1.0",
        "TLS_ECDHE_ECDSA_CAMELLIA_128_CBC_SHA256 c072 TLS1.2",
        "TLS_ECDHE_ECDSA_CAMELLIA_256_CBC_SHA384 c073 TLS1.2",
        "TLS_ECDHE_ECDSA_AES_128_CBC_SHA256 c023 TLS1.2",
        "TLS_ECDHE_RSA_AES_128_CBC_SHA256 c027 TLS1.2",
        "TLS_ECDHE_ECDSA_CAMELLIA_128_GCM_SHA256 c086 TLS1.2",
        "TLS_ECDHE_ECDSA_CAMELLIA_256_GCM_SHA384 c087 TLS1.2",
        "TLS_ECDHE_ECDSA_AES_128_GCM_SHA256 c02b TLS1.2",
        "TLS_ECDHE_ECDSA_AES_256_GCM_SHA384 c02c TLS1.2",
        "TLS_ECDHE_RSA_AES_128_GCM_SHA256 c02f TLS1.2",
        "TLS_ECDHE_RSA_AES_256_GCM_SHA384 c030 TLS1.2",
        "TLS_ECDHE_ECDSA_AES_256_CBC_SHA384 c024 TLS1.2",
        "TLS_ECDHE_RSA_CAMELLIA_128_GCM_SHA256 c08a TLS1.2",
        "TLS_ECDHE_RSA_CAMELLIA_256_GCM_SHA384 c08b TLS1.2",
        "TLS_ECDHE_RSA_CHACHA20_POLY1305 cca8 TLS1.2",
        "TLS_ECDHE_ECDSA_CHACHA20_POLY1305 cca9 TLS1.2",
        "TLS_ECDHE_ECDSA_AES_128_CCM c0ac TLS1.2",
        "TLS_ECDHE_ECDSA_AES_256_CCM c0ad TLS1.2",
        "TLS_ECDHE_ECDSA_AES_128_CCM_8 c0ae TLS1.2",
        "TLS_ECDHE_ECDSA_AES_256_CCM_8 c0af TLS1.2",
        "TLS_ECDHE_PSK_3DES_EDE_CBC_SHA1 c034 TLS1.0",
        "TLS_ECDHE_PSK_AES_128_CBC_SHA1 c035 TLS1.0",
        "TLS_ECDHE_PSK_AES_256_CBC_SHA1 c036 TLS1.0",
        "TLS_ECDHE_PSK_AES_128_CBC_SHA256 c037 TLS1.2",
        "TLS_ECDHE_PSK_AES_256_CBC_SHA384 c038 TLS1.2",
        "TLS_ECDHE_PSK_ARCFOUR_128_SHA1 c033 TLS1.0",
        "TLS_ECDHE_PSK_NULL_SHA1 c039 TLS1.0",
        "TLS_ECDHE_PSK_NULL_SHA256 c03a TLS1.2",
        "TLS_ECDHE_PSK_NULL_SHA384 c03b TLS1.0",
        "TLS_ECDHE_PSK_CAMELLIA_128_CBC_SHA256 c09a TLS1.2",
        "TLS_ECDHE_PSK_CAMELLIA_256_CBC_SHA384 c09b TLS1.2",
        "TLS_PSK_ARCFOUR_128_SHA1 008a TLS1.0",
        "TLS_PSK_3DES_EDE_CBC_SHA1 008b TLS1.0",
        "TLS_PSK_AES_128_CBC_SHA1 008c TLS1.0",
        "TLS_PSK_AES_256_CBC_SHA1 008d TLS1.0",
        "TLS_PSK_AES_128_CBC_SHA256 00ae TLS1.2",
        "TLS_PSK_AES_256_GCM_SHA384 00a9 TLS1.2",
        "TLS_PSK_CAMELLIA_128_GCM_SHA256 c08e TLS1.2",
        "TLS_PSK_CAMELLIA_256_GCM_SHA384 c08f TLS1.2",
        "TLS_PSK_AES_128_GCM_SHA256 00a8 TLS1.2",
        "TLS_PSK_NULL_SHA1 002c TLS1.0",
        "TLS_PSK_NULL_SHA256 00b0 TLS1.2",
        "TLS_PSK_CAMELLIA_128_CBC_SHA256 c094 TLS1.2",
        "TLS_PSK_CAMELLIA_256_CBC_SHA384 c095 TLS1.2",
        "TLS_PSK_AES_256_CBC_SHA384 00af TLS1.2",
        "TLS_PSK_NULL_SHA384 00b1 TLS1.2",
        "TLS_RSA_PSK_ARCFOUR_128_SHA1 0092 TLS1.0",
        "TLS_RSA_PSK_3DES_EDE_CBC_SHA1 0093 TLS1.0",
        "TLS_RSA_PSK_AES_128_CBC_SHA1 0094 TLS1.0",
        "TLS_RSA_PSK_AES_256_CBC_SHA1 0095 TLS1.0",
        "TLS_RSA_PSK_CAMELLIA_128_GCM_SHA256 c092 TLS1.2",
        "TLS_RSA_PSK_CAMELLIA_256_GCM_SHA384 c093 TLS1.2",
        "TLS_RSA_PSK_AES_128_GCM_SHA256 00ac TLS1.2",
        "TLS_RSA_PSK_AES_128_CBC_SHA256 00b6 TLS1.2",
        "TLS_RSA_PSK_NULL_SHA1 002e TLS1.0",
        "TLS_RSA_PSK_NULL_SHA256 00b8 TLS1.2",
        "TLS_RSA_PSK_AES_256_GCM_SHA384 00ad TLS1.2",
        "TLS_RSA_PSK_AES_256_CBC_SHA384 00b7 TLS1.2",
        "TLS_RSA_PSK_NULL_SHA384 00b9 TLS1.2",
        "TLS_RSA_PSK_CAMELLIA_128_CBC_SHA256 c098 TLS1.2",
        "TLS_RSA_PSK_CAMELLIA_256_CBC_SHA384 c099 TLS1.2",
        "TLS_DHE_PSK_ARCFOUR_128_SHA1 008e TLS1.0",
        "TLS_DHE_PSK_3DES_EDE_CBC_SHA1 008f TLS1.0",
        "TLS_DHE_PSK_AES_128_CBC_SHA1 0090 TLS1.0",
        "TLS_DHE_PSK_AES_256_CBC_SHA1 0091 TLS1.0",
        "TLS_DHE_PSK_AES_128_CBC_SHA256 00b2 TLS1.2",
        "TLS_DHE_PSK_AES_128_GCM_SHA256 00aa TLS1.2",
        "TLS_DHE_PSK_NULL_SHA1 002d TLS1.0",
        "TLS_DHE_PSK_NULL_SHA256 00b4 TLS1.2",
        "TLS_DHE_PSK_NULL_SHA384 00b5 TLS1.2",
        "TLS_DHE_PSK_AES_256_CBC_SHA384 00b3 TLS1.2",
        "TLS_DHE_PSK_AES_256_GCM_SHA384 00ab TLS1.2",
        "TLS_DHE_PSK_CAMELLIA_128_CBC_SHA256 c096 TLS1.2",
        "TLS_DHE_PSK_CAMELLIA_256_CBC_SHA384 c097 TLS1.2",
        "TLS_DHE_PSK_CAMELLIA_128_GCM_SHA256 c090 TLS1.2",
        "TLS_DHE_PSK_CAMELLIA_256_GCM_SHA384 c091 TLS1.2",
        "TLS_PSK_AES_128_CCM c0a4 TLS1.2",
        "TLS_PSK_AES_256_CCM c0a5 TLS1.2",
        "TLS_DHE_PSK_AES_128_CCM c0a6 TLS1.2",
        "TLS_DHE_PSK_AES_256_CCM c0a7 TLS1.2",
        "TLS_PSK_AES_128_CCM_8 c0a8 TLS1.2",
        "TLS_PSK_AES_256_CCM_8 c0a9 TLS1.2",
        "TLS_DHE_PSK_AES_128_CCM_8 c0aa TLS1.2",
        "TLS_DHE_PSK_AES_256_CCM_8 c0ab TLS1.2",
        "TLS_DHE_PSK_CHACHA20_POLY1305 ccad TLS1.2",
        "TLS_ECDHE_PSK_CHACHA20_POLY1305 ccac TLS1.2",
        "TLS_RSA_PSK_CHACHA20_POLY1305 ccae TLS1.2",
        "TLS_PSK_CHACHA20_POLY1305 ccab TLS1.2",
        "TLS_DH_ANON_ARCFOUR_128_MD5 0018 TLS1.0",
        "TLS_DH_ANON_3DES_EDE_CBC_SHA1 001b TLS1.0",
        "TLS_DH_ANON_AES_128_CBC_SHA1 0034 TLS1.0",
        "TLS_DH_ANON_AES_256_CBC_SHA1 003a TLS1.0",
        "TLS_DH_ANON_CAMELLIA_128_CBC_SHA256 00bf TLS1.2",
        "TLS_DH_ANON_CAMELLIA_256_CBC_SHA256 00c5 TLS1.2",
        "TLS_DH_ANON_CAMELLIA_128_CBC_SHA1 0046 TLS1.0",
        "TLS_DH_ANON_CAMELLIA_256_CBC_SHA1 0089 TLS1.0",
        "TLS_DH_ANON_AES_128_CBC_SHA256 006c TLS1.2",
        "TLS_DH_ANON_AES_256_CBC_SHA256 006d TLS1.2",
        "TLS_DH_ANON_AES_128_GCM_SHA256 00a6 TLS1.2",
        "TLS_DH_ANON_AES_256_GCM_SHA384 00a7 TLS1.2",
        "TLS_DH_ANON_CAMELLIA_128_GCM_SHA256 c084 TLS1.2",
        "TLS_DH_ANON_CAMELLIA_256_GCM_SHA384 c085 TLS1.2",
        "TLS_ECDH_ANON_NULL_SHA1 c015 TLS1.0",
        "TLS_ECDH_ANON_3DES_EDE_CBC_SHA1 c017 TLS1.0",
        "TLS_ECDH_ANON_AES_128_CBC_SHA1 c018 TLS1.0",
        "TLS_ECDH_ANON_AES_256_CBC_SHA1 c019 TLS1.0",
        "TLS_ECDH_ANON_ARCFOUR_128_SHA1 c016 TLS1.0",
        "TLS_SRP_SHA_3DES_EDE_CBC_SHA1 c01a TLS1.0",
        "TLS_SRP_SHA_AES_128_CBC_SHA1 c01d TLS1.0",
        "TLS_SRP_SHA_AES_256_CBC_SHA1 c020 TLS1.0",
        "TLS_SRP_SHA_DSS_3DES_EDE_CBC_SHA1 c01c TLS1.0",
        "TLS_SRP_SHA_RSA_3DES_EDE_CBC_SHA1 c01b TLS1.0",
        "TLS_SRP_SHA_DSS_AES_128_CBC_SHA1 c01f TLS1.0",
        "TLS_SRP_SHA_RSA_AES_128_CBC_SHA1 c01e TLS1.0",
        "TLS_SRP_SHA_DSS_AES_256_CBC_SHA1 c022 TLS1.0",
        "TLS_SRP_SHA_RSA_AES_256_CBC_SHA1 c021 TLS1.0",
        "TLS_GOSTR341112_256_28147_CNT_IMIT c102 TLS1.2",
    };

    private static readonly string[] KxPrefixes =
    {
        "ECDHE_ECDSA", "ECDHE_RSA", "ECDHE_PSK", "ECDH_ANON", "DHE_DSS", "DHE_RSA", "DHE_PSK", "DH_ANON", "RSA_PSK",
        "SRP_SHA_DSS", "SRP_SHA_RSA", "SRP_SHA", "GOSTR341112_256", "PSK", "RSA",
    };

    private static readonly (string Part, string Cipher)[] CipherParts =
    {
        ("NULL", "NULL"), ("ARCFOUR_128", "ARCFOUR-128"), ("3DES_EDE_CBC", "3DES-CBC"), ("AES_128_CBC", "AES-128-CBC"),
        ("AES_256_CBC", "AES-256-CBC"), ("CAMELLIA_128_CBC", "CAMELLIA-128-CBC"), ("CAMELLIA_256_CBC", "CAMELLIA-256-CBC"),
        ("AES_128_GCM", "AES-128-GCM"), ("AES_256_GCM", "AES-256-GCM"), ("CAMELLIA_128_GCM", "CAMELLIA-128-GCM"),
        ("CAMELLIA_256_GCM", "CAMELLIA-256-GCM"), ("AES_128_CCM_8", "AES-128-CCM-8"), ("AES_256_CCM_8", "AES-256-CCM-8"),
        ("AES_128_CCM", "AES-128-CCM"), ("AES_256_CCM", "AES-256-CCM"), ("CHACHA20_POLY1305", "CHACHA20-POLY1305"),
        ("28147_CNT", "GOST28147-TC26Z-CNT"),
    };

    private static List<GnuTlsSuite> Build()
    {
        var list = new List<GnuTlsSuite>(Listed.Length);
        foreach (var line in Listed)
        {
            var f = line.Split(' ');
            var name = f[0];
            var code = int.Parse(f[1], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            var minTls = f[2] switch { "TLS1.0" => GnuTlsNames.Tls10, "TLS1.2" => GnuTlsNames.Tls12, "TLS1.3" => GnuTlsNames.Tls13, _ => throw new InvalidOperationException(line) };
            var rest = name.Substring(4);
            var kx = GnuTlsKx.None;
            if (minTls != GnuTlsNames.Tls13)
            {
                var prefix = KxPrefixes.First(p => rest.StartsWith(p + "_", StringComparison.Ordinal));
                kx = prefix switch
                {
                    "ECDHE_ECDSA" => GnuTlsKx.EcdheEcdsa, "ECDHE_RSA" => GnuTlsKx.EcdheRsa, "ECDHE_PSK" => GnuTlsKx.EcdhePsk,
                    "ECDH_ANON" => GnuTlsKx.AnonEcdh, "DHE_DSS" => GnuTlsKx.DheDss, "DHE_RSA" => GnuTlsKx.DheRsa, "DHE_PSK" => GnuTlsKx.DhePsk,
                    "DH_ANON" => GnuTlsKx.AnonDh, "RSA_PSK" => GnuTlsKx.RsaPsk, "SRP_SHA_DSS" => GnuTlsKx.SrpDss, "SRP_SHA_RSA" => GnuTlsKx.SrpRsa,
                    "SRP_SHA" => GnuTlsKx.Srp, "GOSTR341112_256" => GnuTlsKx.VkoGost12, "PSK" => GnuTlsKx.Psk, _ => GnuTlsKx.Rsa,
                };
                rest = rest.Substring(prefix.Length + 1);
            }
            var (part, cipherName) = CipherParts.First(c => rest.StartsWith(c.Part, StringComparison.Ordinal)
                && (rest.Length == c.Part.Length || rest[c.Part.Length] == '_'));
            var cipher = GnuTlsNames.CipherId(cipherName);
            var macPart = rest.Length > part.Length ? rest.Substring(part.Length + 1) : string.Empty;
            var mac = GnuTlsNames.Ciphers[cipher].Aead ? GnuTlsNames.MacId("AEAD")
                : GnuTlsNames.MacId(macPart switch { "IMIT" => "GOST28147-TC26Z-IMIT", _ => macPart });
            int minDtls;
            if (minTls == GnuTlsNames.Tls13 || cipherName is "ARCFOUR-128" or "GOST28147-TC26Z-CNT") { minDtls = GnuTlsNames.Never; }
            else if (code == 0xC03B) { minDtls = GnuTlsNames.Dtls12; } // TLS_ECDHE_PSK_WITH_NULL_SHA384: TLS 1.0 but DTLS 1.2 in GnuTLS's table
            else { minDtls = minTls == GnuTlsNames.Tls12 ? GnuTlsNames.Dtls12 : GnuTlsNames.Dtls09; }
            list.Add(new GnuTlsSuite(name, code, kx, cipher, mac, minTls, minDtls));
        }
        return list;
    }

    /// <summary>The suite with this key exchange, cipher and MAC, or null (GnuTLS's cipher_suite_get).</summary>
    internal static GnuTlsSuite? Find(GnuTlsKx kx, int cipher, int mac)
    {
        return Index.TryGetValue(((int)kx << 16) | (cipher << 8) | mac, out var s) ? s : null;
    }

    // Declared after the tables they are built from (static initialisers run in textual order).
    internal static readonly IReadOnlyList<GnuTlsSuite> All = Build();

    private static readonly Dictionary<int, GnuTlsSuite> Index = All.ToDictionary(s => ((int)s.Kx << 16) | (s.Cipher << 8) | s.Mac);
}
