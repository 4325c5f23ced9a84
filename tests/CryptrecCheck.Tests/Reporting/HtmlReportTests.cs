using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CryptrecCheck.Cli;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;
using CryptrecCheck.Tests.Tls.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace CryptrecCheck.Tests.Reporting;

/// <summary>The audit report (report verb, HtmlWriter) over real results: certificates made by openssl at test time and
/// inspected by the cert verb, a loopback openssl s_server scanned by the tls verb, names explained by the policy
/// engine. The HTML is opened in headless chromium and its rendered DOM checked against the JSON.</summary>
public sealed class HtmlReportTests : IDisposable
{
    private const string Xss = "<img src=x onerror=alert(1)>";
    private static readonly DateTime Today = new(2026, 11, 28);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("cryptrec-report-");
    private readonly ITestOutputHelper _log;

    public HtmlReportTests(ITestOutputHelper log) => _log = log;

    public void Dispose() => _dir.Delete(true);

    private string P(string name) => System.IO.Path.Combine(_dir.FullName, name);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e, () => Today);
        return (code, o.ToString(), e.ToString());
    }

    private static void OpenSsl(string args)
    {
        var psi = new ProcessStartInfo("openssl", args) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        var err = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(30_000));
        Assert.True(p.ExitCode == 0, "openssl " + args + ": " + err);
    }

    /// <summary>A weak certificate whose subject is an HTML injection, and a good one.</summary>
    private string CertEnvelope(bool withHostile = true, bool withGood = true)
    {
        var files = new List<string>();
        if (withHostile)
        {
            OpenSsl($"req -x509 -newkey rsa:1024 -nodes -sha1 -days 30 -keyout {P("weak.key")} -out {P("weak.pem")} -subj \"/CN={Xss}\"");
            files.Add(P("weak.pem"));
        }
        if (withGood)
        {
            OpenSsl($"req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 -keyout {P("good.key")} -out {P("good.pem")} -subj /CN=good.example");
            files.Add(P("good.pem"));
        }
        var (code, output, err) = Run(new[] { "cert" }.Concat(files).Concat(new[] { "--format", "json" }).ToArray());
        Assert.True(code is 0 or 1, err);
        var path = P($"cert-{files.Count}-{withHostile}.json");
        File.WriteAllText(path, output);
        return path;
    }

    private string TlsEnvelope()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256:AES128-SHA:@SECLEVEL=0", legacy: true);
        var (code, output, err) = Run("tls", server.Target, "--format", "json");
        Assert.True(code is 0 or 1, err);
        var path = P("tls.json");
        File.WriteAllText(path, output);
        return path;
    }

    /// <summary>explain's names as an envelope, made with the library (explain --format json writes its own array).</summary>
    private string ExplainEnvelope()
    {
        var ctx = new EvaluationContext(Today);
        var engine = new PolicyEngine(ctx);
        var names = new[] { "AES-128-GCM", "SHA1withRSA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", Xss };
        var report = new Report("explain", ReportSettings.From(ctx), names.Select(n => (IReportResult)new NameResult(engine.Explain(n))));
        var path = P("explain.json");
        using (var f = File.Create(path)) { EnvelopeJsonWriter.Write(report, f); }
        return path;
    }

    private static List<JsonElement> Results(params string[] files) =>
        files.SelectMany(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("results").EnumerateArray()).ToList();

    /// <summary>Text as chromium serialises a text node: only &amp;, &lt; and &gt; escaped.</summary>
    private static string DomText(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static int CountOf(string dom, string attribute)
    {
        var m = Regex.Match(dom, Regex.Escape(attribute) + ">([0-9]+)<");
        Assert.True(m.Success, "no " + attribute + " in the DOM");
        return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [ChromiumFact]
    public void Report_RealCertTlsAndExplainResults_RenderInChromiumWithTheJsonsCounts()
    {
        var inputs = new[] { CertEnvelope(), TlsEnvelope(), ExplainEnvelope() };
        var html = P("report.html");
        var (code, _, err) = Run(new[] { "report" }.Concat(inputs).Concat(new[] { "--output", html }).ToArray());
        Assert.True(code == 1, err); // the RSA-1024 certificate and the explained SHA-1 names are noncompliant
        var source = File.ReadAllText(html);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", source, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", source);

        var (dom, log, elapsed) = HtmlBrowser.Run(html, "--dump-dom");
        _log.WriteLine($"dump-dom took {elapsed.TotalMilliseconds:F0} ms");
        Assert.Empty(HtmlBrowser.ConsoleErrors(log));
        var results = Results(inputs);

        // One section per result, and the summary's counts equal to the JSON's.
        Assert.Equal(results.Count, Regex.Matches(dom, "<details class=\"result\"").Count);
        Assert.Equal(results.Count, CountOf(dom, "data-count=\"results\""));
        Assert.Equal(results.Sum(r => r.GetProperty("findings").GetArrayLength()), CountOf(dom, "data-count=\"findings\""));
        foreach (var st in ReportSummary.StatusOrder)
        {
            var expected = results.Count(r => r.GetProperty("status").GetString() == st.ToWireName());
            Assert.Equal(expected, CountOf(dom, $"data-total=\"{st.ToWireName()}\""));
        }
        var noncompliant = inputs.Sum(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("summary").GetProperty("noncompliant").GetInt32());
        Assert.Equal(noncompliant, CountOf(dom, "data-count=\"noncompliant\""));

        // Every finding is present, by id and message.
        foreach (var g in results.SelectMany(r => r.GetProperty("findings").EnumerateArray()).GroupBy(f => f.GetProperty("id").GetString()!))
        {
            Assert.Equal(g.Count(), Regex.Matches(dom, "<tr class=\"finding [^\"]*\" data-id=\"" + Regex.Escape(g.Key) + "\"").Count);
            foreach (var f in g) { Assert.Contains(DomText(f.GetProperty("messageEn").GetString()!), dom, StringComparison.Ordinal); }
        }

        // The TLS target has its protocols x suites table and the GL-3001 compliance; the charts are drawn.
        Assert.Contains("<table class=\"suites\">", dom, StringComparison.Ordinal);
        Assert.Contains("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"compliance-types\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"chart status-chart\"", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"chart suite-chart\"", dom, StringComparison.Ordinal);

        // The hostile subject (certificate and typed name) is text, and no <img> element exists.
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);

        // A screenshot of the first page (A4 at 150 dpi), kept in the test output.
        var shot = System.IO.Path.Combine(AppContext.BaseDirectory, "report-screenshots", "first.png");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(shot)!);
        File.Delete(shot);
        var (_, shotLog, _) = HtmlBrowser.Run(html, "--screenshot=" + shot, "--window-size=1240,1754");
        Assert.Empty(HtmlBrowser.ConsoleErrors(shotLog));
        var png = File.ReadAllBytes(shot);
        Assert.True(png.Length > 10_000, "screenshot too small");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4).ToArray());
        _log.WriteLine("screenshot: " + shot);
    }

    /// <summary>The console check can fail: the same report with a script and a remote image added is caught (the CSP
    /// blocks both and chromium logs it), and a page that throws is caught.</summary>
    [ChromiumFact]
    public void ConsoleCheck_PageWithScriptOrError_IsCaught()
    {
        var html = P("clean.html");
        var (code, _, err) = Run("report", ExplainEnvelope(), "--output", html);
        Assert.True(code == 1, err);
        var bad = P("bad.html");
        File.WriteAllText(bad, File.ReadAllText(html).Replace("</main>", "<script>alert(1)</script><img src=\"http://127.0.0.1:9/x.png\"></main>", StringComparison.Ordinal));
        Assert.NotEmpty(HtmlBrowser.ConsoleErrors(HtmlBrowser.Run(bad, "--dump-dom").Log));
        var throws = P("throws.html");
        File.WriteAllText(throws, "<!DOCTYPE html><html><body><script>throw new Error('boom')</script></body></html>");
        Assert.NotEmpty(HtmlBrowser.ConsoleErrors(HtmlBrowser.Run(throws, "--dump-dom").Log));
    }

    [ChromiumFact]
    public void Report_Japanese_HasLangJaAndJapaneseHeadings()
    {
        var html = P("ja.html");
        var (code, _, err) = Run("report", ExplainEnvelope(), "--lang", "ja", "--output", html);
        Assert.True(code == 1, err);
        var (dom, log, _) = HtmlBrowser.Run(html, "--dump-dom");
        Assert.Empty(HtmlBrowser.ConsoleErrors(log));
        Assert.Contains("<html lang=\"ja\">", dom, StringComparison.Ordinal);
        Assert.Contains("監査報告", dom, StringComparison.Ordinal);
        Assert.Contains("判定ごとの件数", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Markdown_TablesHaveTheSameColumnCountInEveryRow()
    {
        var baseline = CertEnvelope(withHostile: false);
        var (code, md, err) = Run("report", CertEnvelope(), ExplainEnvelope(), "--format", "markdown", "--baseline", baseline);
        Assert.True(code == 1, err);
        var tables = 0;
        int? columns = null;
        foreach (var line in md.Split('\n'))
        {
            if (!line.StartsWith('|')) { columns = null; continue; }
            var cells = Regex.Matches(line, @"(?<!\\)\|").Count - 1;
            if (columns == null) { columns = cells; tables++; continue; }
            Assert.True(columns == cells, "row has " + cells + " cells, header " + columns + ": " + line);
        }
        Assert.True(tables >= 5, "expected settings, facts, findings, summary and change tables");
        Assert.Contains("## Changes since the baseline", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Baseline_ShowsNewTargetsAndFindingsBothWays()
    {
        var old = CertEnvelope(withHostile: false);
        var now = CertEnvelope();
        var html = P("b.html");
        var (code, _, err) = Run("report", now, "--baseline", old, "--output", html);
        Assert.True(code == 1, err);
        var s = File.ReadAllText(html);
        var hostile = Results(now).Where(r => r.GetProperty("subject").GetString()!.Contains("onerror", StringComparison.Ordinal)).ToList();
        Assert.Equal(hostile.Count, CountOf(s, "data-count=\"new-targets\""));
        Assert.Equal(0, CountOf(s, "data-count=\"removed-targets\""));
        var bad = hostile.Sum(r => r.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("severity").GetString() != "info"));
        Assert.True(bad > 0);
        Assert.Equal(bad, CountOf(s, "data-count=\"new-findings\""));

        var (_, _, err2) = Run("report", old, "--baseline", now, "--output", html);
        var back = File.ReadAllText(html);
        Assert.Equal(hostile.Count, CountOf(back, "data-count=\"removed-targets\""));
        Assert.Equal(bad, CountOf(back, "data-count=\"removed-findings\""));
        Assert.Equal(0, CountOf(back, "data-count=\"new-findings\""));
        Assert.DoesNotContain("<img", back, StringComparison.Ordinal);
        _ = err2;
    }

    [Fact]
    public void Report_BadInputs_ExitTwoNamingFileAndLine()
    {
        File.WriteAllText(P("bad.json"), "{\n  \"results\": [\n    oops\n  ]\n}\n");
        var (code, _, err) = Run("report", P("bad.json"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(P("bad.json") + ":3:", err, StringComparison.Ordinal);

        File.WriteAllText(P("bad.jsonl"), "{\"kind\":\"name\",\"subject\":\"a\",\"status\":\"recommended\",\"findings\":[]}\n{\"kind\": oops}\n");
        (code, _, err) = Run("report", P("bad.jsonl"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(P("bad.jsonl") + ":2:", err, StringComparison.Ordinal);

        File.WriteAllText(P("other.json"), "[1, 2, 3]");
        (code, _, err) = Run("report", P("other.json"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("neither a report envelope", err, StringComparison.Ordinal);

        File.WriteAllText(P("status.json"), "{\"results\":[{\"kind\":\"name\",\"subject\":\"x\",\"status\":\"great\",\"findings\":[]}]}");
        (code, _, err) = Run("report", P("status.json"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("\"great\" is not a CRYPTREC status", err, StringComparison.Ordinal);

        (code, _, err) = Run("report", P("missing.json"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("missing.json", err, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainAndTls_FormatHtml_WriteTheReportDirectly()
    {
        var (code, html, err) = Run("explain", Xss, "SHA1withRSA", "--format", "html");
        Assert.True(code == 1, err); // the hostile name resolves to nothing: unknown
        Assert.Equal(2, Regex.Matches(html, "<details class=\"result\"").Count);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);

        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256");
        (code, html, err) = Run("tls", server.Target, "--format", "html");
        Assert.True(code is 0 or 1, err);
        Assert.Contains("<table class=\"suites\">", html, StringComparison.Ordinal);
        Assert.Contains("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", html, StringComparison.Ordinal);
        Assert.Contains("class=\"compliance-types\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_JsonlOfResultsAndCompliantInput_ExitZero()
    {
        File.WriteAllText(P("ok.jsonl"), "{\"kind\":\"name\",\"subject\":\"AES-128-GCM\",\"status\":\"recommended\",\"findings\":[]}\n\n");
        var (code, output, err) = Run("report", P("ok.jsonl"));
        Assert.True(code == 0, err);
        Assert.Contains("AES-128-GCM", output, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
    }

    /// <summary>10,000 TLS-like results, parsed one at a time from synthetic JSON and streamed into the HTML: every
    /// section is written. Time, size and memory are printed (recorded in docs/report.md), not asserted.</summary>
    [Fact]
    public void Html_TenThousandSyntheticTlsResults_StreamsEverySection()
    {
        // CRYPTREC_REPORT_N raises the count for the flat-memory measurement in docs/report.md.
        var n = int.TryParse(Environment.GetEnvironmentVariable("CRYPTREC_REPORT_N"), NumberStyles.None, CultureInfo.InvariantCulture, out var env) && env > 0 ? env : 10_000;
        var path = P("big.html");
        var settings = ReportSettings.From(new EvaluationContext(Today));
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(true);
        var sw = Stopwatch.StartNew();
        ReportSummary summary;
        using (var w = new StreamWriter(path, false, new UTF8Encoding(false), 64 * 1024))
        {
            summary = HtmlWriter.Write(new Report("tls", settings, SyntheticTls(n)), w);
        }
        sw.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - before;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var live = GC.GetTotalMemory(true);
        Assert.Equal(n, summary.Results);
        int sections = 0, open = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("<details class=\"result\"", StringComparison.Ordinal)) { continue; }
            sections++;
            if (line.Contains("\" open><summary>", StringComparison.Ordinal)) { open++; }
        }
        Assert.Equal(n, sections);
        Assert.Equal(HtmlWriter.OpenSections, open);
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n} results: {sw.Elapsed.TotalMilliseconds:F0} ms, {new FileInfo(path).Length / 1024.0 / 1024.0:F1} MiB, allocated {allocated / 1024.0 / 1024.0:F0} MiB, peak working set {peak / 1024 / 1024} MiB, live managed memory after {live / 1024 / 1024} MiB"));
        var keep = Environment.GetEnvironmentVariable("CRYPTREC_REPORT_KEEP");
        if (!string.IsNullOrEmpty(keep)) { File.Copy(path, keep, true); }
    }

    internal static IEnumerable<IReportResult> SyntheticTls(int n)
    {
        string[] suites = { "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA" };
        string[] statuses = { "recommended", "recommended", "not-listed", "monitored" };
        for (var i = 0; i < n; i++)
        {
            var weak = i % 3 == 0;
            var json = new StringBuilder();
            json.Append(CultureInfo.InvariantCulture, $"{{\"kind\":\"tls-target\",\"subject\":\"host{i}.test:443\",\"status\":\"{(weak ? "not-listed" : "recommended")}\",\"host\":\"host{i}.test\",\"port\":443,");
            json.Append(CultureInfo.InvariantCulture, $"\"compliance\":{{\"high\":false,\"recommended\":{(weak ? "false" : "true")},\"exception\":true}},\"protocols\":[");
            json.Append("{\"version\":\"TLS1.3\",\"supported\":true,\"cipherSuites\":[{\"name\":\"TLS_AES_128_GCM_SHA256\",\"code\":4865,\"status\":\"recommended\"}]},");
            json.Append("{\"version\":\"TLS1.2\",\"supported\":true,\"cipherSuites\":[");
            var count = weak ? 4 : 2;
            for (var k = 0; k < count; k++) { json.Append(CultureInfo.InvariantCulture, $"{(k > 0 ? "," : "")}{{\"name\":\"{suites[k]}\",\"code\":{k},\"status\":\"{statuses[k]}\"}}"); }
            json.Append("]}],\"findings\":[");
            for (var k = 0; k < count; k++)
            {
                var sev = statuses[k] == "recommended" ? "info" : statuses[k] == "monitored" ? "warning" : "error";
                json.Append(CultureInfo.InvariantCulture, $"{(k > 0 ? "," : "")}{{\"id\":\"tls.cipher-suite\",\"severity\":\"{sev}\",\"status\":\"{statuses[k]}\",\"asset\":\"{suites[k]}\",\"messageEn\":\"{suites[k]}: {statuses[k]}\",\"messageJa\":\"{suites[k]}: {statuses[k]}\",\"citation\":\"CRYPTREC LS-0001-2022R2\",\"derived\":{(k == 3 ? "true" : "false")}}}");
            }
            json.Append("]}");
            using var doc = JsonDocument.Parse(json.ToString());
            yield return EnvelopeResult.Parse(doc.RootElement);
        }
    }
}
