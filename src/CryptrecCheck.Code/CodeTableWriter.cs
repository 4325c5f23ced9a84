using System.Globalization;
using CryptrecCheck.Policy;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;

namespace CryptrecCheck.Code;

/// <summary>The inventory for people: counts by status and by algorithm, then every finding (not the merely compliant
/// uses) with file:line, then the errors and the summary line. Untrusted text is escaped.</summary>
public static class CodeTableWriter
{
    public static ReportSummary Write(Report report, IReadOnlyList<CodeProjectResult> results, TextWriter w)
    {
        var ctx = report.Settings.Context;
        var ja = ctx.Japanese;
        var summary = new ReportSummary();
        foreach (var r in results) { summary.Add(r, ctx); }
        var entries = results.SelectMany(r => r.Entries).ToList();
        w.WriteLine(ja ? $"暗号資産の利用 {entries.Count} 件（{results.Count} プロジェクト）" : $"{entries.Count} cryptographic use(s) in {results.Count} project(s)");
        w.WriteLine();
        w.WriteLine(ja ? "判定別:" : "By status:");
        foreach (var st in ReportSummary.StatusOrder)
        {
            var n = entries.Count(e => e.Status == st);
            if (n > 0) { w.WriteLine($"  {st.ToWireName(),-16} {n.ToString(CultureInfo.InvariantCulture),6}"); }
        }
        w.WriteLine();
        w.WriteLine(ja ? "アルゴリズム別:" : "By algorithm:");
        foreach (var g in entries.GroupBy(e => (e.Asset, e.Status)).OrderBy(g => g.Key.Status.Rank() * -1).ThenBy(g => g.Key.Asset, StringComparer.Ordinal))
        {
            w.WriteLine($"  {TerminalText.Escape(g.Key.Asset),-32} {g.Key.Status.ToWireName(),-16} {g.Count().ToString(CultureInfo.InvariantCulture),6}");
        }
        w.WriteLine();
        foreach (var r in results)
        {
            var fails = ctx.Fails(r.Status);
            w.WriteLine($"{(fails ? "✖" : "✔")} {TerminalText.Escape(r.Subject)}  [{r.Status.ToWireName()}]  {(r.TargetFrameworks.Count > 0 ? string.Join(", ", r.TargetFrameworks) : string.Empty)}");
            foreach (var e in r.Entries.Where(e => InventoryEntry.SeverityOf(e.Status, e.RuleId) != FindingSeverity.Info))
            {
                var f = e.ToFinding();
                var mark = f.Severity switch { FindingSeverity.Error => "✗", FindingSeverity.Warning => "!", _ => "·" };
                var gen = e.Generated ? (ja ? " [生成コード]" : " [generated]") : string.Empty;
                var tf = r.TargetFrameworks.Count > 1 && e.TargetFrameworks.Count < r.TargetFrameworks.Count ? $" [{string.Join(", ", e.TargetFrameworks)}]" : string.Empty;
                w.WriteLine($"    {mark} {TerminalText.Escape(e.File)}:{e.Line.ToString(CultureInfo.InvariantCulture)}  {f.Id}  {TerminalText.Escape(f.Message(ja))}{gen}{tf}");
                w.WriteLine($"      ↳ {TerminalText.Escape(e.Citation)}{(e.Derived ? (ja ? " 導出" : " derived") : string.Empty)}");
            }
            w.WriteLine();
        }
        var errors = report.AllErrors.ToList();
        summary.Errors = errors.Count;
        foreach (var e in errors) { w.WriteLine($"{(ja ? "エラー" : "error")}: {TerminalText.Escape(e.MessageIn(ja))}"); }
        var s = report.Settings;
        var countsShown = summary.StatusCounts(ja);
        w.WriteLine(ja
            ? $"{summary.Results} プロジェクト{countsShown}: 不適合 {summary.Noncompliant}、エラー {summary.Errors}。{s.Edition.ToDocumentId()}、評価日 {s.AsOfText}、運用終了年 {s.OperationEndYear}。"
            : $"{summary.Results} project(s){countsShown}: {summary.Noncompliant} noncompliant, {summary.Errors} error(s). {s.Edition.ToDocumentId()}, as of {s.AsOfText}, operation end {s.OperationEndYear}.");
        return summary;
    }
}
