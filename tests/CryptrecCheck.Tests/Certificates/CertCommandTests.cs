using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using CryptrecCheck.Cli;
using CryptrecCheck.Reporting;
using CryptrecCheck.Tests.Infrastructure;
using Xunit;
using static CryptrecCheck.Tests.Certificates.CertificateTestSupport;

namespace CryptrecCheck.Tests.Certificates;

/// <summary><c>cryptrec-check cert</c> through the CLI entry point: JSON envelope and schema, exit codes, SARIF, options.</summary>
public class CertCommandTests
{
    private static readonly DateTime Today = new(2026, 12, 1);

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e, () => Today);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>An as-of date within the validity of a certificate openssl has just made (valid from the moment it was made),
    /// so that "not yet valid" does not decide an exit code the test is about.</summary>
    private static string OpensslDay() => DateTime.UtcNow.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Chain(TempDir dir, int leafRsaBits = 0)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var ca = SelfSigned(caKey, "CN=CLI CA, C=JP", HashAlgorithmName.SHA384, ca: true);
        using AsymmetricAlgorithm leafKey = leafRsaBits > 0 ? RSA.Create(leafRsaBits) : ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var leaf = Issue(ca, leafKey, "CN=cli.example.jp", HashAlgorithmName.SHA256, dns: new[] { "cli.example.jp" });
        return dir.Write("chain.pem", Pem(leaf) + Pem(ca));
    }

    [Fact]
    public void Cert_Json_EnvelopeAndFields_ValidateAgainstSchemas()
    {
        using var dir = new TempDir();
        var path = Chain(dir);
        using var rsa = RSA.Create(2048);
        dir.Write("k.pem", rsa.ExportSubjectPublicKeyInfoPem());
        var (code, output, err) = Cli("cert", path, dir.Path("k.pem"), "--format", "json", "--operation-end-year", "2030");
        Assert.Equal(ExitCodes.Compliant, code);
        Assert.Equal(string.Empty, err);
        SchemaAssert.Valid("report.schema.json", output);
        SchemaAssert.Valid("cert.schema.json", output);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("cert", root.GetProperty("verb").GetString());
        Assert.Equal("recommended", root.GetProperty("settings").GetProperty("guidelineType").GetString());
        var results = root.GetProperty("results");
        Assert.Equal(3, results.GetArrayLength());
        var leaf = results[0];
        Assert.Equal("certificate", leaf.GetProperty("kind").GetString());
        Assert.Equal(path, leaf.GetProperty("source").GetString());
        Assert.Equal("CN=cli.example.jp", leaf.GetProperty("subject").GetString());
        Assert.Equal("CN=CLI CA, C=JP", leaf.GetProperty("issuer").GetString());
        Assert.Equal("2026-02-01T00:00:00Z", leaf.GetProperty("notBefore").GetString());
        Assert.Equal("2027-06-01T00:00:00Z", leaf.GetProperty("notAfter").GetString());
        Assert.Equal("EC", leaf.GetProperty("publicKey").GetProperty("algorithm").GetString());
        Assert.Equal(256, leaf.GetProperty("publicKey").GetProperty("size").GetInt32());
        Assert.Equal("P-256", leaf.GetProperty("publicKey").GetProperty("curve").GetString());
        Assert.Equal("ecdsa-with-SHA256", leaf.GetProperty("signatureAlgorithm").GetString());
        Assert.Equal("recommended", leaf.GetProperty("status").GetString());
        Assert.Equal("leaf", leaf.GetProperty("role").GetString());
        var ids = leaf.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Contains("cert.public-key", ids);
        Assert.Contains("cert.signature", ids);
        Assert.Contains("cert.tls-guideline", ids);
        var key = results[2];
        Assert.Equal("key", key.GetProperty("kind").GetString());
        Assert.Equal(2048, key.GetProperty("publicKey").GetProperty("size").GetInt32());
    }

    [Fact]
    public void Cert_WeakKey_ExitsOne_AndJapaneseMessages()
    {
        using var dir = new TempDir();
        var path = Chain(dir, leafRsaBits: 1024);
        var (code, output, _) = Cli("cert", path, "--format", "json", "--lang", "ja");
        Assert.Equal(ExitCodes.Noncompliant, code);
        var leaf = JsonDocument.Parse(output).RootElement.GetProperty("results")[0];
        Assert.Equal("not-listed", leaf.GetProperty("status").GetString());
        var key = leaf.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("id").GetString() == "cert.public-key");
        Assert.Equal("error", key.GetProperty("severity").GetString());
        Assert.Contains("ビット", key.GetProperty("message").GetString());
    }

    [Fact]
    public void Cert_OperationEndYearAndProfile_ChangeTheVerdict()
    {
        using var dir = new TempDir();
        var path = Chain(dir, leafRsaBits: 2048);
        Assert.Equal(ExitCodes.Compliant, Cli("cert", path, "--operation-end-year", "2030", "-f", "json").Code);
        var (code, output, _) = Cli("cert", path, "--operation-end-year", "2035", "--profile", "high", "-f", "json");
        Assert.Equal(ExitCodes.Noncompliant, code);
        Assert.Equal("high", JsonDocument.Parse(output).RootElement.GetProperty("settings").GetProperty("guidelineType").GetString());
    }

    [Theory]
    [InlineData("recommended")]
    [InlineData("high")]
    public void Cert_LeafNotAllowedByTheGuideline_FailsWhateverFailOnSays(string profile)
    {
        // An end entity signed with SHA-1: monitored on the list, prohibited as a server certificate by GL-3001. A lenient
        // --fail-on must not turn it into "0 noncompliant", exit 0 (README: exit 0 only when allowed under the type).
        using var dir = new TempDir();
        var path = OpensslSelfSigned(dir, "sha1-leaf", new[] { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072" }, digest: "-sha1",
            extra: new[] { "-addext", "basicConstraints=critical,CA:FALSE" });
        var (code, output, _) = Cli("cert", path, "--fail-on", "not-listed", "--profile", profile, "--as-of", OpensslDay(), "-f", "json", "-o", dir.Path("out.json"));
        Assert.Equal(ExitCodes.Noncompliant, code);
        Assert.Equal(string.Empty, output);
        var json = File.ReadAllText(dir.Path("out.json"));
        SchemaAssert.Valid("report.schema.json", json);
        var root = JsonDocument.Parse(json).RootElement;
        var leaf = root.GetProperty("results")[0];
        Assert.Equal("leaf", leaf.GetProperty("role").GetString());
        Assert.Equal("monitored", leaf.GetProperty("status").GetString());
        Assert.False(leaf.GetProperty("guideline").GetProperty("allowed").GetBoolean());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("noncompliant").GetInt32());
        Assert.Equal(ExitCodes.Noncompliant, root.GetProperty("summary").GetProperty("exitCode").GetInt32());

        var table = Cli("cert", path, "--fail-on", "not-listed", "--profile", profile, "--as-of", OpensslDay());
        Assert.Equal(ExitCodes.Noncompliant, table.Code);
        Assert.Contains(table.Out.Split('\n'), l => l.StartsWith("✖ ", StringComparison.Ordinal) && l.Contains("CN=sha1-leaf", StringComparison.Ordinal));
        Assert.Contains("1 noncompliant", table.Out);

        // The report verb, reading the envelope back, comes to the same exit code.
        Assert.Equal(ExitCodes.Noncompliant, Cli("report", dir.Path("out.json"), "-f", "markdown").Code);
        var html = Cli("report", dir.Path("out.json"));
        Assert.Equal(ExitCodes.Noncompliant, html.Code);
        Assert.Contains("certificate · noncompliant", html.Out);

        // An S/MIME certificate (extendedKeyUsage emailProtection only) is not a server certificate: the list status and
        // --fail-on decide, as before (a reviewer found it failing whatever --fail-on said).
        var smime = OpensslSelfSigned(dir, "sha1-smime", new[] { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072" }, digest: "-sha1",
            extra: new[] { "-addext", "basicConstraints=critical,CA:FALSE", "-addext", "extendedKeyUsage=emailProtection" });
        Assert.Equal(ExitCodes.Compliant, Cli("cert", smime, "--fail-on", "not-listed", "--profile", profile, "--as-of", OpensslDay(), "-f", "json", "-o", dir.Path("smime.json")).Code);
        Assert.Equal(ExitCodes.Compliant, Cli("report", dir.Path("smime.json"), "-f", "markdown").Code);
    }

    [Fact]
    public void Cert_CaNotAllowedByTheGuideline_CountsOnlyByItsListStatus()
    {
        // A SHA-1 signature on an intermediate: cert.tls-guideline still says so (an error-level finding), but a CA's
        // guideline verdict judges it as a server certificate, which is not its role: --fail-on decides, as for any status.
        using var dir = new TempDir();
        void Sign(string name, string issuer, string digest, string extensions, string[] newKey)
        {
            var ext = dir.Write(name + ".ext", extensions + "\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
            var req = new List<string> { "req", "-new", "-nodes", "-keyout", dir.Path(name + ".key"), "-out", dir.Path(name + ".csr"), "-subj", "/CN=" + name };
            req.AddRange(newKey);
            Openssl(dir.Root, req.ToArray());
            Openssl(dir.Root, "x509", "-req", "-in", dir.Path(name + ".csr"), "-CA", dir.Path(issuer + ".pem"), "-CAkey", dir.Path(issuer + ".key"),
                "-set_serial", "0x" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)), "-days", "365", digest, "-extfile", ext, "-out", dir.Path(name + ".pem"));
        }
        Openssl(dir.Root, "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", dir.Path("root.key"), "-out", dir.Path("root.pem"), "-subj", "/CN=root",
            "-sha384", "-days", "365", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        Sign("sha1-intermediate", "root", "-sha1", "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign", new[] { "-newkey", "rsa:3072" });
        Sign("leaf.example.jp", "sha1-intermediate", "-sha256", "basicConstraints=critical,CA:FALSE\nsubjectAltName=DNS:leaf.example.jp",
            new[] { "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256" });
        var path = dir.Write("chain.pem", File.ReadAllText(dir.Path("leaf.example.jp.pem")) + File.ReadAllText(dir.Path("sha1-intermediate.pem")) + File.ReadAllText(dir.Path("root.pem")));
        var (code, output, _) = Cli("cert", path, "--fail-on", "not-listed", "--as-of", OpensslDay(), "-f", "json");
        var results = JsonDocument.Parse(output).RootElement.GetProperty("results");
        var intermediate = results.EnumerateArray().Single(r => r.GetProperty("role").GetString() == "intermediate");
        Assert.False(intermediate.GetProperty("guideline").GetProperty("allowed").GetBoolean());
        Assert.Contains(intermediate.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("id").GetString() == "cert.tls-guideline" && f.GetProperty("severity").GetString() == "error");
        Assert.Equal(ExitCodes.Compliant, code);
        Assert.Equal(ExitCodes.Noncompliant, Cli("cert", path, "--as-of", OpensslDay(), "-f", "json").Code); // default --fail-on monitored
    }

    [Theory]
    [InlineData("sha224", "SHA-224", "not-listed")]
    [InlineData("sha1", "SHA-1", "monitored")]
    public void Cert_RsaPssKeyRestrictedToAWeakHash_IsJudgedWithIt(string md, string hash, string expected)
    {
        // An id-RSASSA-PSS key with RSASSA-PSS-params (RFC 4055 §3.1) can make no signature but with those hashes: its
        // modulus alone (RSA-3072, recommended) is not what it will be used as.
        using var dir = new TempDir();
        var key = dir.Path("pss.key");
        Openssl(dir.Root, "genpkey", "-algorithm", "RSA-PSS", "-pkeyopt", "rsa_keygen_bits:3072", "-pkeyopt", "rsa_pss_keygen_md:" + md,
            "-pkeyopt", "rsa_pss_keygen_mgf1_md:" + md, "-out", key);
        var pub = dir.Path("pss.pub.pem");
        Openssl(dir.Root, "pkey", "-in", key, "-pubout", "-out", pub);
        // The certificate is issued by an RSA CA with SHA-256, so that only its key can make it weak. (openssl itself refuses
        // to sign with the restricted key and another hash: "digest not allowed".)
        Openssl(dir.Root, "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", dir.Path("ca.key"), "-out", dir.Path("ca.pem"), "-subj", "/CN=ca",
            "-sha256", "-days", "365", "-addext", "basicConstraints=critical,CA:TRUE");
        Openssl(dir.Root, "req", "-new", "-key", key, "-out", dir.Path("pss.csr"), "-subj", "/CN=pss-key", "-" + md);
        var crt = dir.Path("pss.pem");
        Openssl(dir.Root, "x509", "-req", "-in", dir.Path("pss.csr"), "-CA", dir.Path("ca.pem"), "-CAkey", dir.Path("ca.key"), "-set_serial", "7",
            "-days", "365", "-sha256", "-out", crt);
        var (code, output, err) = Cli("cert", key, pub, crt, "--as-of", OpensslDay(), "-f", "json");
        Assert.True(code == ExitCodes.Noncompliant, err + output);
        SchemaAssert.Valid("report.schema.json", output);
        SchemaAssert.Valid("cert.schema.json", output);
        var results = JsonDocument.Parse(output).RootElement.GetProperty("results");
        Assert.Equal(3, results.GetArrayLength());
        foreach (var r in results.EnumerateArray())
        {
            var pk = r.GetProperty("publicKey");
            Assert.Equal("RSA-PSS", pk.GetProperty("algorithm").GetString());
            Assert.Equal(hash, pk.GetProperty("pssRestriction").GetProperty("hash").GetString());
            Assert.Equal(hash, pk.GetProperty("pssRestriction").GetProperty("mgfHash").GetString());
            var id = r.GetProperty("kind").GetString() == "key" ? "key.public-key" : "cert.public-key";
            var f = r.GetProperty("findings").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
            Assert.Equal(expected, f.GetProperty("status").GetString());
            Assert.Contains($"restrict it to signatures with {hash} and MGF1 {hash}", f.GetProperty("messageEn").GetString());
            Assert.Contains($"{hash}・MGF1 {hash} による署名に限定", f.GetProperty("messageJa").GetString());
            Assert.Equal(expected, r.GetProperty("status").GetString());
        }
    }

    [Fact]
    public void Cert_RsaPssKeyWithoutParameters_StaysUnrestricted()
    {
        using var dir = new TempDir();
        var key = dir.Path("pss.key");
        Openssl(dir.Root, "genpkey", "-algorithm", "RSA-PSS", "-pkeyopt", "rsa_keygen_bits:3072", "-out", key);
        var (code, output, err) = Cli("cert", key, "-f", "json");
        Assert.True(code == ExitCodes.Compliant, err + output);
        var pk = JsonDocument.Parse(output).RootElement.GetProperty("results")[0].GetProperty("publicKey");
        Assert.False(pk.TryGetProperty("pssRestriction", out _));
        Assert.Equal("RSA-PSS-3072", pk.GetProperty("display").GetString());

        // The same public key with an explicit NULL where the parameters go (not RFC 4055's form, but written by some
        // encoders): no restriction either — it was read as an empty RSASSA-PSS-params, i.e. SHA-1 only.
        var der = dir.Path("pss.pub.der");
        Openssl(dir.Root, "pkey", "-in", key, "-pubout", "-outform", "DER", "-out", der);
        var spki = File.ReadAllBytes(der);
        byte[] plainAlg = { 0x30, 0x0B, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0A };
        var at = spki.AsSpan().IndexOf(plainAlg);
        Assert.True(at == 4 && spki[0] == 0x30 && spki[1] == 0x82, "unexpected SPKI layout from openssl");
        var withNull = spki[..at].Concat(new byte[] { 0x30, 0x0D }).Concat(plainAlg[2..]).Concat(new byte[] { 0x05, 0x00 }).Concat(spki[(at + plainAlg.Length)..]).ToArray();
        var outer = (withNull[2] << 8 | withNull[3]) + 2;
        withNull[2] = (byte)(outer >> 8);
        withNull[3] = (byte)outer;
        var nullPath = dir.Path("pss-null.pub.der");
        File.WriteAllBytes(nullPath, withNull);
        var (nullCode, nullOut, nullErr) = Cli("cert", nullPath, "-f", "json");
        Assert.True(nullCode == ExitCodes.Compliant, nullErr + nullOut);
        Assert.False(JsonDocument.Parse(nullOut).RootElement.GetProperty("results")[0].GetProperty("publicKey").TryGetProperty("pssRestriction", out _));
    }

    [Fact]
    public void Cert_Directory_FilesWithUnknownNames_AreRecognisedByContent()
    {
        // server.txt (PEM) and cert (DER) are certificates whatever their names; a directory of them gave "0 result(s)", exit 0.
        using var dir = new TempDir();
        var certs = Directory.CreateDirectory(dir.Path("certs")).FullName;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var c = SelfSigned(key, "CN=by-content", HashAlgorithmName.SHA256);
        File.WriteAllText(Path.Combine(certs, "server.txt"), "Certificate:\n    (a text dump before the block)\n" + Pem(c));
        File.WriteAllBytes(Path.Combine(certs, "cert"), c.RawData);
        File.WriteAllText(Path.Combine(certs, "README"), "0 certificates here? no: this is text.\n");
        var (code, output, err) = Cli("cert", certs, "-f", "json");
        Assert.True(code == ExitCodes.Compliant, err + output);
        var results = JsonDocument.Parse(output).RootElement.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        Assert.All(results.EnumerateArray(), r => Assert.Equal("CN=by-content", r.GetProperty("subject").GetString()));
        Assert.Contains("1 file(s) skipped", err);
        Assert.Contains("README", err);
    }

    [Fact]
    public void Cert_Directory_ParameterFilesBesideCertificates_ArePassedOver_NotErrors()
    {
        // nginx keeps dhparam.pem beside its certificates: named on the command line a parameters-only file is an "empty"
        // error, but in a directory walk it made every run exit 2.
        using var dir = new TempDir();
        var conf = Directory.CreateDirectory(dir.Path("nginx")).FullName;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var c = SelfSigned(key, "CN=beside-params", HashAlgorithmName.SHA256);
        File.WriteAllText(Path.Combine(conf, "server.crt"), Pem(c));
        Run("openssl", dir.Root, "ecparam", "-name", "prime256v1", "-out", Path.Combine(conf, "dhparam.pem"));
        Assert.Contains("BEGIN EC PARAMETERS", File.ReadAllText(Path.Combine(conf, "dhparam.pem")));
        var (code, output, err) = Cli("cert", conf, "-f", "json");
        Assert.True(code == ExitCodes.Compliant, err + output);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, root.GetProperty("results").GetArrayLength());
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        Assert.Contains("dhparam.pem", err);
        // Named on its own, it is still an input error.
        Assert.Equal(ExitCodes.UsageError, Cli("cert", Path.Combine(conf, "dhparam.pem")).Code);

        // A script that quotes a PEM header is recognised by content, fails to parse, and is passed over too (a reviewer
        // found it turning the walk into exit 2).
        File.WriteAllText(Path.Combine(conf, "extract.sh"), "sed -n \"/-----BEGIN CERTIFICATE-----/,/-----END CERTIFICATE-----/p\" \"$1\"\n");
        var (code2, _, err2) = Cli("cert", conf);
        Assert.True(code2 == ExitCodes.Compliant, err2);
        Assert.Contains("extract.sh", err2);

        // But a certificate cut short, found by its content, is an error, not a skipped file (a second review found the
        // walk hiding it and exiting 0).
        File.WriteAllText(Path.Combine(conf, "bundle"), Pem(c)[..200]);
        var (code3, _, err3) = Cli("cert", conf);
        Assert.True(code3 == ExitCodes.UsageError, err3);
        Assert.Contains("bundle", err3);
        Assert.DoesNotContain("bundle (", err3);
    }

    [Fact]
    public void Cert_Directory_NothingToInspect_IsAnInputErrorNamingWhatWasSkipped()
    {
        using var dir = new TempDir();
        var other = Directory.CreateDirectory(dir.Path("other")).FullName;
        File.WriteAllText(Path.Combine(other, "notes.txt"), "no certificate here\n");
        File.WriteAllBytes(Path.Combine(other, "blob"), new byte[] { 0x30, 0x81, 0x02, 0x01, 0x00 }); // says 2 bytes of content, is not a certificate
        var fifo = Path.Combine(other, "pipe");
        Run("mkfifo", dir.Root, fifo); // never opened: a walk must not block on it
        var (code, output, err) = Cli("cert", other, "-f", "json");
        Assert.Equal(ExitCodes.UsageError, code);
        SchemaAssert.Valid("report.schema.json", output);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, root.GetProperty("results").GetArrayLength());
        var e = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal("empty", e.GetProperty("code").GetString());
        Assert.Equal(other, e.GetProperty("source").GetString());
        Assert.Contains("3 file(s) skipped", e.GetProperty("message").GetString());
        Assert.Contains("notes.txt", err);

        var empty = Directory.CreateDirectory(dir.Path("empty")).FullName;
        var (emptyCode, _, emptyErr) = Cli("cert", empty);
        Assert.Equal(ExitCodes.UsageError, emptyCode);
        Assert.Contains("holds no files", emptyErr);
    }

    [Fact]
    public void Cert_UnreadableInput_ExitsTwo_OthersStillReported()
    {
        using var dir = new TempDir();
        var good = Chain(dir);
        var bad = dir.Write("bad.der", new byte[] { 0x30, 0x82, 0x10, 0x00, 0x01 });
        var (code, output, err) = Cli("cert", good, bad, dir.Path("missing.pem"), "-f", "json");
        Assert.Equal(ExitCodes.UsageError, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, root.GetProperty("results").GetArrayLength());
        Assert.Equal(2, root.GetProperty("errors").GetArrayLength());
        Assert.Contains("bad.der", err);
        Assert.Contains("missing.pem", err);
        SchemaAssert.Valid("cert.schema.json", output);
    }

    [Fact]
    public void Cert_PfxPassword_FromOptionOrEnvironment_NeverPrinted()
    {
        using var dir = new TempDir();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var c = SelfSigned(key, "CN=pfx", HashAlgorithmName.SHA256);
        var pfx = dir.Write("s.pfx", c.Export(X509ContentType.Pkcs12, "Secret-123"));
        var (code, output, err) = Cli("cert", pfx, "--password", "Secret-123", "-f", "json");
        Assert.Equal(ExitCodes.Compliant, code);
        Assert.DoesNotContain("Secret-123", output + err);

        var wrong = Cli("cert", pfx, "--password", "Wrong-456", "-f", "json");
        Assert.Equal(ExitCodes.UsageError, wrong.Code);
        Assert.DoesNotContain("Wrong-456", wrong.Out + wrong.Err);

        Environment.SetEnvironmentVariable("CRYPTREC_CHECK_PASSWORD", "Secret-123");
        try
        {
            Assert.Equal(ExitCodes.Compliant, Cli("cert", pfx).Code);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CRYPTREC_CHECK_PASSWORD", null);
        }
    }

    [Fact]
    public void Cert_Sarif_AndTable_AndTrust()
    {
        using var dir = new TempDir();
        var path = Chain(dir, leafRsaBits: 1024);
        var (code, sarif, _) = Cli("cert", path, "--format", "sarif");
        Assert.Equal(ExitCodes.Noncompliant, code);
        var run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "cert.public-key" && r.GetProperty("level").GetString() == "error");

        var table = Cli("cert", path).Out;
        Assert.Contains("CN=cli.example.jp", table);
        Assert.Contains("RSA-1024", table);

        var anchors = dir.Write("anchors.pem", File.ReadAllText(path));
        var trusted = Cli("cert", path, "--trust", anchors, "-f", "json");
        var leaf = JsonDocument.Parse(trusted.Out).RootElement.GetProperty("results")[0];
        Assert.Contains(leaf.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "cert.trust" && f.GetProperty("severity").GetString() == "info");
        Assert.Equal(ExitCodes.UsageError, Cli("cert", path, "--trust", dir.Path("none.pem")).Code);
    }

    [Theory]
    [InlineData("--profile", "strict")]
    [InlineData("--as-of", "2026-13-01")]
    [InlineData("--operation-end-year", "abc")]
    public void Cert_BadOption_IsUsageError(string option, string value)
    {
        using var dir = new TempDir();
        var (code, _, err) = Cli("cert", Chain(dir), option, value);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.NotEmpty(err);
    }
}
