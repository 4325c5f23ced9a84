using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Tls;

/// <summary>
/// Joins the outputs of sharded <c>tls</c> runs (JSON envelopes or JSON lines) into one envelope: each target exactly
/// once (a result that reached the server wins over one that did not), every error kept, the summary recomputed.
/// </summary>
public static class TlsReportMerger
{
    /// <summary>Largest input file accepted (a result of a big target is ~50 KiB; 1,000 targets ~50 MiB).</summary>
    public const long MaxFileBytes = 1L << 30;

    /// <summary>Merges the files into <paramref name="output"/>; returns the exit code the merged report stands for.</summary>
    /// <exception cref="InvalidDataException">A file is neither a tls envelope nor JSON lines of tls-target results.</exception>
    public static int Merge(IReadOnlyList<string> files, Stream output, DateTime today)
    {
        var byTarget = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var order = new List<string>();
        var errors = new List<JsonElement>();
        JsonElement? settings = null;
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var f in files)
            {
                var info = new FileInfo(f);
                if (!info.Exists) { throw new InvalidDataException($"{f}: no such file"); }
                if (info.Length > MaxFileBytes) { throw new InvalidDataException($"{f}: larger than {MaxFileBytes} bytes"); }
                string text;
                try
                {
                    // The shared bounded open: a FIFO with no writer is an error after a few seconds, not a hang.
                    using var stream = Inputs.BoundedInput.Open(f);
                    text = new System.Text.UTF8Encoding(false).GetString(Inputs.BoundedInput.ReadBytes(stream, f, (int)Math.Min(MaxFileBytes, int.MaxValue), rejectNul: false));
                }
                catch (IOException e)
                {
                    throw new InvalidDataException(e.Message, e);
                }
                var trimmed = text.TrimStart();
                if (trimmed.Length == 0) { continue; }
                JsonDocument doc;
                try
                {
                    doc = JsonDocument.Parse(text);
                }
                catch (JsonException)
                {
                    doc = null!;
                }
                if (doc != null && doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("results", out var results))
                {
                    docs.Add(doc);
                    if (!doc.RootElement.TryGetProperty("verb", out var verb) || verb.GetString() != "tls") { throw new InvalidDataException($"{f}: not a report of the tls verb"); }
                    settings ??= doc.RootElement.GetProperty("settings");
                    foreach (var r in results.EnumerateArray()) { Add(r, f); }
                    if (doc.RootElement.TryGetProperty("errors", out var errs)) { errors.AddRange(errs.EnumerateArray()); }
                    continue;
                }
                doc?.Dispose();
                var n = 0;
                foreach (var line in text.Split('\n'))
                {
                    n++;
                    if (line.Trim().Length == 0) { continue; }
                    JsonDocument ld;
                    try { ld = JsonDocument.Parse(line); }
                    catch (JsonException e) { throw new InvalidDataException($"{f}:{n.ToString(CultureInfo.InvariantCulture)}: not JSON ({e.Message})"); }
                    docs.Add(ld);
                    Add(ld.RootElement, $"{f}:{n.ToString(CultureInfo.InvariantCulture)}");
                }
            }

            void Add(JsonElement r, string where)
            {
                if (r.ValueKind != JsonValueKind.Object || !r.TryGetProperty("kind", out var k) || k.GetString() != "tls-target" || !r.TryGetProperty("target", out var t))
                {
                    throw new InvalidDataException($"{where}: not a tls-target result");
                }
                var key = t.GetString() ?? string.Empty;
                if (!byTarget.TryGetValue(key, out var existing)) { byTarget[key] = r; order.Add(key); return; }
                if (!Reached(existing) && Reached(r)) { byTarget[key] = r; }
            }

