using System.Text.Encodings.Web;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Results;

namespace CryptrecCheck.Reporting;

/// <summary>
/// The JSON envelope (schemas/report.schema.json): schemaVersion, tool, verb, settings, results, summary, errors.
/// Results are streamed: the writer flushes after each one, so memory stays flat whatever their number.
/// </summary>
public static class EnvelopeJsonWriter
{
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ReportSummary Write(Report report, Stream output)
    {
        var ctx = report.Settings.Context;
        var summary = new ReportSummary();
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", Report.SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", "cryptrec-check");
        w.WriteString("version", Report.ToolVersion);
        w.WriteEndObject();
        w.WriteString("verb", report.Verb);
        WriteSettings(w, report.Settings);
        w.WriteStartArray("results");
        foreach (var r in report.Results)
        {
            r.WriteJson(w, ctx);
            summary.Add(r, ctx);
            if (w.BytesPending > 32 * 1024) { w.Flush(); }
        }
        w.WriteEndArray();
        var errors = report.AllErrors.ToList();
        summary.Errors = errors.Count;
        WriteSummary(w, summary);
        w.WriteStartArray("errors");
        foreach (var e in errors) { WriteError(w, e); }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
        return summary;
    }

    public static void WriteSettings(Utf8JsonWriter w, ReportSettings s)
    {
        w.WriteStartObject("settings");
        w.WriteString("edition", s.Edition.ToShortName());
        w.WriteString("document", s.Edition.ToDocumentId());
        w.WriteString("asOf", s.AsOfText);
        w.WriteNumber("operationEndYear", s.OperationEndYear);
        if (s.GuidelineType is { } t) { w.WriteString("guidelineType", t.Id()); } else { w.WriteNull("guidelineType"); }
        if (s.PolicyFile != null) { w.WriteString("policyFile", s.PolicyFile); } else { w.WriteNull("policyFile"); }
        w.WriteString("language", s.Japanese ? "ja" : "en");
        w.WriteString("failOn", s.FailOn.ToWireName());
        w.WriteEndObject();
    }

    public static void WriteSummary(Utf8JsonWriter w, ReportSummary s)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("results", s.Results);
        w.WriteNumber("noncompliant", s.Noncompliant);
        w.WriteNumber("findings", s.Findings);
        w.WriteNumber("errors", s.Errors);
        w.WriteStartObject("byStatus");
        foreach (var st in ReportSummary.StatusOrder) { w.WriteNumber(st.ToWireName(), s.Count(st)); }
        w.WriteEndObject();
        w.WriteStartObject("bySeverity");
        foreach (var sv in new[] { FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Note, FindingSeverity.Info })
        {
            w.WriteNumber(sv.ToWireName(), s.Count(sv));
        }
        w.WriteEndObject();
        w.WriteNumber("exitCode", s.ExitCode);
        w.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter w, ReportError e)
    {
        w.WriteStartObject();
        w.WriteString("source", e.Source);
        w.WriteString("code", e.Code);
        w.WriteString("message", e.Message);
        w.WriteEndObject();
    }

    /// <summary>Writes a finding (the shape every verb's <c>findings</c> array uses).</summary>
    public static void WriteFinding(Utf8JsonWriter w, Finding f, ReportContext ctx)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("severity", f.Severity.ToWireName());
        w.WriteString("status", f.Status.ToWireName());
        if (f.Asset != null) { w.WriteString("asset", f.Asset); } else { w.WriteNull("asset"); }
        w.WriteString("message", f.Message(ctx.Japanese));
        w.WriteString("messageEn", f.MessageEn);
        w.WriteString("messageJa", f.MessageJa);
        w.WriteString("citation", f.Citation);
        w.WriteBoolean("derived", f.Derived);
        if (f.AlternativeEn != null) { w.WriteString("alternative", ctx.Japanese ? f.AlternativeJa ?? f.AlternativeEn : f.AlternativeEn); }
        if (f.Location is { } l) { WriteLocation(w, l); } else { w.WriteNull("location"); }
        w.WriteEndObject();
    }

    public static void WriteFindings(Utf8JsonWriter w, IReadOnlyList<Finding> findings, ReportContext ctx)
    {
        w.WriteStartArray("findings");
        foreach (var f in findings) { WriteFinding(w, f, ctx); }
        w.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter w, FindingLocation l)
    {
        w.WriteStartObject("location");
        if (l.File != null) { w.WriteString("file", l.File); }
        if (l.Line is int line) { w.WriteNumber("line", line); }
        if (l.Column is int col) { w.WriteNumber("column", col); }
        if (l.Host != null) { w.WriteString("host", l.Host); }
        if (l.Port is int port) { w.WriteNumber("port", port); }
        if (l.Certificate != null) { w.WriteString("certificate", l.Certificate); }
        if (l.Serial != null) { w.WriteString("serial", l.Serial); }
        if (l.Directive != null) { w.WriteString("directive", l.Directive); }
        if (l.Input != null) { w.WriteString("input", l.Input); }
        w.WriteString("display", l.Display);
        w.WriteEndObject();
    }
}
