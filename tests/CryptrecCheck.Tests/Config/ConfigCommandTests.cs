using System.Text.Json;
using CryptrecCheck.Cli;
using CryptrecCheck.Tests.Infrastructure;
using Xunit;

namespace CryptrecCheck.Tests.Config;

/// <summary>`cryptrec-check config` end to end: formats, the committed schema, exit codes 0/1/2.</summary>
public sealed class ConfigCommandTests : IDisposable
{
    private readonly ConfigTestKit _kit = new();

    public void Dispose() => _kit.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e, () => new DateTime(2026, 11, 28));
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Config_CompliantNginx_ExitsZeroAndJsonValidates()
    {
        var path = _kit.Write("nginx.conf", "ssl_protocols TLSv1.2 TLSv1.3;\nssl_ciphers ECDHE+AESGCM;\n");
        var (code, output, err) = Run("config", path, "--format", "json");
        Assert.True(code == 0, err + output);
        SchemaAssert.Valid("config.schema.json", output);
        SchemaAssert.Valid("report.schema.json", output);
        using var doc = JsonDocument.Parse(output);
        var d = doc.RootElement.GetProperty("results")[0].GetProperty("directives")[1];
        Assert.Equal("ssl_ciphers", d.GetProperty("directive").GetString());
        Assert.Equal(2, d.GetProperty("line").GetInt32());
        Assert.True(d.GetProperty("tls").GetProperty("high").GetProperty("allowed").GetBoolean());
        Assert.Equal(4, d.GetProperty("selected").GetArrayLength());
    }

    [Fact]
    public void Config_LegacySshd_ExitsOneWithSarifFileAndLine()
    {
        var path = _kit.Write("sshd_config", "# legacy\nCiphers aes128-ctr,3des-cbc,arcfour\n");
        var (code, output, _) = Run("config", path, "--format", "sarif");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results");
        var rc4 = results.EnumerateArray().First(r => r.GetProperty("message").GetProperty("text").GetString()!.Contains("arcfour", StringComparison.Ordinal));
        var region = rc4.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Config_TableAndMarkdown_NameDirectiveAndGuidelineVerdict()
    {
        var path = _kit.Write("ssl.conf", "SSLProtocol all -SSLv3\n");
        var (code, table, _) = Run("config", path, "--type", "apache");
        Assert.Equal(1, code);
        Assert.Contains("SSLProtocol", table);
        Assert.Contains("exception: allowed", table);
        var (_, md, _) = Run("config", path, "--type", "apache", "--format", "markdown", "--lang", "ja");
        Assert.Contains("SSLProtocol", md);
    }

    [Fact]
    public void Config_MissingBinaryAndUnknownFiles_ExitTwoButAuditTheRest()
    {
        var good = _kit.Write("haproxy.cfg", "global\n  ssl-default-bind-ciphers ECDHE-RSA-AES128-GCM-SHA256\n");
        var bin = Path.Combine(_kit.Root, "nginx.conf");
        File.WriteAllBytes(bin, new byte[] { 1, 0, 2 });
        var unknown = _kit.Write("notes.txt", "hello\n");
        var (code, output, err) = Run("config", good, bin, unknown, Path.Combine(_kit.Root, "missing.conf"), "--format", "json");
        Assert.Equal(2, code);
        SchemaAssert.Valid("config.schema.json", output);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("results").GetArrayLength());
        var codes = doc.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("binary", codes);
        Assert.Contains("unrecognised", codes);
        Assert.Contains("io", codes);
        Assert.Contains("missing.conf", err);
    }

    [Theory]
    [InlineData("--type", "iis")]
    [InlineData("--openssl-seclevel", "9")]
    public void Config_BadOption_ExitsTwo(string option, string value)
    {
        var path = _kit.Write("nginx.conf", "ssl_protocols TLSv1.2;\n");
        var (code, _, err) = Run("config", path, option, value);
        Assert.Equal(2, code);
        Assert.Contains(value, err);
    }
}

/// <summary>explain with pasted lists and cipher strings (issue 11).</summary>
public sealed class ExplainPastedTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e, () => new DateTime(2026, 11, 28));
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Explain_ColonList_EachSuiteJudged()
    {
        var (code, output, _) = Run("explain", "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Explain_CipherStringWithKeywords_ExpandsToTheSuitesOpenSslUses()
    {
        const string cs = "ECDHE+AESGCM:!aNULL";
        var (code, output, _) = Run("explain", cs, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var expected = CryptrecCheck.Config.OpenSsl.OpenSslCipherString.Expand(cs).Supported().Select(c => c.StandardName).ToList();
        Assert.Equal(expected, doc.RootElement.EnumerateArray().Select(e => e.GetProperty("input").GetString()!).ToList());
    }

    [Fact]
    public void Explain_SingleNamesWithSeparators_StayWhole()
    {
        var (_, output, _) = Run("explain", "0x00,0x0A", "--format", "json");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetArrayLength());
    }
}
