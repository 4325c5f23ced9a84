using System.Globalization;
using System.Text;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// Turns BenchmarkDotNet's CSV reports into the throughput chart (SVG, no plotting dependency) and the tables of
/// docs/benchmarks.md: <c>dotnet run -c Release --project benchmarks/CryptrecCheck.Benchmarks -- report &lt;results-dir&gt; &lt;docs-dir&gt;</c>.
/// The prose of docs/benchmarks.md lives in benchmarks/benchmarks-notes.md and is copied in around the tables.
/// </summary>
internal static class BenchmarkReport
{
    internal sealed record Row(string Class, string Method, int? Size, int? KeyBits, string? Name, double MeanNs, string Allocated);

    internal static int Run(string resultsDir, string docsDir, string notesPath)
    {
        var rows = new List<Row>();
        foreach (var csv in Directory.GetFiles(resultsDir, "*-report.csv").OrderBy(f => f, StringComparer.Ordinal))
        {
            rows.AddRange(Parse(csv));
        }
        if (rows.Count == 0)
        {
            Console.Error.WriteLine($"report: no *-report.csv files in {resultsDir}");
            return 2;
        }
        Directory.CreateDirectory(docsDir);
        var bulk = rows.Where(r => r.Size == 16384 && r.Class is "HashBenchmarks" or "SymmetricBenchmarks" or "MacBenchmarks").ToList();
        File.WriteAllText(Path.Combine(docsDir, "benchmarks-throughput.svg"), Svg(bulk));

        var md = new StringBuilder();
        var notes = File.Exists(notesPath) ? File.ReadAllText(notesPath) : string.Empty;
        var parts = notes.Split("<!-- TABLES -->");
        md.Append(parts[0]);
        md.AppendLine("![Throughput at 16 KiB per primitive and implementation](benchmarks-throughput.svg)");
        md.AppendLine();
        md.AppendLine("### Bulk primitives: 16 KiB throughput and 64-byte latency (key setup included)");
        md.AppendLine();
        md.AppendLine("| Primitive and implementation | 16 KiB: MB/s | 16 KiB: µs | 64 B: ns per message | Allocated (16 KiB) |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var g in rows.Where(r => r.Size != null).GroupBy(r => (r.Class, r.Method)))
        {
            var big = g.FirstOrDefault(r => r.Size == 16384);
            var small = g.FirstOrDefault(r => r.Size == 64);
            if (big == null || big.Class == "KCipher2Benchmarks" && big.Method.Contains("setup", StringComparison.OrdinalIgnoreCase) && !big.Method.Contains("transform")) { continue; }
            md.AppendLine($"| {big.Method} | {16384 / big.MeanNs * 1000:F0} | {big.MeanNs / 1000:F1} | {(small != null ? small.MeanNs.ToString("F0", CultureInfo.InvariantCulture) : "–")} | {big.Allocated} |");
        }
        md.AppendLine();
        md.AppendLine("### Public-key operations (µs per operation)");
        md.AppendLine();
        md.AppendLine("| Operation | Key | µs |");
        md.AppendLine("|---|---|---:|");
        foreach (var r in rows.Where(r => r.Class is "RsaBenchmarks" or "DsaBenchmarks" or "EccBenchmarks" or "KeyExchangeBenchmarks"))
        {
            var key = r.KeyBits is int k ? (r.Class == "DsaBenchmarks" ? $"DSA-{k}" : $"RSA-{k}") : "–";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Method} | {key} | {r.MeanNs / 1000:F1} |");
        }
        md.AppendLine();
        var compile = rows.Where(r => r.Class == "AnalyzerBenchmarks").ToList();
        var baseline = compile.FirstOrDefault(r => r.Method.StartsWith("compile, no analyzer", StringComparison.Ordinal));
        if (baseline != null)
        {
            md.AppendLine("### Analyzer cost: compiling the generated 2,000-file code base (s per compilation)");
            md.AppendLine();
            md.AppendLine("| Compilation | s | vs no analyzer |");
            md.AppendLine("|---|---:|---:|");
            foreach (var r in compile)
            {
                var delta = r == baseline ? "–" : $"+{100 * (r.MeanNs - baseline.MeanNs) / baseline.MeanNs:F0} %";
                md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Method} | {r.MeanNs / 1e9:F2} | {delta} |");
            }
            md.AppendLine();
        }
        if (parts.Length > 1) { md.Append(parts[1]); }
        File.WriteAllText(Path.Combine(docsDir, "benchmarks.md"), md.ToString());
        Console.WriteLine($"report: {rows.Count} rows → {Path.Combine(docsDir, "benchmarks.md")}");
        return 0;
    }

    internal static IEnumerable<Row> Parse(string path)
    {
        var cls = Path.GetFileName(path).Replace("CryptrecCheck.Benchmarks.", string.Empty).Replace("-report.csv", string.Empty);
        var lines = File.ReadAllLines(path);
        if (lines.Length < 2) { yield break; }
        var sep = lines[0].Contains(';') ? ';' : ',';
        var header = SplitCsv(lines[0], sep);
        int Col(string n) => Array.IndexOf(header, n);
        foreach (var line in lines.Skip(1))
        {
            var c = SplitCsv(line, sep);
            if (c.Length != header.Length) { continue; }
            var mean = ParseTime(c[Col("Mean")]);
            if (mean is not double m) { continue; }
            int? Int(string n) => Col(n) >= 0 && int.TryParse(c[Col(n)], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
            yield return new Row(cls, c[Col("Method")].Trim('\'', '"'), Int("Size"), Int("KeyBits"), Col("Name") >= 0 ? c[Col("Name")] : null, m,
                Col("Allocated") >= 0 ? c[Col("Allocated")] : string.Empty);
        }
    }

    private static string[] SplitCsv(string line, char sep)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"') { quoted = !quoted; continue; }
            if (ch == sep && !quoted) { result.Add(sb.ToString()); sb.Clear(); continue; }
            sb.Append(ch);
        }
        result.Add(sb.ToString());
        return result.ToArray();
    }

    /// <summary>Parses BenchmarkDotNet's "22,447.3 ns" / "1.234 μs" / "3.5 ms" into nanoseconds.</summary>
    internal static double? ParseTime(string s)
    {
        var t = s.Trim();
        var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !double.TryParse(parts[0].Replace(",", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) { return null; }
        return parts[1] switch
        {
            "ns" => v,
            "μs" or "us" or "µs" => v * 1e3,
            "ms" => v * 1e6,
            "s" => v * 1e9,
            _ => null,
        };
    }

    private static string Svg(IReadOnlyList<Row> bulk)
    {
        var items = bulk.Select(r => (Label: r.Method, MBps: 16384 / r.MeanNs * 1000)).OrderByDescending(x => x.MBps).ToList();
        const int barH = 18, gap = 6, left = 360, width = 900, top = 40;
        var max = items.Count == 0 ? 1 : items.Max(i => i.MBps);
        var h = top + items.Count * (barH + gap) + 30;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{h}\" font-family=\"sans-serif\" font-size=\"12\">");
        sb.AppendLine("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        sb.AppendLine("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">Throughput at 16 KiB, MB/s (key setup included; higher is better)</text>");
        var y = top;
        foreach (var (label, mbps) in items)
        {
            var w = (width - left - 80) * mbps / max;
            var colour = label.Contains("CryptrecCheck") ? "#2e8b57" : label.Contains(" BC") ? "#e07b20" : "#3a6fb0";
            sb.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 13}\" text-anchor=\"end\">{Escape(label)}</text>");
            sb.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y}\" width=\"{w:F1}\" height=\"{barH}\" fill=\"{colour}\"/>");
            sb.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{left + w + 4:F1}\" y=\"{y + 13}\">{mbps:F0}</text>");
            y += barH + gap;
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{h - 8}\" fill=\"#555\">Blue: .NET (System.Security.Cryptography) · Orange: BouncyCastle 2.7 · Green: CryptrecCheck</text>");
        sb.AppendLine("</svg>");
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
