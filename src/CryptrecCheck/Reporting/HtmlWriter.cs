using System.Globalization;
using System.Text;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Results;

namespace CryptrecCheck.Reporting;

/// <summary>
/// One self-contained HTML audit report: no script, no external resource (a Content-Security-Policy forbids them),
/// inline CSS with an A4 print stylesheet, inline SVG charts. Results are streamed, one collapsible section each, so
/// memory stays flat in their number; the summary is written after them (when the counts are known) and shown first
/// by CSS order. Every piece of text from outside is HTML-escaped.
/// </summary>
public static class HtmlWriter
{
    /// <summary>The worst findings listed on the first page, at most.</summary>
    public const int WorstKept = 20;

    /// <summary>Results whose section is open from the start (the rest are collapsed so large reports stay usable).</summary>
    public const int OpenSections = 50;

    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private static readonly string[] ProtocolOrder = { "SSL2.0", "SSL3.0", "TLS1.0", "TLS1.1", "TLS1.2", "TLS1.3" };

    public static ReportSummary Write(Report report, TextWriter w, BaselineComparison? baseline = null)
    {
        var s = report.Settings;
        var ctx = s.Context;
        var ja = ctx.Japanese;
        var summary = new ReportSummary();
        var byKind = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var compliance = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // type → [compliant, not]
        var suitesByProtocol = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var worst = new List<(string Subject, Finding F)>();

        w.Write("<!DOCTYPE html>\n<html lang=\"");
        w.Write(ja ? "ja" : "en");
        w.Write("\"><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
        w.Write(ContentSecurityPolicy);
        w.Write("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        w.Write(ja ? "CryptrecCheck 監査報告" : "CryptrecCheck audit report");
        w.Write(" — ");
        Text(w, report.Verb);
        w.Write("</title>\n<style>");
        w.Write(Css);
        w.Write("</style></head>\n<body><main>\n<section id=\"results\" class=\"results\"><h2>");
        w.Write(ja ? "結果" : "Results");
        w.Write("</h2>\n");

        var index = 0;
        foreach (var r in report.Results)
        {
            summary.Add(r, ctx);
            if (!byKind.TryGetValue(r.Kind, out var kc)) { byKind[r.Kind] = kc = new int[6]; }
            kc[(int)r.Status]++;
            var env = r as EnvelopeResult ?? AsEnvelope(r, ctx);
            if (env?.Compliance is { } comp)
            {
                foreach (var (type, ok) in comp)
                {
                    if (!compliance.TryGetValue(type, out var cc)) { compliance[type] = cc = new int[2]; }
                    cc[ok ? 0 : 1]++;
                }
            }
            if (env?.Protocols is { } protos)
            {
                foreach (var p in protos)
                {
                    if (!suitesByProtocol.TryGetValue(p.Version, out var pc)) { suitesByProtocol[p.Version] = pc = new int[6]; }
                    foreach (var su in p.Suites) { pc[(int)su.Status]++; }
                }
            }
            foreach (var f in r.Findings)
            {
                if (f.Severity > FindingSeverity.Warning) { continue; }
                if (worst.Count < WorstKept) { worst.Add((r.Subject, f)); continue; }
                var at = WorstIndex(worst);
                if (Rank(f) > Rank(worst[at].F)) { worst[at] = (r.Subject, f); }
            }
            WriteResult(w, r, env, ctx, index++);
        }
        w.Write("</section>\n");

        var errors = report.AllErrors.ToList();
        summary.Errors = errors.Count;
        if (errors.Count > 0)
        {
            w.Write("<section id=\"errors\" class=\"errors\"><h2>");
            w.Write(ja ? "調べられなかったもの" : "Could not be examined");
            w.Write("</h2><ul>");
            foreach (var e in errors)
            {
                w.Write("<li class=\"error\"><b>");
                Text(w, e.Source);
                w.Write("</b> (");
                Text(w, e.Code);
                w.Write("): ");
                Text(w, e.MessageIn(ja));
                w.Write("</li>");
            }
            w.Write("</ul></section>\n");
        }

        if (baseline != null) { WriteBaseline(w, baseline, ja); }
        WriteSummary(w, report, summary, byKind, compliance, suitesByProtocol, worst, ja);
        w.Write("</main></body></html>\n");
        w.Flush();
        return summary;
    }

    /// <summary>A TLS result rendered directly (<c>tls --format html</c>) is read back through its own JSON, so that
    /// its protocols and GL-3001 compliance show as they do from a file; other kinds need only the generic fields.</summary>
    private static EnvelopeResult? AsEnvelope(IReportResult r, ReportContext ctx)
    {
        if (r.Kind != "tls-target") { return null; }
        try
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
            using (var jw = new System.Text.Json.Utf8JsonWriter(buffer)) { r.WriteJson(jw, ctx); }
            using var doc = System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory);
            return EnvelopeResult.Parse(doc.RootElement);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return null; // the generic fields are still shown
        }
    }