            Write(output, order.Select(k => byTarget[k]).ToList(), errors, settings, today);
            var failOn = ListStatus.Monitored;
            if (settings is { } st && st.TryGetProperty("failOn", out var fo) && ListStatusExtensions.TryParseWireName(fo.GetString() ?? string.Empty, out var parsed)) { failOn = parsed; }
            var merged = order.Select(k => byTarget[k]).ToList();
            // As the unsharded command: a target that could not be scanned (no handshake and scan errors) is an input failure;
            // one that refused every hello without an error is a noncompliant result (tls.no-handshake).
            var failed = merged.Count(r => !Reached(r) && r.GetProperty("errors").GetArrayLength() > 0) + errors.Count(e => !byTarget.TryGetValue(e.GetProperty("source").GetString() ?? string.Empty, out var r) || !Reached(r));
            if (failed > 0) { return Reporting.ExitCodes.UsageError; }
            return merged.Any(r => Fails(r, failOn)) ? Reporting.ExitCodes.Noncompliant : Reporting.ExitCodes.Compliant;
        }
        finally
        {
            foreach (var d in docs) { d.Dispose(); }
        }
    }

    private static bool Reached(JsonElement r) =>
        r.TryGetProperty("protocols", out var ps) && ps.EnumerateArray().Any(p => p.GetProperty("supported").GetBoolean());

    /// <summary>As the unsharded scan counts it (Report.Add): the status against --fail-on, an error that is not a list
    /// verdict (expired, host name, untrusted), or a target that misses the type it was judged by.</summary>
    private static bool Fails(JsonElement r, ListStatus failOn)
    {
        if (StatusOf(r).Rank() >= failOn.Rank()) { return true; }
        if (r.TryGetProperty("profile", out var p) && p.GetString() is { } profile
            && r.TryGetProperty("compliance", out var c) && c.TryGetProperty(profile, out var ok) && ok.ValueKind == JsonValueKind.False)
        {
            return true;
        }
        foreach (var f in r.GetProperty("findings").EnumerateArray())
        {
            if (f.GetProperty("severity").GetString() == "error" && f.TryGetProperty("status", out var fs)
                && ListStatusExtensions.TryParseWireName(fs.GetString() ?? string.Empty, out var st) && st.Rank() == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static ListStatus StatusOf(JsonElement r) =>
        ListStatusExtensions.TryParseWireName(r.GetProperty("status").GetString() ?? string.Empty, out var s) ? s : ListStatus.Unknown;

    private static void Write(Stream output, IReadOnlyList<JsonElement> results, IReadOnlyList<JsonElement> errors, JsonElement? settings, DateTime today)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", Report.SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", "cryptrec-check");
        w.WriteString("version", Report.ToolVersion);
        w.WriteEndObject();
        w.WriteString("verb", "tls");
        var failOn = ListStatus.Monitored;
        if (settings is { } s)
        {
            w.WritePropertyName("settings");
            s.WriteTo(w);
            if (s.TryGetProperty("failOn", out var fo) && ListStatusExtensions.TryParseWireName(fo.GetString() ?? string.Empty, out var p)) { failOn = p; }
        }
        else
        {
            // JSON lines carry no settings: state the defaults and the guideline type the results were judged by.
            var profile = results.Count > 0 && results[0].TryGetProperty("profile", out var pr) ? pr.GetString() : "recommended";
            w.WriteStartObject("settings");
            w.WriteString("edition", "2022r2");
            w.WriteString("document", "CRYPTREC LS-0001-2022R2");
            w.WriteString("asOf", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("operationEndYear", today.Year);
            w.WriteString("guidelineType", profile);
            w.WriteNull("policyFile");
            w.WriteString("language", "en");
            w.WriteString("failOn", failOn.ToWireName());
            w.WriteEndObject();
        }
        w.WriteStartArray("results");
        foreach (var r in results) { r.WriteTo(w); }
        w.WriteEndArray();

        var byStatus = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySeverity = new Dictionary<string, int>(StringComparer.Ordinal) { ["error"] = 0, ["warning"] = 0, ["note"] = 0, ["info"] = 0 };
        foreach (var st in ReportSummary.StatusOrder) { byStatus[st.ToWireName()] = 0; }
        var findings = 0;
        var noncompliant = 0;
        var unreached = 0;
        foreach (var r in results)
        {
            var st = StatusOf(r);
            byStatus[st.ToWireName()]++;
            if (Fails(r, failOn)) { noncompliant++; }
            if (!Reached(r) && r.GetProperty("errors").GetArrayLength() > 0) { unreached++; }
            foreach (var f in r.GetProperty("findings").EnumerateArray())
            {
                findings++;
                var sev = f.GetProperty("severity").GetString() ?? "info";
                bySeverity[sev] = bySeverity.GetValueOrDefault(sev) + 1;
            }
        }
        var errorCount = Math.Max(errors.Count, unreached);
        w.WriteStartObject("summary");
        w.WriteNumber("results", results.Count);
        w.WriteNumber("noncompliant", noncompliant);
        w.WriteNumber("findings", findings);
        w.WriteNumber("errors", errorCount);
        w.WriteStartObject("byStatus");
        foreach (var kv in byStatus) { w.WriteNumber(kv.Key, kv.Value); }
        w.WriteEndObject();
        w.WriteStartObject("bySeverity");
        foreach (var kv in bySeverity) { w.WriteNumber(kv.Key, kv.Value); }
        w.WriteEndObject();
        w.WriteNumber("exitCode", errorCount > 0 ? 2 : noncompliant > 0 ? 1 : 0);
        w.WriteEndObject();

        // Errors of the envelopes, and for JSON-line inputs one per target that could not be scanned.
        w.WriteStartArray("errors");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in errors)
        {
            if (seen.Add(e.GetProperty("source").GetString() ?? string.Empty)) { e.WriteTo(w); }
        }
        foreach (var r in results)
        {
            var target = r.GetProperty("target").GetString() ?? string.Empty;
            if (Reached(r) || r.GetProperty("errors").GetArrayLength() == 0 || !seen.Add(target)) { continue; }
            var first = r.GetProperty("errors")[0];
            w.WriteStartObject();
            w.WriteString("source", target);
            w.WriteString("code", first.GetProperty("code").GetString());
            w.WriteString("message", first.GetProperty("message").GetString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
