using System.Globalization;
using System.Text.Json;
using CryptrecCheck.Inputs;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Results;

namespace CryptrecCheck.Reporting;

/// <summary>What one or more report files hold: the settings of the first envelope, the verbs, the results and the
/// errors recorded in them.</summary>
public sealed class EnvelopeContent
{
    public ReportSettings? Settings { get; set; }
    public List<string> Verbs { get; } = new();
    public List<EnvelopeResult> Results { get; } = new();
    public List<ReportError> Errors { get; } = new();
}

/// <summary>Raised when a report file cannot be read; the message names the file and, for bad JSON, the line.</summary>
public sealed class EnvelopeException(string message) : Exception(message);

/// <summary>Reads report envelopes (schemas/report.schema.json) written by any verb: a <c>.json</c> envelope, or JSON
/// lines (<c>.jsonl</c>) each holding an envelope or one result. Reads are bounded (<see cref="BoundedInput"/>).</summary>
public static class EnvelopeReader
{
    /// <summary>Bytes read from one file, at most.</summary>
    public const int MaxFileBytes = 512 << 20;

    /// <summary>Characters in one JSON line, at most.</summary>
    public const int MaxLineChars = 64 << 20;

    public static void Read(string path, EnvelopeContent into)
    {
        try
        {
            using var s = BoundedInput.Open(path);
            if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (line, text) in BoundedInput.ReadLines(s, path, MaxFileBytes, MaxLineChars))
                {
                    if (string.IsNullOrWhiteSpace(text)) { continue; }
                    Take(path, line, () => JsonDocument.Parse(text), into);
                }
            }
            else
            {
                var bytes = BoundedInput.ReadBytes(s, path, MaxFileBytes, rejectNul: true);
                Take(path, 0, () => JsonDocument.Parse(bytes), into);
            }
        }
        catch (InputException e)
        {
            throw new EnvelopeException(e.Message);
        }
    }

    private static void Take(string path, int lineOffset, Func<JsonDocument> parse, EnvelopeContent into)
    {
        JsonDocument doc;
        try
        {
            doc = parse();
        }
        catch (JsonException e)
        {
            var line = lineOffset > 0 ? lineOffset : (int)(e.LineNumber ?? 0) + 1;
            throw new EnvelopeException($"{path}:{line.ToString(CultureInfo.InvariantCulture)}: not valid JSON ({e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')}) / JSON として不正");
        }
        using (doc)
        {
            var where = lineOffset > 0 ? $"{path}:{lineOffset.ToString(CultureInfo.InvariantCulture)}" : path;
            try
            {
                var root = doc.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
                {
                    if (root.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String && !into.Verbs.Contains(verb.GetString()!)) { into.Verbs.Add(verb.GetString()!); }
                    if (into.Settings == null && root.TryGetProperty("settings", out var st) && st.ValueKind == JsonValueKind.Object) { into.Settings = ParseSettings(st); }
                    foreach (var r in results.EnumerateArray()) { into.Results.Add(EnvelopeResult.Parse(r)); }
                    if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var e in errors.EnumerateArray())
                        {
                            into.Errors.Add(new ReportError(Str(e, "source") ?? path, Str(e, "code") ?? "error", Str(e, "message") ?? string.Empty));
                        }
                    }
                }
                else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("kind", out _))
                {
                    into.Results.Add(EnvelopeResult.Parse(root));
                }
                else
                {
                    throw new FormatException("neither a report envelope (an object with \"results\") nor a result (an object with \"kind\"); " +
                                              "make it with --format json or jsonl of tls, cert or another verb");
                }
            }
            catch (FormatException e)
            {
                throw new EnvelopeException($"{where}: {e.Message} / レポートとして読めない");
            }
        }
    }

    private static ReportSettings ParseSettings(JsonElement s)
    {
        var edition = EditionNames.TryParse(Str(s, "edition"), out var ed) ? ed : Edition.Ls0001_2022R2;
        var asOf = DateTime.TryParseExact(Str(s, "asOf"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateTime.MinValue;
        var endYear = s.TryGetProperty("operationEndYear", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var yi) ? yi : asOf.Year;
        return new ReportSettings
        {
            Edition = edition,
            AsOf = asOf,
            OperationEndYear = endYear,
            GuidelineType = TlsGuidelineTypeNames.TryParse(Str(s, "guidelineType"), out var t) ? t : null,
            PolicyFile = Str(s, "policyFile"),
            Language = Str(s, "language") ?? "en",
            FailOn = ListStatusExtensions.TryParseWireName(Str(s, "failOn"), out var fo) ? fo : ListStatus.Monitored,
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>What changed since an earlier report: targets and findings that appeared or went away. A finding is
/// identified by its result's subject, its id and its asset.</summary>
public sealed class BaselineComparison
{
    public List<string> NewTargets { get; } = new();
    public List<string> RemovedTargets { get; } = new();
    public List<(string Subject, Finding Finding)> NewFindings { get; } = new();
    public List<(string Subject, Finding Finding)> RemovedFindings { get; } = new();

    /// <summary>Findings that count (informational ones are inventory, not change).</summary>
    private static IEnumerable<Finding> Relevant(IReportResult r) => r.Findings.Where(f => f.Severity != FindingSeverity.Info);

    public static BaselineComparison Compare(IEnumerable<IReportResult> baseline, IEnumerable<IReportResult> current)
    {
        static string Key(string subject, Finding f) => subject + "\u0000" + f.Id + "\u0000" + (f.Asset ?? string.Empty);
        var old = new Dictionary<string, Finding>(StringComparer.Ordinal);
        var oldTargets = new HashSet<string>(StringComparer.Ordinal);
        var oldOrder = new List<(string, Finding)>();
        foreach (var r in baseline)
        {
            oldTargets.Add(r.Subject);
            foreach (var f in Relevant(r)) { if (old.TryAdd(Key(r.Subject, f), f)) { oldOrder.Add((r.Subject, f)); } }
        }
        var c = new BaselineComparison();
        var seenTargets = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in current)
        {
            if (seenTargets.Add(r.Subject) && !oldTargets.Contains(r.Subject)) { c.NewTargets.Add(r.Subject); }
            foreach (var f in Relevant(r))
            {
                var k = Key(r.Subject, f);
                if (seen.Add(k) && !old.ContainsKey(k)) { c.NewFindings.Add((r.Subject, f)); }
            }
        }
        c.RemovedTargets.AddRange(oldTargets.Where(t => !seenTargets.Contains(t)));
        c.RemovedFindings.AddRange(oldOrder.Where(x => !seen.Contains(Key(x.Item1, x.Item2))));
        return c;
    }

    /// <summary>Appends the comparison as GitHub-flavoured Markdown.</summary>
    public void WriteMarkdown(TextWriter w, bool ja)
    {
        w.WriteLine();
        w.WriteLine(ja ? "## 前回報告との比較" : "## Changes since the baseline");
        w.WriteLine();
        w.WriteLine(ja ? "| 変化 | 対象 | ID | 資産 | 内容 |" : "| Change | Subject | ID | Asset | Finding |");
        w.WriteLine("|---|---|---|---|---|");
        foreach (var t in NewTargets) { w.WriteLine($"| {(ja ? "新しい対象" : "new target")} | {MarkdownWriter.Cell(t)} |  |  |  |"); }
        foreach (var t in RemovedTargets) { w.WriteLine($"| {(ja ? "なくなった対象" : "removed target")} | {MarkdownWriter.Cell(t)} |  |  |  |"); }
        foreach (var (s, f) in NewFindings) { w.WriteLine($"| {(ja ? "新しい指摘" : "new finding")} | {MarkdownWriter.Cell(s)} | {MarkdownWriter.Cell(f.Id)} | {MarkdownWriter.Cell(f.Asset ?? "")} | {MarkdownWriter.Cell(f.Message(ja))} |"); }
        foreach (var (s, f) in RemovedFindings) { w.WriteLine($"| {(ja ? "解消した指摘" : "removed finding")} | {MarkdownWriter.Cell(s)} | {MarkdownWriter.Cell(f.Id)} | {MarkdownWriter.Cell(f.Asset ?? "")} | {MarkdownWriter.Cell(f.Message(ja))} |"); }
    }
}