    private static int Rank(Finding f) => (3 - (int)f.Severity) * 10 + f.Status.Rank();

    private static int WorstIndex(List<(string, Finding F)> l)
    {
        var at = 0;
        for (var i = 1; i < l.Count; i++) { if (Rank(l[i].F) < Rank(l[at].F)) { at = i; } }
        return at;
    }

    private static void WriteResult(TextWriter w, IReportResult r, EnvelopeResult? env, ReportContext ctx, int index)
    {
        var ja = ctx.Japanese;
        var fails = ctx.Fails(r.Status) || r.FailsRegardlessOfThreshold;
        w.Write("<details class=\"result\" data-kind=\"");
        Text(w, r.Kind);
        w.Write("\" data-status=\"");
        w.Write(r.Status.ToWireName());
        w.Write(index < OpenSections ? "\" open>" : "\">");
        w.Write("<summary><span class=\"badge st-");
        w.Write(r.Status.ToWireName());
        w.Write("\">");
        w.Write(r.Status.ToWireName());
        w.Write("</span> <span class=\"subject\">");
        Text(w, r.Subject);
        w.Write("</span> <span class=\"kind\">");
        Text(w, r.Kind);
        w.Write(fails ? (ja ? " · 不適合" : " · noncompliant") : (ja ? " · 適合" : " · compliant"));
        w.Write("</span></summary>\n");
        if (r.Facts.Count > 0)
        {
            w.Write("<table class=\"facts\"><tbody>");
            foreach (var (k, v) in r.Facts)
            {
                w.Write("<tr><th>");
                Text(w, k);
                w.Write("</th><td>");
                Text(w, v);
                w.Write("</td></tr>");
            }
            w.Write("</tbody></table>\n");
        }
        if (env?.Compliance is { Count: > 0 } comp)
        {
            w.Write("<p class=\"compliance\">GL-3001: ");
            foreach (var (type, ok) in comp)
            {
                w.Write("<span class=\"");
                w.Write(ok ? "ok" : "ng");
                w.Write("\">");
                Text(w, TypeLabel(type, ja));
                w.Write(ok ? " ✔" : " ✖");
                w.Write("</span> ");
            }
            w.Write("</p>\n");
        }
        if (env?.Protocols is { } protos && protos.Any(p => p.Supported)) { WriteProtocolTable(w, protos, ja); }
        if (r.Findings.Count > 0)
        {
            w.Write("<table class=\"findings\"><thead><tr><th>");
            w.Write(ja ? "重大度</th><th>判定</th><th>ID</th><th>資産</th><th>内容</th><th>出典</th><th>代替</th></tr>" : "Severity</th><th>Status</th><th>ID</th><th>Asset</th><th>Finding</th><th>Citation</th><th>Instead</th></tr>");
            w.Write("</thead><tbody>\n");
            foreach (var f in r.Findings.OrderBy(f => f.Severity))
            {
                w.Write("<tr class=\"finding sev-");
                w.Write(f.Severity.ToWireName());
                w.Write("\" data-id=\"");
                Text(w, f.Id);
                w.Write("\"><td>");
                w.Write(f.Severity.ToWireName());
                w.Write("</td><td><span class=\"badge st-");
                w.Write(f.Status.ToWireName());
                w.Write("\">");
                w.Write(f.Status.ToWireName());
                w.Write("</span></td><td><code>");
                Text(w, f.Id);
                w.Write("</code></td><td>");
                Text(w, f.Asset ?? string.Empty);
                w.Write("</td><td>");
                Text(w, f.Message(ja));
                if (f.Location?.Display is { Length: > 0 } d && d != r.Subject)
                {
                    w.Write("<br><small>");
                    Text(w, d);
                    w.Write("</small>");
                }
                w.Write("</td><td>");
                Text(w, f.CitationIn(ja));
                if (f.Derived)
                {
                    w.Write(" <span class=\"derived\">");
                    w.Write(ja ? "導出" : "derived");
                    w.Write("</span>");
                }
                w.Write("</td><td>");
                Text(w, (ja ? f.AlternativeJa ?? f.AlternativeEn : f.AlternativeEn) ?? string.Empty);
                w.Write("</td></tr>\n");
            }
            w.Write("</tbody></table>\n");
        }
        w.Write("</details>\n");
    }

