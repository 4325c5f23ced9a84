namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>Server certificates made with the openssl command at test time, once per test run, in a temp directory.</summary>
internal static class TestCertificates
{
    private static readonly Lazy<string> Dir = new(() =>
    {
        var d = Path.Combine(Path.GetTempPath(), "cryptrec-tls-tests-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(d);
        return d;
    });

    private static readonly object Gate = new();

    /// <summary>
    /// The evaluation date for scans of servers using these certificates: the real UTC date, read when the scan runs.
    /// openssl makes them valid from the moment they are made for two days, so a fixed test date fails once the real date
    /// passes it ("not yet valid" on the day after). Certificates are made before the scan, so this date is never earlier
    /// than their notBefore day.
    /// </summary>
    internal static DateTime Today() => DateTime.UtcNow.Date;

    /// <summary>Key kinds the tests use.</summary>
    internal enum Kind
    {
        Rsa2048,
        EcdsaP256,
        Ed25519,
        Rsa1024Sha1,

        /// <summary>RSA-3072 signed with RSASSA-PSS: SHA-256 message hash, MGF1 with SHA-1 (RFC 4055 lets them differ).</summary>
        Rsa3072PssMgf1Sha1,
    }

    /// <summary>(certificate PEM path, key PEM path) for a self-signed localhost certificate of this kind.</summary>
    internal static (string Cert, string Key) Get(Kind kind)
    {
        lock (Gate)
        {
            var name = kind.ToString().ToLowerInvariant();
            var cert = Path.Combine(Dir.Value, name + ".crt");
            var key = Path.Combine(Dir.Value, name + ".key");
            if (File.Exists(cert) && File.Exists(key)) { return (cert, key); }
            var keyArgs = kind switch
            {
                Kind.Rsa2048 => "-newkey rsa:2048",
                Kind.EcdsaP256 => "-newkey ec -pkeyopt ec_paramgen_curve:P-256",
                Kind.Rsa1024Sha1 => "-newkey rsa:1024 -sha1",
                Kind.Rsa3072PssMgf1Sha1 => "-newkey rsa:3072 -sha256 -sigopt rsa_padding_mode:pss -sigopt rsa_mgf1_md:sha1 -sigopt rsa_pss_saltlen:32",
                _ => "-newkey ed25519",
            };
            ExternalTool.Run("openssl", $"req -x509 {keyArgs} -nodes -keyout {key} -out {cert} -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1 -days 2");
            return (cert, key);
        }
    }

    /// <summary>The PKCS#12 form (no password) for .NET servers.</summary>
    internal static string Pfx(Kind kind)
    {
        lock (Gate)
        {
            var (cert, key) = Get(kind);
            var pfx = Path.ChangeExtension(cert, ".pfx");
            if (!File.Exists(pfx)) { ExternalTool.Run("openssl", $"pkcs12 -export -in {cert} -inkey {key} -out {pfx} -passout pass:"); }
            return pfx;
        }
    }
}
