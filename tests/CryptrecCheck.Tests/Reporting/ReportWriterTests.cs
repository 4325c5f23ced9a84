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
    [InlineData("en", "0 result(s): 0 noncompliant, 2 error(s).", "error: x.pem: not a certificate")]
    [InlineData("ja", "0 件: 不適合 0、エラー 2。", "エラー: x.pem: not a certificate")]
    public void Table_ErrorsOnly_NameTheInputOnce_AndNoEmptyCounts(string lang, string summaryLine, string errorLine)
    {
        // The message names the input itself (as every file error does): the line must not say "x.pem: x.pem: …", and a
        // report with no result must not show an empty "()" of counts.
        var r = new Report("cert", ReportSettings.From(Context, lang), Array.Empty<IReportResult>(),
            new[] { new ReportError("x.pem", "parse", "x.pem: not a certificate"), new ReportError("y.pem", "io", "permission denied") });
        var (text, _) = Render(r, ReportFormat.Table);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(errorLine, lines);
        Assert.Contains(lines, l => l.EndsWith(": y.pem: permission denied", StringComparison.Ordinal)); // a message without it gets it
        Assert.DoesNotContain("x.pem: x.pem", text);
        Assert.DoesNotContain("()", text);
        Assert.DoesNotContain("（）", text);
        Assert.Contains(lines, l => l.StartsWith(summaryLine, StringComparison.Ordinal));
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