    private static void WriteProtocolTable(TextWriter w, IReadOnlyList<ProtocolSuites> protos, bool ja)
    {
        var supported = protos.Where(p => p.Supported).ToList();
        var suites = supported.SelectMany(p => p.Suites).Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        w.Write("<table class=\"suites\"><thead><tr><th>");
        w.Write(ja ? "暗号スイート" : "Cipher suite");
        w.Write("</th>");
        foreach (var p in supported)
        {
            w.Write("<th>");
            Text(w, p.Version);
            w.Write("</th>");
        }
        w.Write("</tr></thead><tbody>\n");
        foreach (var name in suites)
        {
            w.Write("<tr><th><code>");
            Text(w, name);
            w.Write("</code></th>");
            foreach (var p in supported)
            {
                var hit = p.Suites.FirstOrDefault(s => s.Name == name);
                if (hit == null) { w.Write("<td class=\"none\"></td>"); continue; }
                w.Write("<td class=\"st-");
                w.Write(hit.Status.ToWireName());
                w.Write("\">");
                w.Write(hit.Status.ToWireName());
                w.Write("</td>");
            }
            w.Write("</tr>\n");
        }
        w.Write("</tbody></table>\n");
    }

    private static void WriteBaseline(TextWriter w, BaselineComparison b, bool ja)
    {
        w.Write("<section id=\"baseline\" class=\"baseline\"><h2>");
        w.Write(ja ? "前回報告との比較" : "Changes since the baseline");
        w.Write("</h2>\n<p>");
        w.Write(ja
            ? $"新しい対象 <b data-count=\"new-targets\">{N(b.NewTargets.Count)}</b>、なくなった対象 <b data-count=\"removed-targets\">{N(b.RemovedTargets.Count)}</b>、新しい指摘 <b data-count=\"new-findings\">{N(b.NewFindings.Count)}</b>、解消した指摘 <b data-count=\"removed-findings\">{N(b.RemovedFindings.Count)}</b>。"
            : $"New targets <b data-count=\"new-targets\">{N(b.NewTargets.Count)}</b>, removed targets <b data-count=\"removed-targets\">{N(b.RemovedTargets.Count)}</b>, new findings <b data-count=\"new-findings\">{N(b.NewFindings.Count)}</b> (worse), removed findings <b data-count=\"removed-findings\">{N(b.RemovedFindings.Count)}</b> (better).");
        w.Write("</p>\n<table class=\"changes\"><thead><tr><th>");
        w.Write(ja ? "変化</th><th>対象</th><th>ID</th><th>資産</th><th>内容</th></tr>" : "Change</th><th>Subject</th><th>ID</th><th>Asset</th><th>Finding</th></tr>");
        w.Write("</thead><tbody>\n");
        void Row(string cls, string label, string subject, Finding? f)
        {
            w.Write("<tr class=\"");
            w.Write(cls);
            w.Write("\"><td>");
            w.Write(label);
            w.Write("</td><td>");
            Text(w, subject);
            w.Write("</td><td>");
            Text(w, f?.Id ?? string.Empty);
            w.Write("</td><td>");
            Text(w, f?.Asset ?? string.Empty);
            w.Write("</td><td>");
            Text(w, f?.Message(ja) ?? string.Empty);
            w.Write("</td></tr>\n");
        }
        foreach (var t in b.NewTargets) { Row("new-target", ja ? "新しい対象" : "new target", t, null); }
        foreach (var t in b.RemovedTargets) { Row("removed-target", ja ? "なくなった対象" : "removed target", t, null); }
        foreach (var (s, f) in b.NewFindings) { Row("new-finding worse", ja ? "新しい指摘（悪化）" : "new finding (worse)", s, f); }
        foreach (var (s, f) in b.RemovedFindings) { Row("removed-finding better", ja ? "解消した指摘（改善）" : "removed finding (better)", s, f); }
        w.Write("</tbody></table></section>\n");
    }

