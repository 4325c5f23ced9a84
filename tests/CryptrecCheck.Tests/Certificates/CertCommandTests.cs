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
