using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;

namespace CryptrecCheck.Code;

/// <summary>
/// CycloneDX 1.6 CBOM of an inventory: one component of type <c>cryptographic-asset</c> (assetType algorithm) per distinct
/// asset and verdict, with algorithmProperties (primitive, mode, padding, parameterSetIdentifier, curve, cryptoFunctions)
/// taken from what the analyzers found, the CRYPTREC status, citation and derived mark as properties, and every occurrence
/// (file, line) as evidence. Deterministic: bom-refs are derived from the asset, the serial number from the content, the
/// order is by name; no timestamp. Mapping documented in docs/code-inventory.md.
/// </summary>
public static class CbomWriter
{
    public const string SpecVersion = "1.6";

    public static ReportSummary Write(Report report, IReadOnlyList<CodeProjectResult> results, string rootName, Stream output)
    {
        var ctx = report.Settings.Context;
        var summary = new ReportSummary();
        foreach (var r in results) { summary.Add(r, ctx); }
        var errors = report.AllErrors.ToList();
        summary.Errors = errors.Count;

        // One component per asset and verdict; occurrences from every project.
        var groups = results
            .SelectMany(r => r.Entries.Select(e => (Project: r.Project, Entry: e)))
            .GroupBy(x => (x.Entry.Asset, x.Entry.Status, x.Entry.Citation, x.Entry.Derived))
            .OrderBy(g => g.Key.Asset, StringComparer.Ordinal).ThenBy(g => g.Key.Status.Rank()).ThenBy(g => g.Key.Citation, StringComparer.Ordinal)
            .ToList();
        var refs = new Dictionary<(string, ListStatus, string, bool), string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var baseRef = "crypto/algorithm/" + Slug(g.Key.Asset);
            var r = baseRef;
            for (var i = 2; !used.Add(r); i++) { r = baseRef + "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture); }
            refs[g.Key] = r;
        }

        var serialSource = new StringBuilder();
        foreach (var g in groups)
        {
            serialSource.Append(refs[g.Key]).Append('|').Append(g.Key.Status.ToWireName()).Append('|');
            foreach (var x in g) { serialSource.Append(x.Entry.File).Append(':').Append(x.Entry.Line).Append(';'); }
        }

        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        w.WriteString("bomFormat", "CycloneDX");
        w.WriteString("specVersion", SpecVersion);
        w.WriteString("serialNumber", "urn:uuid:" + DeterministicUuid(serialSource.ToString() + report.Settings.AsOfText + report.Settings.Edition.ToShortName()));
        w.WriteNumber("version", 1);
        w.WriteStartObject("metadata");
        w.WriteStartObject("tools");
        w.WriteStartArray("components");
        w.WriteStartObject();
        w.WriteString("type", "application");
        w.WriteString("name", "cryptrec-check");
        w.WriteString("version", Report.ToolVersion);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("component");
        w.WriteString("type", "application");
        w.WriteString("bom-ref", "root");
        w.WriteString("name", rootName);
        w.WriteEndObject();
        w.WriteStartArray("properties");
        Prop(w, "cryptrec:edition", report.Settings.Edition.ToShortName());
        Prop(w, "cryptrec:document", report.Settings.Edition.ToDocumentId());
        Prop(w, "cryptrec:asOf", report.Settings.AsOfText);
        Prop(w, "cryptrec:operationEndYear", report.Settings.OperationEndYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Prop(w, "cryptrec:failOn", report.Settings.FailOn.ToWireName());
        foreach (var r in results) { Prop(w, "cryptrec:project", r.Project); }
        foreach (var e in errors) { Prop(w, "cryptrec:error", e.Message); }
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartArray("components");
        foreach (var g in groups)
        {
            var first = g.First().Entry;
            w.WriteStartObject();
            w.WriteString("type", "cryptographic-asset");
            w.WriteString("bom-ref", refs[g.Key]);
            w.WriteString("name", g.Key.Asset);
            w.WriteStartObject("cryptoProperties");
            w.WriteString("assetType", "algorithm");
            w.WriteStartObject("algorithmProperties");
            var kind = CbomMapping.Kind(first);
            w.WriteString("primitive", CbomMapping.Primitive(kind, first));
            if (CbomMapping.Mode(first) is { } mode) { w.WriteString("mode", mode); }
            if (CbomMapping.Padding(first) is { } padding) { w.WriteString("padding", padding); }
            if (CbomMapping.ParameterSet(first) is { } ps) { w.WriteString("parameterSetIdentifier", ps); }
            if (first.Curve != null) { w.WriteString("curve", first.Curve); }
            w.WriteStartArray("cryptoFunctions");
            foreach (var f in CbomMapping.Functions(kind, first)) { w.WriteStringValue(f); }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("properties");
            Prop(w, "cryptrec:status", g.Key.Status.ToWireName());
            Prop(w, "cryptrec:citation", g.Key.Citation);
            Prop(w, "cryptrec:derived", g.Key.Derived ? "true" : "false");
            Prop(w, "cryptrec:algorithm", first.Algorithm);
            if (first.KeyBits is int kb) { Prop(w, "cryptrec:keyBits", kb.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
            if (first.Hash != null) { Prop(w, "cryptrec:hash", first.Hash); }
            foreach (var rule in g.Select(x => x.Entry.RuleId).Where(x => x != null).Distinct().Order(StringComparer.Ordinal)) { Prop(w, "cryptrec:rule", rule!); }
            w.WriteEndArray();
            w.WriteStartObject("evidence");
            w.WriteStartArray("occurrences");
            foreach (var (project, e) in g.OrderBy(x => x.Entry.File, StringComparer.Ordinal).ThenBy(x => x.Entry.Line).ThenBy(x => x.Entry.Column).ThenBy(x => x.Project, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("location", e.File);
                w.WriteNumber("line", e.Line);
                w.WriteNumber("offset", e.Column);
                var context = new StringBuilder(e.Source);
                context.Append(" [project ").Append(project);
                if (e.TargetFrameworks.Count > 0) { context.Append("; ").Append(string.Join(", ", e.TargetFrameworks)); }
                if (e.Generated) { context.Append("; generated code"); }
                context.Append(']');
                w.WriteString("additionalContext", context.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
        return summary;
    }

    private static void Prop(Utf8JsonWriter w, string name, string value)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("value", value);
        w.WriteEndObject();
    }

    /// <summary>Lower-case letters, digits and '-' only.</summary>
    internal static string Slug(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) { sb.Append(c); }
            else if (sb.Length > 0 && sb[^1] != '-') { sb.Append('-'); }
        }
        return sb.ToString().Trim('-') is { Length: > 0 } t ? t : "asset";
    }

    /// <summary>A name-based UUID (version 5 layout over SHA-256 bits; RFC 9562 §5.5 allows a hash other than SHA-1 only in
    /// version 8, so the version nibble says 8): the same inventory gives the same serial number.</summary>
    internal static string DeterministicUuid(string content)
    {
        var h = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        h[6] = (byte)((h[6] & 0x0F) | 0x80);
        h[8] = (byte)((h[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(h.AsSpan(0, 16));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