    private static void WriteSummary(TextWriter w, Report report, ReportSummary summary, SortedDictionary<string, int[]> byKind,
        SortedDictionary<string, int[]> compliance, Dictionary<string, int[]> suitesByProtocol, List<(string Subject, Finding F)> worst, bool ja)
    {
        var s = report.Settings;
        w.Write("<section id=\"summary\" class=\"summary\"><h1>");
        w.Write(ja ? "CryptrecCheck 監査報告" : "CryptrecCheck audit report");
        w.Write("</h1>\n<p class=\"lead\">");
        w.Write(ja
            ? $"<b data-count=\"results\">{N(summary.Results)}</b> 件中 不適合 <b data-count=\"noncompliant\">{N(summary.Noncompliant)}</b> 件、指摘 <b data-count=\"findings\">{N(summary.Findings)}</b> 件、調べられなかったもの <b data-count=\"errors\">{N(summary.Errors)}</b> 件。"
            : $"<b data-count=\"results\">{N(summary.Results)}</b> result(s): <b data-count=\"noncompliant\">{N(summary.Noncompliant)}</b> noncompliant, <b data-count=\"findings\">{N(summary.Findings)}</b> finding(s), <b data-count=\"errors\">{N(summary.Errors)}</b> could not be examined.");
        w.Write("</p>\n<h2>");
        w.Write(ja ? "設定" : "Settings");
        w.Write("</h2><table class=\"settings\"><tbody>");
        void Setting(string label, string value)
        {
            w.Write("<tr><th>");
            w.Write(label);
            w.Write("</th><td>");
            Text(w, value);
            w.Write("</td></tr>");
        }
        Setting(ja ? "検査" : "Verb", report.Verb);
        Setting(ja ? "版" : "Edition", s.Edition.ToDocumentId());
        Setting(ja ? "評価日" : "As of", s.AsOfText);
        Setting(ja ? "運用終了年" : "Operation end year", N(s.OperationEndYear));
        Setting(ja ? "ガイドラインの型" : "Guideline type", s.GuidelineType is { } t ? (ja ? t.Ja() : t.En()) : "—");
        Setting(ja ? "ポリシーファイル" : "Policy file", s.PolicyFile ?? "—");
        Setting(ja ? "不適合とする状態" : "Fails from", s.FailOn.ToWireName());
        Setting(ja ? "ツール" : "Tool", "cryptrec-check " + Report.ToolVersion);
        w.Write("</tbody></table>\n");

        if (compliance.Count > 0)
        {
            w.Write("<h2>");
            w.Write(ja ? "GL-3001 の型ごとの適合（TLS）" : "Compliance per GL-3001 type (TLS)");
            w.Write("</h2><table class=\"compliance-types\"><thead><tr><th>");
            w.Write(ja ? "型</th><th>適合</th><th>不適合</th>" : "Type</th><th>Compliant</th><th>Not compliant</th>");
            w.Write("</tr></thead><tbody>");
            foreach (var (type, c) in compliance)
            {
                w.Write("<tr data-type=\"");
                Text(w, type);
                w.Write("\"><th>");
                Text(w, TypeLabel(type, ja));
                w.Write($"</th><td class=\"ok\">{N(c[0])}</td><td class=\"ng\">{N(c[1])}</td></tr>");
            }
            w.Write("</tbody></table>\n");
        }

        w.Write("<h2>");
        w.Write(ja ? "判定ごとの件数" : "Counts by status");
        w.Write("</h2><table class=\"counts\"><thead><tr><th>");
        w.Write(ja ? "種類" : "Kind");
        w.Write("</th>");
        foreach (var st in ReportSummary.StatusOrder) { w.Write($"<th class=\"st-{st.ToWireName()}\">{st.ToWireName()}</th>"); }
        w.Write("</tr></thead><tbody>");
        foreach (var (kind, c) in byKind)
        {
            w.Write("<tr data-kind=\"");
            Text(w, kind);
            w.Write("\"><th>");
            Text(w, kind);
            w.Write("</th>");
            foreach (var st in ReportSummary.StatusOrder) { w.Write($"<td data-status=\"{st.ToWireName()}\">{N(c[(int)st])}</td>"); }
            w.Write("</tr>");
        }
        w.Write("<tr class=\"total\"><th>");
        w.Write(ja ? "計" : "Total");
        w.Write("</th>");
        foreach (var st in ReportSummary.StatusOrder) { w.Write($"<td data-total=\"{st.ToWireName()}\">{N(summary.Count(st))}</td>"); }
        w.Write("</tr></tbody></table>\n<div class=\"charts\">");
        WriteStatusChart(w, summary, ja);
        if (suitesByProtocol.Count > 0) { WriteSuiteChart(w, suitesByProtocol, ja); }
        w.Write("</div>\n");

        w.Write("<h2>");
        w.Write(ja ? "重大な指摘" : "Worst findings");
        w.Write("</h2>");
        if (worst.Count == 0)
        {
            w.Write(ja ? "<p>エラー又は警告の指摘はない。</p>" : "<p>No error or warning findings.</p>");
        }
        else
        {
            w.Write("<table class=\"worst\"><thead><tr><th>");
            w.Write(ja ? "重大度</th><th>判定</th><th>対象</th><th>内容</th><th>出典</th>" : "Severity</th><th>Status</th><th>Subject</th><th>Finding</th><th>Citation</th>");
            w.Write("</tr></thead><tbody>");
            foreach (var (subject, f) in worst.OrderByDescending(x => Rank(x.F)))
            {
                w.Write($"<tr class=\"sev-{f.Severity.ToWireName()}\"><td>{f.Severity.ToWireName()}</td><td><span class=\"badge st-{f.Status.ToWireName()}\">{f.Status.ToWireName()}</span></td><td>");
                Text(w, subject);
                w.Write("</td><td>");
                Text(w, f.Message(ja));
                w.Write("</td><td>");
                Text(w, f.CitationIn(ja));
                if (f.Derived) { w.Write(ja ? " <span class=\"derived\">導出</span>" : " <span class=\"derived\">derived</span>"); }
                w.Write("</td></tr>");
            }
            w.Write("</tbody></table>");
        }
        w.Write("<p class=\"note\">");
        w.Write(ja
            ? "「導出」は CRYPTREC の記載そのものではなく本ツールの解釈（docs/policy-basis.md）に基づく判定を示す。各結果の詳細は以下の節にある（折りたたみ）。"
            : "\"derived\" marks a finding that rests on this tool's documented reading (docs/policy-basis.md), not on quoted CRYPTREC text. Each result's details follow in its own (collapsible) section.");
        w.Write("</p></section>\n");
    }

