using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Reporting;

/// <summary>Console rendering of the envelope for people: one block per result (facts, then the findings that are not
/// merely informational), then the summary. Untrusted text is escaped (<see cref="TerminalText"/>).</summary>
public static class TableWriter
{
    public static ReportSummary Write(Report report, TextWriter w)
    {
        var ctx = report.Settings.Context;
        var ja = ctx.Japanese;
        var summary = new ReportSummary();
        foreach (var r in report.Results)
        {
            summary.Add(r, ctx);
            var fails = ctx.Fails(r.Status) || r.FailsRegardlessOfThreshold;
            w.WriteLine($"{(fails ? "✖" : "✔")} {TerminalText.Escape(r.Subject)}  [{r.Status.ToWireName()}]");
            foreach (var (k, v) in r.Facts) { w.WriteLine($"    {k}: {TerminalText.Escape(v)}"); }
            foreach (var f in r.Findings.Where(f => f.Severity != FindingSeverity.Info).OrderBy(f => f.Severity))
            {
                var mark = f.Severity switch { FindingSeverity.Error => "✗", FindingSeverity.Warning => "!", _ => "·" };
                var where = f.Location?.Display is { Length: > 0 } d && d != r.Subject ? $" ({TerminalText.Escape(d)})" : string.Empty;
                w.WriteLine($"    {mark} {TerminalText.Escape(f.Message(ja))}{where}");
                w.WriteLine($"      ↳ {f.CitationIn(ja)}{(f.Derived ? (ja ? " 導出" : " derived") : string.Empty)}");
            }
            w.WriteLine();
        }
        var errors = report.AllErrors.ToList();
        summary.Errors = errors.Count;
        foreach (var e in errors) { w.WriteLine($"{(ja ? "エラー" : "error")}: {TerminalText.Escape(e.LineIn(ja))}"); }
        WriteSummaryLine(w, summary, report.Settings);
        return summary;
    }

    internal static void WriteSummaryLine(TextWriter w, ReportSummary s, ReportSettings settings)
    {
        var counts = s.StatusCounts(settings.Japanese);
        w.WriteLine(settings.Japanese
            ? $"{s.Results} 件{counts}: 不適合 {s.Noncompliant}、エラー {s.Errors}。{settings.Edition.ToDocumentId()}、評価日 {settings.AsOfText}、運用終了年 {settings.OperationEndYear}。"
            : $"{s.Results} result(s){counts}: {s.Noncompliant} noncompliant, {s.Errors} error(s). {settings.Edition.ToDocumentId()}, as of {settings.AsOfText}, operation end {settings.OperationEndYear}.");
        w.WriteLine(settings.Japanese
            ? "「導出」は CRYPTREC の記載そのものではなく本ツールの解釈（docs/policy-basis.md）に基づく判定を示す。"
            : "\"derived\" marks a finding that rests on this tool's documented reading (docs/policy-basis.md), not on quoted CRYPTREC text.");
    }
}
