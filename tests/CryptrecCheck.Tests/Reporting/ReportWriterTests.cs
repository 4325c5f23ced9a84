using System.Text;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;
using CryptrecCheck.Tests.Infrastructure;
using Xunit;

namespace CryptrecCheck.Tests.Reporting;

/// <summary>The shared renderers over real verdicts of the evaluator.</summary>
public class ReportWriterTests
{
    private static readonly EvaluationContext Context = new(new DateTime(2026, 12, 1), operationEndYear: 2030);

    private static Report Names(params string[] names)
    {
        var engine = new PolicyEngine(Context);
        return new Report("explain", ReportSettings.From(Context), names.Select(n => (IReportResult)new NameResult(engine.Explain(n))).ToList());
    }

    private static (string Text, ReportSummary Summary) Render(Report r, ReportFormat f)
    {
        using var ms = new MemoryStream();
        var s = ReportWriter.Write(r, f, ms);
        return (Encoding.UTF8.GetString(ms.ToArray()), s);
    }

    [Fact]
    public void Json_Envelope_ValidatesAgainstSchema_AndCounts()
    {
        var (json, summary) = Render(Names("AES-128-GCM", "SHA1", "RC4", "NOPE-42"), ReportFormat.Json);
        SchemaAssert.Valid("report.schema.json", json);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(4, root.GetProperty("results").GetArrayLength());
        var byStatus = root.GetProperty("summary").GetProperty("byStatus");
        Assert.Equal(1, byStatus.GetProperty("recommended").GetInt32());
        Assert.Equal(1, byStatus.GetProperty("monitored").GetInt32());
        Assert.Equal(1, byStatus.GetProperty("not-listed").GetInt32());
        Assert.Equal(1, byStatus.GetProperty("unknown").GetInt32());
        Assert.Equal(3, summary.Noncompliant);
        Assert.Equal(ExitCodes.Noncompliant, summary.ExitCode);
        Assert.Equal("2026-12-01", root.GetProperty("settings").GetProperty("asOf").GetString());
        Assert.Equal(2030, root.GetProperty("settings").GetProperty("operationEndYear").GetInt32());
    }

