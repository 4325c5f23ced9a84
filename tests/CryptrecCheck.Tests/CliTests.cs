using System.Text.Json;
using CryptrecCheck.Cli;
using CryptrecCheck.Reporting;
using Xunit;

namespace CryptrecCheck.Tests;

/// <summary>The cryptrec-check command through its public entry point: arguments in, text and exit code out.</summary>
public class CliTests
{
    private static readonly DateTime Today = new(2026, 11, 28);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e, () => Today);
        return (code, o.ToString(), e.ToString());
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void Explain_IssueExamples_JsonContract()
    {
        var (code, output, _) = Run("explain", "SHA1withRSA", "1.2.840.113549.1.1.5", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "0xC02F",
            "AES/ECB/PKCS7PADDING", "secp256k1", "ML-KEM-512", "RSA-1024", "--format", "json");
        Assert.Equal(ExitCodes.Noncompliant, code);
        var arr = Json(output);
        Assert.Equal(JsonValueKind.Array, arr.ValueKind);
        var statuses = arr.EnumerateArray().Select(x => x.GetProperty("status").GetString()).ToArray();
        Assert.Equal(new[] { "monitored", "monitored", "monitored", "recommended", "not-listed", "not-listed", "not-listed", "not-listed" }, statuses);
        foreach (var item in arr.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("input").GetString()));
            Assert.Equal(JsonValueKind.String, item.GetProperty("resolved").ValueKind);
            var reasons = item.GetProperty("reasons");
            Assert.True(reasons.GetArrayLength() > 0);
            foreach (var r in reasons.EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetString()));
                Assert.False(string.IsNullOrEmpty(r.GetProperty("citation").GetString()));
                Assert.True(r.GetProperty("derived").ValueKind is JsonValueKind.True or JsonValueKind.False);
            }
        }
    }

    [Fact]
    public void Explain_AllCompliant_ExitsZero()
    {
        var (code, output, _) = Run("explain", "AES-256-GCM", "SHA-384", "0x1302");
        Assert.Equal(ExitCodes.Compliant, code);
        Assert.Contains("3 name(s): 3 compliant", output);
    }

    [Fact]
    public void Explain_Unknown_ExitsOne_WithNullResolved()
    {
        var (code, output, _) = Run("explain", "FOOBAR", "-f", "json");
        Assert.Equal(ExitCodes.Noncompliant, code);
        var item = Json(output)[0];
        Assert.Equal(JsonValueKind.Null, item.GetProperty("resolved").ValueKind);
        Assert.Equal("unknown", item.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("explain")]
    [InlineData("explain", "")]
    [InlineData("explain", "RSA-0")]
    [InlineData("explain", "AES-7")]
    [InlineData("explain", "SHA-256", "--format", "xml")]
    [InlineData("explain", "SHA-256", "--edition", "1999")]
    [InlineData("explain", "SHA-256", "--as-of", "yesterday")]
    [InlineData("explain", "SHA-256", "--operation-end-year", "99999")]
    [InlineData("explain", "SHA-256", "--tls-type", "medium")]
    [InlineData("explain", "SHA-256", "--policy", "/nonexistent/policy.json")]
    [InlineData("explain", "--input-file", "/nonexistent/names.txt")]
    [InlineData("frobnicate")]
    public void BadUsageOrInput_ExitsTwo_WithAMessageAndNoStackTrace(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.False(string.IsNullOrWhiteSpace(err));
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void Explain_MalformedPolicyFile_NamesFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cc-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"schemaVersion\": 1,\n  \"failOn\": \"sometimes\"\n}\n");
        try
        {
            var (code, _, err) = Run("explain", "SHA-256", "--policy", path);
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains($"{path}:3:", err);
            Assert.Contains("unknown status", err);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Explain_OperationEndYear_MovesRsa2048AcrossTheBoundary()
    {
        Assert.Equal(ExitCodes.Compliant, Run("explain", "RSA-2048", "-y", "2030").Code);
        Assert.Equal(ExitCodes.Noncompliant, Run("explain", "RSA-2048", "-y", "2031").Code);
    }

    [Fact]
    public void Explain_AsOf_BeforeR2_MlKemNotYetEffective()
    {
        var (code, output, _) = Run("explain", "ML-KEM-768", "--as-of", "2026-03-29", "-f", "json");
        Assert.Equal(ExitCodes.Noncompliant, code);
        Assert.Contains("not-yet-effective", output);
        Assert.Equal(ExitCodes.Compliant, Run("explain", "ML-KEM-768", "--as-of", "2026-03-30").Code);
    }

    [Fact]
    public void Explain_FailOnAndTlsType_ChangeTheVerdict()
    {
        Assert.Equal(ExitCodes.Noncompliant, Run("explain", "SHA-1").Code);
        Assert.Equal(ExitCodes.Compliant, Run("explain", "SHA-1", "--fail-on", "not-listed").Code);
        Assert.Equal(ExitCodes.Compliant, Run("explain", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "--tls-type", "recommended").Code);
        Assert.Equal(ExitCodes.Noncompliant, Run("explain", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "--tls-type", "high").Code);
    }

    [Fact]
    public void Explain_Japanese_MessagesAreJapanese()
    {
        var (_, output, _) = Run("explain", "MD5", "--lang", "ja");
        Assert.Contains("いずれのリストにも記載されていない", output);
        var (_, json, _) = Run("explain", "MD5", "--lang", "ja", "-f", "json");
        Assert.Contains("記載されていない", Json(json)[0].GetProperty("reasons")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Explain_SampleNames_RunsTheReadmeJob()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "samples", "names.txt");
        var (code, output, _) = Run("explain", "--input-file", file, "--policy", Path.Combine(AppContext.BaseDirectory, "samples", "policy.json"), "-f", "json");
        Assert.Equal(ExitCodes.Noncompliant, code);
        var names = File.ReadAllLines(file).Count(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        Assert.Equal(names, Json(output).GetArrayLength());
        Assert.All(Json(output).EnumerateArray(), i => Assert.NotEqual(JsonValueKind.Null, i.GetProperty("resolved").ValueKind));
    }

    [Theory]
    [InlineData("2022r2", 55)]
    [InlineData("2012r8", 49)]
    public void List_Json_HasEveryListedRowWithCitation(string edition, int rows)
    {
        var (code, output, _) = Run("list", "--edition", edition, "--format", "json");
        Assert.Equal(ExitCodes.Compliant, code);
        var entries = Json(output).GetProperty("entries");
        Assert.Equal(rows, entries.GetArrayLength());
        Assert.All(entries.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("citation").GetString())));
    }

    [Fact]
    public void List_Table_Japanese_ShowsCategoryNames()
    {
        var (code, output, _) = Run("list", "--lang", "ja");
        Assert.Equal(0, code);
        Assert.Contains("公開鍵暗号・署名", output);
        Assert.Contains("ML-KEM (ML-KEM-768, ML-KEM-1024)", output);
    }

    [Fact]
    public void Help_ExplainsCommandsAndExitCodes()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("explain", output);
        Assert.Contains("Exit codes", output);
    }
}
