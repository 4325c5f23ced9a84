using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Reporting;

/// <summary>
/// SARIF 2.1.0 for CI systems: one run, one result per finding that is not merely informational, rules collected from
/// the finding ids, the CRYPTREC status, citation and derived mark in <c>properties</c>. File locations become physical
/// locations; endpoints, certificates and names become logical locations. Streamed like the JSON envelope.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string HelpBase = "https://github.com/cryptrec-check/cryptrec-check/blob/main/docs/";

    public static ReportSummary Write(Report report, Stream output)
    {
        var ctx = report.Settings.Context;
        var summary = new ReportSummary();
        var rules = new SortedDictionary<string, Finding>(StringComparer.Ordinal);
        using var w = new Utf8JsonWriter(output, EnvelopeJsonWriter.Options);
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartArray("results");
        foreach (var r in report.Results)
        {
            summary.Add(r, ctx);
            foreach (var f in r.Findings)
            {
                if (f.Severity == FindingSeverity.Info) { continue; }
                rules.TryAdd(f.Id, f);
                WriteResult(w, f, r, ctx);
            }
            if (w.BytesPending > 32 * 1024) { w.Flush(); }
        }
        w.WriteEndArray();
        var errors = report.AllErrors.ToList();
        summary.Errors = errors.Count;
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", errors.Count == 0);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var e in errors)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            w.WriteStartObject("message");
            w.WriteString("text", e.Message);
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("source", e.Source);
            w.WriteString("code", e.Code);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("properties");
        EnvelopeJsonWriter.WriteSettings(w, report.Settings);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "cryptrec-check");
        w.WriteString("version", Report.ToolVersion);
        w.WriteString("informationUri", HelpBase + "policy-basis.md");
        w.WriteStartArray("rules");
        foreach (var (id, f) in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", CheckTitles.Get(id, japanese: false));
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", CheckTitles.Get(id, japanese: true));
            w.WriteEndObject();
            w.WriteString("helpUri", HelpUri(id));
            w.WriteStartObject("properties");
            w.WriteStartArray("tags");
            w.WriteStringValue("security");
            w.WriteStringValue("cryptography");
            w.WriteStringValue("CRYPTREC");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
        return summary;
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, IReportResult r, ReportContext ctx)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.Id);
        w.WriteString("level", f.Severity.ToSarifLevel());
        w.WriteStartObject("message");
        w.WriteString("text", f.Message(ctx.Japanese));
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        var l = f.Location;
        if (l?.File != null)
        {
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", ToUri(l.File));
            w.WriteEndObject();
            if (l.Line is int line)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", Math.Max(1, line));
                if (l.Column is int col) { w.WriteNumber("startColumn", Math.Max(1, col)); }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("fullyQualifiedName", l?.Display is { Length: > 0 } d ? d : r.Subject);
        w.WriteString("kind", r.Kind);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteString("cryptrecStatus", f.Status.ToWireName());
        if (f.Asset != null) { w.WriteString("asset", f.Asset); }
        w.WriteString("citation", f.Citation);
        w.WriteBoolean("derived", f.Derived);
        w.WriteString("subject", r.Subject);
        w.WriteString("messageEn", f.MessageEn);
        w.WriteString("messageJa", f.MessageJa);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A relative path stays relative (forward slashes); an absolute one becomes a file: URI.</summary>
    internal static string ToUri(string path)
    {
        if (Path.IsPathRooted(path)) { return new Uri(Path.GetFullPath(path)).AbsoluteUri; }
        return Uri.EscapeDataString(path.Replace('\\', '/')).Replace("%2F", "/", StringComparison.Ordinal);
    }

    /// <summary>Analyzer rules have their own pages; other checks are explained in the verb's documentation.</summary>
    internal static string HelpUri(string id) =>
        id.StartsWith("CRY", StringComparison.Ordinal) ? HelpBase + "rules/" + id + ".md" : HelpBase + "checks.md#" + id.Replace('.', '-');


}