    [Fact]
    public void Json_Envelope_Errors_MakeExitCodeTwo()
    {
        var r = new Report("explain", ReportSettings.From(Context), Array.Empty<IReportResult>(), new[] { new ReportError("x.pem", "parse", "x.pem: not a certificate") });
        var (json, summary) = Render(r, ReportFormat.Json);
        SchemaAssert.Valid("report.schema.json", json);
        Assert.Equal(ExitCodes.UsageError, summary.ExitCode);
        Assert.Equal("parse", JsonDocument.Parse(json).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Sarif_HasRulesResultsAndCryptrecProperties()
    {
        var (sarif, _) = Render(Names("AES-128-GCM", "SHA1", "RC4"), ReportFormat.Sarif);
        var run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", JsonDocument.Parse(sarif).RootElement.GetProperty("version").GetString());
        var results = run.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength()); // the compliant AES-GCM is information only
        Assert.Equal("warning", results[0].GetProperty("level").GetString());
        Assert.Equal("monitored", results[0].GetProperty("properties").GetProperty("cryptrecStatus").GetString());
        Assert.Equal("error", results[1].GetProperty("level").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("explain.status", rules[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Markdown_TablesAreWellFormed_AndInputIsEscaped()
    {
        var (md, _) = Render(Names("SHA1", "a|b<script>`x`"), ReportFormat.Markdown);
        Assert.DoesNotContain("<script>", md);
        foreach (var line in md.Split('\n').Where(l => l.StartsWith('|')))
        {
            // Every row of a table has the same number of unescaped cell separators as its header.
            var cells = System.Text.RegularExpressions.Regex.Matches(line, @"(?<!\\)\|").Count;
            Assert.True(cells is 3 or 7, $"malformed table row: {line}");
        }
    }

    [Theory]
    [InlineData("en", "0 result(s): 0 noncompliant, 2 error(s).", "error: x.pem: not a certificate", "error: y.pem: permission denied")]
    [InlineData("ja", "0 件: 不適合 0、エラー 2。", "エラー: 解析できません — x.pem: not a certificate", "エラー: y.pem: 読み込めません — permission denied")]
    public void Table_ErrorsOnly_NameTheInputOnce_InTheReportsLanguage_AndNoEmptyCounts(string lang, string summaryLine, string errorLine, string otherLine)
    {
        // The message names the input itself (as every file error does): the line must not say "x.pem: x.pem: …"; in Japanese
        // the code's headline leads; a report with no result must not show an empty "()" of counts.
        var r = new Report("cert", ReportSettings.From(Context, lang), Array.Empty<IReportResult>(),
            new[] { new ReportError("x.pem", "parse", "x.pem: not a certificate"), new ReportError("y.pem", "io", "permission denied") });
        var (text, _) = Render(r, ReportFormat.Table);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(errorLine, lines);
        Assert.Contains(otherLine, lines);
        Assert.DoesNotContain("x.pem: x.pem", text);
        Assert.DoesNotContain("()", text);
        Assert.DoesNotContain("（）", text);
        Assert.Contains(lines, l => l.StartsWith(summaryLine, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Documents_InJapanese_GiveTheErrorsHeadlineInJapanese(ReportFormat format)
    {
        var r = new Report("tls", ReportSettings.From(Context, "ja"), Array.Empty<IReportResult>(),
            new[] { new ReportError("127.0.0.1:1", "connect-failed", "cannot connect to 127.0.0.1:1: ConnectionRefused"),
                    new ReportError("a.csproj", "load", "a.csproj: project file not found / プロジェクトファイルがありません") });
        var (text, _) = Render(r, format);
        if (format == ReportFormat.Markdown) { Assert.Contains("- a.csproj: project file not found", text); } // the input named once
        Assert.Contains("接続できません — cannot connect to 127.0.0.1:1: ConnectionRefused", text);
        // A message that is already bilingual gets no second headline.
        Assert.Contains("a.csproj: project file not found / プロジェクトファイルがありません", text);
        Assert.DoesNotContain("読み込めません — a.csproj", text);
        Assert.DoesNotContain("a.csproj: a.csproj", text);
        var (en, _) = Render(new Report("tls", ReportSettings.From(Context, "en"), Array.Empty<IReportResult>(), r.Errors), format);
        Assert.DoesNotContain("接続できません", en);
    }

    [Fact]
    public void EveryErrorCodeTheToolWrites_HasAJapaneseHeadline()
    {
        // The codes are read from the sources (every ReportError, InspectionError, failed file and container problem), so a
        // new code without a headline fails here; the TLS error kinds come from their enum. Left out: the JSON field names
        // and fallback that EnvelopeReader uses when it reads a report back ("source", "code", "message", "error"), and the
        // "unknown" format of a file that failed.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "CryptrecCheck.sln"))) { root = root.Parent; }
        Assert.NotNull(root);
        var call = new System.Text.RegularExpressions.Regex(@"ReportError\(|InspectionError\(|Failed\((path|source|root|dir)|Problems\.Add\(\(");
        var literal = new System.Text.RegularExpressions.Regex(@"""([a-z][a-z0-9]*(?:-[a-z0-9]+)*)""");
        var notCodes = new HashSet<string> { "source", "code", "message", "error", "unknown" };
        var codes = Directory.EnumerateFiles(Path.Combine(root!.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(File.ReadLines).Where(l => call.IsMatch(l))
            .SelectMany(l => literal.Matches(l).Select(m => m.Groups[1].Value)).Where(c => !notCodes.Contains(c))
            .Concat(Enum.GetValues<CryptrecCheck.Tls.Wire.TlsErrorKind>().Select(CryptrecCheck.Tls.TlsTargetResult.ErrorCode))
            .Append("input-error").Distinct().ToList();
        Assert.Contains("password", codes); // the scan found what it must
        Assert.Contains("binary", codes);
        foreach (var c in codes) { Assert.False(ReportError.HeadlineJa(c) is null, $"no Japanese headline for error code '{c}'"); }
    }

    [Fact]
    public void AJapaneseFileName_DoesNotMakeAMessageBilingual()
    {
        var e = new ReportError("証明書.pem", "format", "証明書.pem: not a certificate or key");
        Assert.Equal("証明書又は鍵の形式ではありません — 証明書.pem: not a certificate or key", e.MessageIn(true));
        var both = new ReportError("a.csproj", "load", "a.csproj: project file not found / プロジェクトファイルがありません");
        Assert.Equal(both.Message, both.MessageIn(true));
    }

    [Fact]
    public void Table_EscapesControlAndBidiCharacters()
    {
        var r = new Report("explain", ReportSettings.From(Context), Array.Empty<IReportResult>(),
            new[] { new ReportError("evil\u001b[2J\u202Ename", "io", "cannot read \u001b[31m") });
        var (text, _) = Render(r, ReportFormat.Table);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.Contains("\\u{001B}[2J", text);
        Assert.Contains("\\u{202E}", text);
    }
}