    private static readonly string[] Colors = { "#1a7f37", "#2f81f7", "#8250df", "#bf8700", "#cf222e", "#6e7781" };

    private static void WriteStatusChart(TextWriter w, ReportSummary summary, bool ja)
    {
        var max = Math.Max(1, ReportSummary.StatusOrder.Max(summary.Count));
        const int barMax = 300, rowH = 22;
        var h = ReportSummary.StatusOrder.Length * rowH + 30;
        w.Write($"<figure><svg class=\"chart status-chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"{N(h)}\" viewBox=\"0 0 480 {N(h)}\"><title>");
        w.Write(ja ? "判定ごとの結果数" : "Results by status");
        w.Write("</title>");
        var y = 10;
        foreach (var st in ReportSummary.StatusOrder)
        {
            var c = summary.Count(st);
            var len = c == 0 ? 0 : Math.Max(2, (int)((long)c * barMax / max));
            w.Write($"<text x=\"0\" y=\"{N(y + 15)}\" font-size=\"12\">{st.ToWireName()}</text><rect x=\"120\" y=\"{N(y + 3)}\" width=\"{N(len)}\" height=\"16\" fill=\"{Colors[(int)st]}\"></rect><text x=\"{N(126 + len)}\" y=\"{N(y + 15)}\" font-size=\"12\">{N(c)}</text>");
            y += rowH;
        }
        w.Write("</svg><figcaption>");
        w.Write(ja ? "判定ごとの結果数" : "Results by status");
        w.Write("</figcaption></figure>");
    }

