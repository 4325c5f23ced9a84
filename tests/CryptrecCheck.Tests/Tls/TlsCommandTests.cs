using System.Text.Json;
using CryptrecCheck.Cli;
using CryptrecCheck.Reporting;
using CryptrecCheck.Tests.Infrastructure;
using CryptrecCheck.Tests.Tls.Infrastructure;
using Xunit;

namespace CryptrecCheck.Tests.Tls;

/// <summary>The <c>tls</c> verb through the CLI entry point against real loopback servers: JSON contract, schemas,
/// profiles and exit codes.</summary>
public class TlsCommandTests
{
    /// <summary>Listed handshake signatures only: OpenSSL 3.0's default set also signs TLS 1.2 key exchanges with SHA-224
    /// (not listed) when a client asks, which the scanner reports (OpenSslScanTests.Scan_DefaultServer_…); servers meant
    /// to be compliant here say so, as an administrator would.</summary>
    internal const string ListedSigalgs = " -sigalgs rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pkcs1_sha256:rsa_pkcs1_sha384:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e, TestCertificates.Today);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Tls_Json_FollowsTheEnvelopeAndTlsSchemas()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            "-cipher ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA -ciphersuites TLS_AES_128_GCM_SHA256" + ListedSigalgs);
        var (code, output, err) = Run("tls", server.Target, "--format", "json");
        Assert.True(code == ExitCodes.Compliant, err + output);
        SchemaAssert.Valid("report.schema.json", output);
        using var doc = JsonDocument.Parse(output);
        var results = doc.RootElement.GetProperty("results");
        var r = Assert.Single(results.EnumerateArray());
        SchemaAssert.Valid("tls.schema.json", r.GetRawText());
        Assert.Equal(server.Target, r.GetProperty("target").GetString());
        Assert.Equal("127.0.0.1", r.GetProperty("ip").GetString());
        var tls12 = r.GetProperty("protocols").EnumerateArray().Single(p => p.GetProperty("version").GetString() == "TLS1.2");
        Assert.True(tls12.GetProperty("supported").GetBoolean());
        var names = tls12.GetProperty("cipherSuites").EnumerateArray().Select(s => s.GetProperty("name").GetString()).OrderBy(n => n).ToArray();
        Assert.Equal(new[] { "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA" }, names);
        var rsa = tls12.GetProperty("cipherSuites").EnumerateArray().Single(s => s.GetProperty("code").GetInt32() == 0x002F);
        Assert.Equal("monitored", rsa.GetProperty("status").GetString());
        Assert.False(rsa.GetProperty("allowed").GetProperty("high").GetBoolean());
        Assert.True(rsa.GetProperty("allowed").GetProperty("recommended").GetBoolean());
        var compliance = r.GetProperty("compliance");
        Assert.False(compliance.GetProperty("high").GetBoolean());
        Assert.True(compliance.GetProperty("recommended").GetBoolean());
        Assert.True(compliance.GetProperty("exception").GetBoolean());
        Assert.NotEmpty(r.GetProperty("certificateChain").EnumerateArray());
        Assert.Contains(r.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "tls.cipher-suite");
    }

    [Fact]
    public void Tls_Resumption_IsTestedOnlyWhenAskedFor()
    {
        // s_server's defaults: a session cache and tickets; the ID test gets a handshake without the ticket extension.
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256" + ListedSigalgs);
        static JsonElement Features(string output) =>
            JsonDocument.Parse(output).RootElement.GetProperty("results")[0].GetProperty("features").Clone();

        var (code, plain, err) = Run("tls", server.Target, "--format", "json");
        Assert.True(code == ExitCodes.Compliant, err + plain);
        Assert.Equal(JsonValueKind.Null, Features(plain).GetProperty("sessionResumptionId").ValueKind);
        Assert.Equal(JsonValueKind.Null, Features(plain).GetProperty("sessionResumptionTicket").ValueKind);

        (code, var asked, err) = Run("tls", server.Target, "--resumption", "--format", "json");
        Assert.True(code == ExitCodes.Compliant, err + asked);
        SchemaAssert.Valid("report.schema.json", asked);
        Assert.True(Features(asked).GetProperty("sessionResumptionId").GetBoolean());
        Assert.True(Features(asked).GetProperty("sessionResumptionTicket").GetBoolean());
    }

    [Fact]
    public void Tls_CertificateChain_IsJudgedByTheCertificateInspector()
    {
        // Only the certificate is weak (RSA-1024 signed with SHA-1): the suite alone would pass every type.
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa1024Sha1, "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0", legacy: true);
        var (code, output, err) = Run("tls", server.Target, "--format", "json");
        Assert.True(code == ExitCodes.Noncompliant, err + output);
        using var doc = JsonDocument.Parse(output);
        var r = doc.RootElement.GetProperty("results")[0];
        Assert.True(r.GetProperty("certificatesJudged").GetBoolean());
        var key = r.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("asset").GetString() == "RSA-1024");
        Assert.Equal("not-listed", key.GetProperty("status").GetString());
        Assert.Equal(server.Port, key.GetProperty("location").GetProperty("port").GetInt32());
        Assert.Equal("CN=localhost", key.GetProperty("location").GetProperty("certificate").GetString());
        var compliance = r.GetProperty("compliance");
        Assert.False(compliance.GetProperty("recommended").GetBoolean());
        Assert.False(compliance.GetProperty("high").GetBoolean());
    }

    [Fact]
    public void Tls_PssCertificateWithMgf1Sha1_IsJudgedByItsWeakerHash()
    {
        // The suite and the key are recommended; only the certificate's MGF1 hash (SHA-1, monitored) is not. The tls verb
        // judges the chain with the cert verb's code, so the signature is monitored here as it is there (policy basis D3).
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa3072PssMgf1Sha1, "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256");
        var (code, output, err) = Run("tls", server.Target, "--format", "json");
        Assert.True(code == ExitCodes.Noncompliant, err + output);
        using var doc = JsonDocument.Parse(output);
        var r = doc.RootElement.GetProperty("results")[0];
        var sig = Assert.Single(r.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "cert.signature");
        Assert.Equal("RSASSA-PSS (SHA-256, MGF1 SHA-1, salt 32)", sig.GetProperty("asset").GetString());
        Assert.Equal("monitored", sig.GetProperty("status").GetString());
        Assert.Contains("MGF1 hash SHA-1", sig.GetProperty("messageEn").GetString());
        Assert.False(r.GetProperty("compliance").GetProperty("recommended").GetBoolean());
    }

    [Fact]
    public void Tls_HighProfile_FailsOnStaticRsa_ExitsOne()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256:AES128-GCM-SHA256");
        var (code, output, _) = Run("tls", server.Target, "--profile", "high");
        Assert.Equal(ExitCodes.Noncompliant, code);
        Assert.Contains("TLS_RSA_WITH_AES_128_GCM_SHA256 is not allowed in the High Security type", output);
        var (codeJa, outputJa, _) = Run("tls", server.Target, "--profile", "high", "--lang", "ja");
        Assert.Equal(ExitCodes.Noncompliant, codeJa);
        Assert.Contains("高セキュリティ型で利用不可", outputJa);
        // The type decides a target: a lenient --fail-on does not turn a target that fails --profile into a pass (it did:
        // the target's status, not-listed, is below unknown).
        var (codeLenient, json, _) = Run("tls", server.Target, "--profile", "high", "--fail-on", "unknown", "-f", "json");
        Assert.Equal(ExitCodes.Noncompliant, codeLenient);
        Assert.Equal(1, JsonDocument.Parse(json).RootElement.GetProperty("summary").GetProperty("noncompliant").GetInt32());
    }

    [Fact]
    public void Tls_HighProfile_WithoutTls13_IsAWarningNotAFailure()
    {
        // Policy basis D7: a server without TLS 1.3 is warned about under the high security type (mandatory there is unverified).
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256" + ListedSigalgs);
        static IEnumerable<JsonElement> Findings(string json) => JsonDocument.Parse(json).RootElement.GetProperty("results")[0].GetProperty("findings").EnumerateArray();
        var (code, json, err) = Run("tls", server.Target, "--profile", "high", "-f", "json");
        Assert.True(code == ExitCodes.Compliant, err + json);
        SchemaAssert.Valid("report.schema.json", json);
        SchemaAssert.Valid("tls.schema.json", JsonDocument.Parse(json).RootElement.GetProperty("results")[0].GetRawText());
        var w = Assert.Single(Findings(json), f => f.GetProperty("id").GetString() == "tls.no-tls13");
        Assert.Equal("warning", w.GetProperty("severity").GetString());
        (_, json, _) = Run("tls", server.Target, "-f", "json");
        Assert.DoesNotContain(Findings(json), f => f.GetProperty("id").GetString() == "tls.no-tls13"); // recommended type: no warning
        using var modern = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-cipher ECDHE-RSA-AES128-GCM-SHA256" + ListedSigalgs);
        (_, json, _) = Run("tls", modern.Target, "--profile", "high", "-f", "json");
        Assert.DoesNotContain(Findings(json), f => f.GetProperty("id").GetString() == "tls.no-tls13");
    }

    [Fact]
    public void Tls_LegacyServer_OnlyTheExceptionTypeAllowsTls10()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-no_tls1_3 -cipher ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0" + ListedSigalgs, legacy: true);
        var (code, output, _) = Run("tls", server.Target, "-f", "json");
        Assert.Equal(ExitCodes.Noncompliant, code);
        using var doc = JsonDocument.Parse(output);
        var c = doc.RootElement.GetProperty("results")[0].GetProperty("compliance");
        Assert.False(c.GetProperty("high").GetBoolean());
        Assert.False(c.GetProperty("recommended").GetBoolean());
        Assert.True(c.GetProperty("exception").GetBoolean());
        Assert.Equal(ExitCodes.Compliant, Run("tls", server.Target, "--profile", "exception").Code);
    }

    [Fact]
    public void Tls_UnreachableTarget_IsAnErrorInAValidReport_ExitsTwo()
    {
        var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        var (code, output, _) = Run("tls", "127.0.0.1:" + port, "-f", "json", "--timeout", "1");
        Assert.Equal(ExitCodes.UsageError, code);
        SchemaAssert.Valid("report.schema.json", output);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("connect-failed", doc.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        // Not judged, so not "not-listed" (which read as a CRYPTREC verdict on a closed port).
        Assert.Equal("unknown", doc.RootElement.GetProperty("results")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void Tls_ServerRefusingEveryHello_FailsWithAFindingThatSaysSo()
    {
        // Every hello answered by a fatal handshake_failure alert: the target failed with no finding and no error.
        using var server = new HostileServer((s, ct) => s.WriteAsync(
            CryptrecCheck.Tls.Wire.ClientHelloBuilder.Frame(CryptrecCheck.Tls.Wire.ContentTypes.Alert, 0x0303, new byte[] { 2, CryptrecCheck.Tls.Wire.AlertDescriptions.HandshakeFailure }), ct).AsTask());
        var (code, output, _) = Run("tls", server.Target, "-f", "json");
        Assert.Equal(ExitCodes.Noncompliant, code);
        SchemaAssert.Valid("report.schema.json", output);
        var r = JsonDocument.Parse(output).RootElement.GetProperty("results")[0];
        Assert.Equal("unknown", r.GetProperty("status").GetString());
        var f = Assert.Single(r.GetProperty("findings").EnumerateArray(), x => x.GetProperty("id").GetString() == "tls.no-handshake");
        Assert.Equal("error", f.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrEmpty(f.GetProperty("messageJa").GetString()));
    }

    [Theory]
    [InlineData("http://example.test/")]
    [InlineData("[::1")]
    [InlineData("host:99999")]
    [InlineData("bad host")]
    public void Tls_InvalidTarget_ExitsTwo_NamingIt(string target)
    {
        var (code, _, err) = Run("tls", target);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("invalid target", err);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("bad..name", false)]
    [InlineData("a-label-that-is-far-too-long-for-dns-because-it-has-more-than-63-characters.example", false)]
    [InlineData("bücher.example", false)]
    [InlineData("www.example.jp", true)]
    [InlineData(" www.example.jp ", true)]
    [InlineData("", true)]
    [InlineData("xn--bcher-kva.example", true)]
    public void Tls_Sni_MustBeAHostName(string sni, bool accepted)
    {
        // The option's own check (the message), not the scan's outcome: the target is a closed port either way.
        var (code, _, err) = Run("tls", "127.0.0.1:1", "--sni", sni, "--timeout", "1");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal(!accepted, err.Contains("--sni", StringComparison.Ordinal) && err.Contains("is not a DNS host name", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--timeout", "abc")]
    [InlineData("--max-connections-per-host", "0")]
    [InlineData("--rate", "-1")]
    [InlineData("--profile", "medium")]

    public void Tls_BadOptionValue_ExitsTwo(string option, string value)
    {
        Assert.Equal(ExitCodes.UsageError, Run("tls", "127.0.0.1:1", option, value).Code);
    }

    [Fact]
    public void Tls_TargetsFileAndOutputFile_Work()
    {
        using var a = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-no_tls1_3 -cipher ECDHE-ECDSA-AES256-GCM-SHA384" + ListedSigalgs);
        using var b = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-tls1_3 -ciphersuites TLS_AES_256_GCM_SHA384");
        var dir = Directory.CreateTempSubdirectory("cryptrec-tls-cli");
        try
        {
            var list = Path.Combine(dir.FullName, "targets.txt");
            File.WriteAllLines(list, new[] { "# lab", a.Target, string.Empty, b.Target });
            var outFile = Path.Combine(dir.FullName, "report.md");
            var (code, _, err) = Run("tls", "--targets", list, "-f", "markdown", "-o", outFile);
            Assert.True(code == ExitCodes.Compliant, err);
            var md = File.ReadAllText(outFile);
            Assert.Contains(a.Target, md);
            Assert.Contains(b.Target, md);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
