using System.Text;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Results;

namespace CryptrecCheck.Reporting;

/// <summary>GitHub-flavoured Markdown: the settings, then one section per result with its facts and findings as
/// tables, then the summary. Cell text is escaped so that no input can break a table or inject markup.</summary>
public static class MarkdownWriter
{
    public static ReportSummary Write(Report report, TextWriter w)
    {
        var s = report.Settings;
        var ctx = s.Context;
        var ja = ctx.Japanese;
        var summary = new ReportSummary();
        w.WriteLine(ja ? $"# CryptrecCheck 報告（{report.Verb}）" : $"# CryptrecCheck report ({report.Verb})");
        w.WriteLine();
        w.WriteLine(ja ? "| 設定 | 値 |" : "| Setting | Value |");
        w.WriteLine("|---|---|");
        w.WriteLine($"| {(ja ? "版" : "Edition")} | {s.Edition.ToDocumentId()} |");
        w.WriteLine($"| {(ja ? "評価日" : "As of")} | {s.AsOfText} |");
        w.WriteLine($"| {(ja ? "運用終了年" : "Operation end year")} | {s.OperationEndYear} |");
        w.WriteLine($"| {(ja ? "ガイドラインの型" : "Guideline type")} | {(s.GuidelineType is { } t ? (ja ? t.Ja() : t.En()) : "—")} |");
        w.WriteLine($"| {(ja ? "ポリシーファイル" : "Policy file")} | {Cell(s.PolicyFile ?? "—")} |");
        w.WriteLine();
        foreach (var r in report.Results)
        {
            summary.Add(r, ctx);
            w.WriteLine($"## {Inline(r.Subject)} — `{r.Status.ToWireName()}`");
            w.WriteLine();
            if (r.Facts.Count > 0)
            {
                w.WriteLine(ja ? "| 項目 | 値 |" : "| Property | Value |");
                w.WriteLine("|---|---|");
                foreach (var (k, v) in r.Facts) { w.WriteLine($"| {Cell(k)} | {Cell(v)} |"); }
                w.WriteLine();
            }
            if (r.Findings.Count > 0)
            {
                w.WriteLine(ja ? "| 重大度 | 判定 | ID | 内容 | 出典 | 導出 |" : "| Severity | Status | ID | Finding | Citation | Derived |");
                w.WriteLine("|---|---|---|---|---|---|");
                foreach (var f in r.Findings.OrderBy(f => f.Severity))
                {
                    w.WriteLine($"| {f.Severity.ToWireName()} | {f.Status.ToWireName()} | {Cell(f.Id)} | {Cell(f.Message(ja))} | {Cell(f.CitationIn(ja))} | {(f.Derived ? (ja ? "導出" : "derived") : "")} |");
                }
                w.WriteLine();
            }
        }
        var errors = report.AllErrors.ToList();
        summary.Errors = errors.Count;
        if (errors.Count > 0)
        {
            w.WriteLine(ja ? "## エラー" : "## Errors");
            w.WriteLine();
            foreach (var e in errors) { w.WriteLine($"- {Inline(e.LineIn(ja))}"); }
            w.WriteLine();
        }
        w.WriteLine(ja ? "## 集計" : "## Summary");
        w.WriteLine();
        w.WriteLine(ja ? "| 判定 | 件数 |" : "| Status | Count |");
        w.WriteLine("|---|---|");
        foreach (var st in ReportSummary.StatusOrder) { w.WriteLine($"| {st.ToWireName()} | {summary.Count(st)} |"); }
        w.WriteLine();
        w.WriteLine(ja
            ? $"{summary.Results} 件中 不適合 {summary.Noncompliant} 件、エラー {summary.Errors} 件。「導出」は本ツールの解釈（docs/policy-basis.md）に基づく判定。"
            : $"{summary.Noncompliant} of {summary.Results} noncompliant, {summary.Errors} error(s). \"derived\" marks findings that rest on this tool's documented reading (docs/policy-basis.md).");
        return summary;
    }

    /// <summary>Text for a table cell: pipes, backslashes, HTML and Markdown punctuation escaped, line breaks folded.</summary>
    public static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Text for a heading or list item: no markup, no HTML, no line breaks.</summary>
    public static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in TerminalText.Escape(text))
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '!':
                    sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
