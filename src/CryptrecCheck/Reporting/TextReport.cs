using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Reporting;

/// <summary>Console rendering for people: one block per name, reasons with their citations, derived rules marked.</summary>
public static class TextReport
{
    public static void WriteExplanations(TextWriter w, IEnumerable<Explanation> items, ReportOptions o)
    {
        int ok = 0, count = 0, errors = 0;
        foreach (var e in items)
        {
            count++;
            if (e.Error != null)
            {
                errors++;
                w.WriteLine($"✖ {TerminalText.Escape(e.Input)}");
                w.WriteLine(o.Japanese ? $"    入力エラー: {e.Error}" : $"    input error: {e.Error}");
                w.WriteLine();
                continue;
            }
            var v = e.Verdict!;
            var compliant = Compliance.IsCompliant(v, o);
            if (compliant) { ok++; }
            var resolved = e.Resolution.Resolved?.Canonical ?? (o.Japanese ? "（解決できない）" : "(unresolved)");
            w.WriteLine($"{(compliant ? "✔" : "✖")} {TerminalText.Escape(e.Input)} → {TerminalText.Escape(resolved)}");
            w.WriteLine($"    {(o.Japanese ? "判定" : "status")}: {v.Status.ToWireName()} — {(o.Japanese ? v.Status.ListNameJa() : v.Status.ListNameEn())}{(v.IsDerived ? (o.Japanese ? "  [導出]" : "  [derived]") : string.Empty)}");
            if (v.StrengthBits is int s)
            {
                w.WriteLine($"    {(o.Japanese ? "安全性" : "strength")}: {s} bits{(v.Phase is { } ph ? $" ({ph.Ja()} / {ph.Id()})" : string.Empty)}");
            }
            foreach (var r in v.Reasons) { WriteReason(w, r, o, "    "); }
            if (v.Tls != null)
            {
                foreach (var t in v.Tls.All)
                {
                    var label = o.Japanese ? t.Type.Ja() : t.Type.En();
                    var why = t.Reasons.Count > 0 ? t.Reasons[0].MessageIn(o.Language) : string.Empty;
                    w.WriteLine($"    TLS {label}: {(t.Allowed ? (o.Japanese ? "利用可" : "allowed") : (o.Japanese ? "利用不可" : "not allowed"))} [D]");
                    if (!t.Allowed && why.Length > 0) { w.WriteLine($"        {why}"); }
                }
            }
            if (v.Alternative is { } alt) { w.WriteLine($"    {(o.Japanese ? "代替" : "instead")}: {(o.Japanese ? alt.Ja : alt.En)}"); }
            w.WriteLine();
        }
        w.WriteLine(o.Japanese
            ? $"{count} 件: 適合 {ok}、不適合又は不明 {count - ok - errors}、入力エラー {errors}（不適合とする状態: {o.FailOn.ToWireName()} 以下{(o.TlsType is { } tt ? $"、TLS {tt.Ja()}" : string.Empty)}）"
            : $"{count} name(s): {ok} compliant, {count - ok - errors} noncompliant or unknown, {errors} input error(s) (fail on: {o.FailOn.ToWireName()} or worse{(o.TlsType is { } t2 ? $"; TLS {t2.En()}" : string.Empty)})");
        w.WriteLine(o.Japanese
            ? "[導出] は CRYPTREC の記載そのものではなく本ツールの解釈（docs/policy-basis.md）に基づく判定であることを示す。"
            : "[derived] marks a finding that rests on this tool's documented reading (docs/policy-basis.md), not on quoted CRYPTREC text.");
    }

    private static void WriteReason(TextWriter w, Reason r, ReportOptions o, string indent)
    {
        var mark = r.Outcome switch
        {
            Outcome.Pass => "✓",
            Outcome.Fail => "✗",
            Outcome.Warning => "!",
            Outcome.NotYetEffective => "…",
            Outcome.NotApplicable => "-",
            _ => "·",
        };
        w.WriteLine($"{indent}{mark} {r.MessageIn(o.Language)}");
        w.WriteLine($"{indent}  ↳ {r.Citation}{(r.IsDerived ? (o.Japanese ? " 導出" : " derived") : string.Empty)}");
    }

    public static void WriteCatalog(TextWriter w, Catalog catalog, bool includeNotListed, ReportOptions o)
    {
        w.WriteLine($"{catalog.Edition.ToDocumentId()} ({(o.Japanese ? "発効" : "effective")} {Catalog.EditionStart(catalog.Edition):yyyy-MM-dd}, {(o.Japanese ? "最終改定" : "revised")} {Catalog.EditionRevised(catalog.Edition):yyyy-MM-dd})");
        w.WriteLine();
        var rows = (includeNotListed ? catalog.Entries : catalog.ListedEntries)
            .Select(e => new[]
            {
                e.Status.ToWireName(),
                o.Japanese ? e.Category.Ja() : e.Category.En(),
                e.Technique + (e.ParameterSets != null ? " (" + string.Join(", ", e.ParameterSets.Select(p => p.Name)) + ")" : string.Empty),
                string.Join(" ", e.Notes.Select(n => n.Id)),
                $"[{e.Citation.Tag}] {e.Citation.Location}",
            }).ToList();
        var header = o.Japanese
            ? new[] { "状態", "分類", "技術", "注", "出典" }
            : new[] { "status", "category", "technique", "notes", "citation" };
        WriteTable(w, header, rows);
        w.WriteLine();
        w.WriteLine(o.Japanese
            ? "[P] 一次資料 [S] 二次資料 [D] 導出 [U] 未検証。注の本文は --format json で表示される。"
            : "[P] primary text, [S] secondary source, [D] derived, [U] unverified. Footnote texts are in --format json.");
    }

    /// <summary>A plain table that accounts for the double width of Japanese characters.</summary>
    public static void WriteTable(TextWriter w, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select(DisplayWidth).ToArray();
        foreach (var r in rows) { for (var i = 0; i < r.Length; i++) { widths[i] = Math.Max(widths[i], DisplayWidth(r[i])); } }
        void Line(string[] cells) => w.WriteLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c + new string(' ', widths[i] - DisplayWidth(c)))).TrimEnd());
        Line(header);
        Line(widths.Select(x => new string('-', x)).ToArray());
        foreach (var r in rows) { Line(r); }
    }

    internal static int DisplayWidth(string s)
    {
        var n = 0;
        foreach (var c in s) { n += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1; }
        return n;
    }
}