    private static void WriteSuiteChart(TextWriter w, Dictionary<string, int[]> byProtocol, bool ja)
    {
        var protos = byProtocol.Keys.OrderBy(p => Array.IndexOf(ProtocolOrder, p) is var i && i < 0 ? 99 : i).ThenBy(p => p, StringComparer.Ordinal).ToList();
        var max = Math.Max(1, protos.Max(p => byProtocol[p].Sum()));
        const int barMax = 300, rowH = 22;
        var h = protos.Count * rowH + 50;
        w.Write($"<figure><svg class=\"chart suite-chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"{N(h)}\" viewBox=\"0 0 600 {N(h)}\"><title>");
        w.Write(ja ? "プロトコルごとの暗号スイート（判定別）" : "Cipher suites by protocol and status");
        w.Write("</title>");
        var y = 10;
        foreach (var p in protos)
        {
            var counts = byProtocol[p];
            w.Write($"<text x=\"0\" y=\"{N(y + 15)}\" font-size=\"12\">");
            Text(w, p);
            w.Write("</text>");
            var x = 120;
            foreach (var st in ReportSummary.StatusOrder)
            {
                var c = counts[(int)st];
                if (c == 0) { continue; }
                var len = Math.Max(2, (int)((long)c * barMax / max));
                w.Write($"<rect x=\"{N(x)}\" y=\"{N(y + 3)}\" width=\"{N(len)}\" height=\"16\" fill=\"{Colors[(int)st]}\"><title>{st.ToWireName()}: {N(c)}</title></rect>");
                x += len;
            }
            w.Write($"<text x=\"{N(x + 6)}\" y=\"{N(y + 15)}\" font-size=\"12\">{N(counts.Sum())}</text>");
            y += rowH;
        }
        var lx = 0;
        foreach (var st in ReportSummary.StatusOrder)
        {
            w.Write($"<rect x=\"{N(lx)}\" y=\"{N(y + 10)}\" width=\"10\" height=\"10\" fill=\"{Colors[(int)st]}\"></rect><text x=\"{N(lx + 13)}\" y=\"{N(y + 19)}\" font-size=\"10\">{st.ToWireName()}</text>");
            lx += 100;
        }
        w.Write("</svg><figcaption>");
        w.Write(ja ? "プロトコルごとの暗号スイート（判定別）" : "Cipher suites by protocol and status");
        w.Write("</figcaption></figure>");
    }

    private static string TypeLabel(string id, bool ja) =>
        TlsGuidelineTypeNames.TryParse(id, out var t) ? (ja ? t.Ja() : t.En()) : id;

    private static string N(int i) => i.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes text HTML-escaped (&lt; &gt; &amp; quotes), with hidden and control characters made visible.</summary>
    public static void Text(TextWriter w, string? text) => w.Write(Escape(text));

    /// <summary>The text HTML-escaped; safe in element content and in double- or single-quoted attributes.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) { return string.Empty; }
        var t = TerminalText.Escape(text);
        var sb = new StringBuilder(t.Length + 16);
        foreach (var c in t)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    private const string Css = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0}
body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;color:var(--fg);margin:0;background:#fff;font-size:14px;line-height:1.45}
main{display:flex;flex-direction:column;max-width:1100px;margin:0 auto;padding:16px}
.summary{order:-2}.baseline{order:-1}
h1{font-size:24px;margin:0 0 8px}h2{font-size:18px;margin:20px 0 8px;border-bottom:1px solid var(--line)}
table{border-collapse:collapse;margin:6px 0 12px;width:100%}th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f6f8fa;white-space:nowrap}
.findings td:first-child,.worst td:first-child,.findings td:nth-child(3){white-space:nowrap}
.badge{white-space:nowrap;display:inline-block;padding:0 6px;border-radius:8px;font-size:12px;color:#fff;background:#6e7781}
.st-recommended{background:#1a7f37;color:#fff}.st-recommended-pqc{background:#2f81f7;color:#fff}.st-candidate{background:#8250df;color:#fff}
.st-monitored{background:#bf8700;color:#fff}.st-not-listed{background:#cf222e;color:#fff}.st-unknown{background:#6e7781;color:#fff}
td.none{background:#f6f8fa}
details.result{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:4px 8px}
details.result>summary{cursor:pointer;font-weight:600}
.subject{overflow-wrap:anywhere}.kind{color:var(--muted);font-weight:400}
.derived{font-size:11px;border:1px solid #bf8700;border-radius:6px;padding:0 4px;color:#7d4e00}
.ok{color:#1a7f37}.ng{color:#cf222e}.sev-error td:first-child{color:#cf222e;font-weight:600}.sev-warning td:first-child{color:#9a6700}
tr.worse td:first-child{color:#cf222e}tr.better td:first-child{color:#1a7f37}
.charts{display:flex;flex-wrap:wrap;gap:16px}figure{margin:0}figcaption{font-size:12px;color:var(--muted)}
.note{font-size:12px;color:var(--muted)}
@page{size:A4;margin:14mm}
@media print{body{font-size:10.5px}main{max-width:none;padding:0}section{break-before:page}.summary{break-before:auto}
details.result{break-inside:avoid-page}details.result>summary{list-style:none}
.badge,.st-recommended,.st-recommended-pqc,.st-candidate,.st-monitored,.st-not-listed,.st-unknown{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
""";
}
