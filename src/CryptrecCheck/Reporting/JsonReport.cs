using System.Text.Encodings.Web;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Reporting;

/// <summary>Writes explanations and the catalogue as JSON (schema: schemas/explain.schema.json, schemas/catalog.schema.json).
/// Field names are a public contract: add, never rename.</summary>
public static class JsonReport
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteExplanations(Stream output, IEnumerable<Explanation> items, ReportOptions o)
    {
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartArray();
        foreach (var e in items)
        {
            WriteExplanation(w, e, o);
            if (w.BytesPending > 32 * 1024) { w.Flush(); } // streamed: memory stays flat whatever the count
        }
        w.WriteEndArray();
    }

    private static void WriteExplanation(Utf8JsonWriter w, Explanation e, ReportOptions o)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteString("input", e.Input);
        if (e.Resolution.Resolved is { } r)
        {
            w.WriteString("resolved", r.Canonical);
            w.WriteString("namespace", r.Namespace);
        }
        else
        {
            w.WriteNull("resolved");
            w.WriteNull("namespace");
        }
        if (e.Error != null)
        {
            w.WriteString("status", ListStatus.Unknown.ToWireName());
            w.WriteString("error", e.Error);
            w.WriteBoolean("compliant", false);
            w.WriteStartArray("reasons");
            w.WriteStartObject();
            w.WriteString("code", "input-error");
            w.WriteString("outcome", "fail");
            // The same fields as every other reason (README: a contract); the detail comes from the resolver in English.
            w.WriteString("message", o.Japanese ? $"入力エラー: {e.Error}" : $"input error: {e.Error}");
            w.WriteString("messageEn", $"input error: {e.Error}");
            w.WriteString("messageJa", $"入力エラー: {e.Error}");
            w.WriteString("citation", "cryptrec-check");
            w.WriteString("citationEn", "cryptrec-check");
            w.WriteStartObject("source");
            w.WriteString("document", "cryptrec-check");
            w.WriteString("location", "input validation");
            w.WriteString("quality", "derived");
            w.WriteString("references", string.Empty);
            w.WriteEndObject();
            w.WriteBoolean("derived", false);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            return;
        }
        WriteVerdictBody(w, e.Verdict!, o);
        w.WriteBoolean("compliant", Compliance.IsCompliant(e.Verdict, o));
        w.WriteNull("error");
        w.WriteEndObject();
    }

    private static void WriteVerdictBody(Utf8JsonWriter w, Verdict v, ReportOptions o)
    {
        w.WriteString("status", v.Status.ToWireName());
        w.WriteString("list", o.Japanese ? v.Status.ListNameJa() : v.Status.ListNameEn());
        if (v.Technique != null) { w.WriteString("technique", v.Technique); } else { w.WriteNull("technique"); }
        w.WriteBoolean("derived", v.IsDerived);
        if (v.StrengthBits is int s) { w.WriteNumber("strengthBits", s); } else { w.WriteNull("strengthBits"); }
        if (v.Phase is { } ph) { w.WriteString("strengthPhase", ph.Id()); } else { w.WriteNull("strengthPhase"); }
        w.WriteStartArray("reasons");
        foreach (var reason in v.Reasons) { WriteReason(w, reason, o); }
        w.WriteEndArray();
        if (v.Alternative is { } alt)
        {
            w.WriteString("alternative", o.Japanese ? alt.Ja : alt.En);
        }
        if (v.Components.Count > 0)
        {
            w.WriteStartArray("components");
            foreach (var c in v.Components)
            {
                w.WriteStartObject();
                w.WriteString("role", RoleId(c.Role));
                w.WriteString("resolved", c.Verdict.Asset.Describe());
                WriteVerdictBody(w, c.Verdict, o);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (v.Tls != null)
        {
            w.WriteStartObject("tls");
            foreach (var t in v.Tls.All)
            {
                w.WriteStartObject(t.Type.Id());
                w.WriteBoolean("allowed", t.Allowed);
                w.WriteStartArray("reasons");
                foreach (var reason in t.Reasons) { WriteReason(w, reason, o); }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
    }

    private static void WriteReason(Utf8JsonWriter w, Reason r, ReportOptions o)
    {
        w.WriteStartObject();
        w.WriteString("code", r.Code);
        w.WriteString("outcome", r.Outcome.ToWireName());
        w.WriteString("message", r.MessageIn(o.Language));
        w.WriteString("messageEn", r.Message);
        w.WriteString("messageJa", r.MessageJa);
        w.WriteString("citation", r.Citation.ToString());
        w.WriteString("citationEn", CitationText.English(r.Citation));
        w.WriteStartObject("source");
        w.WriteString("document", r.Citation.Document);
        w.WriteString("location", r.Citation.Location);
        w.WriteString("quality", r.Citation.Quality.ToString().ToLowerInvariant());
        w.WriteString("references", r.Citation.SourceIds);
        w.WriteEndObject();
        w.WriteBoolean("derived", r.IsDerived);
        w.WriteEndObject();
    }

    public static void WriteCatalog(Stream output, Catalog catalog, bool includeNotListed, ReportOptions o)
    {
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteString("edition", catalog.Edition.ToShortName());
        w.WriteString("document", catalog.Edition.ToDocumentId());
        w.WriteString("effectiveFrom", Catalog.IsoDate(Catalog.EditionStart(catalog.Edition)));
        w.WriteString("revised", Catalog.IsoDate(Catalog.EditionRevised(catalog.Edition)));
        w.WriteStartArray("entries");
        foreach (var e in includeNotListed ? catalog.Entries : catalog.ListedEntries)
        {
            w.WriteStartObject();
            w.WriteString("technique", e.Technique);
            w.WriteString("status", e.Status.ToWireName());
            w.WriteString("category", e.Category.Id());
            w.WriteString("categoryName", o.Japanese ? e.Category.Ja() : e.Category.En());
            w.WriteString("specification", e.Specification);
            w.WriteString("citation", e.Citation.ToString());
            w.WriteBoolean("derived", e.IsDerived);
            if (e.EffectiveFrom is DateTime f) { w.WriteString("effectiveFrom", Catalog.IsoDate(f)); } else { w.WriteNull("effectiveFrom"); }
            if (e.ParameterSets != null)
            {
                w.WriteStartArray("parameterSets");
                foreach (var ps in e.ParameterSets)
                {
                    w.WriteStartObject();
                    w.WriteString("name", ps.Name);
                    if (ps.PqcCategory is int c) { w.WriteNumber("pqcCategory", c); } else { w.WriteNull("pqcCategory"); }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteStartArray("notes");
            foreach (var n in e.Notes)
            {
                w.WriteStartObject();
                w.WriteString("id", n.Id);
                w.WriteString("condition", n.Kind.ToString());
                w.WriteString("text", o.Japanese ? n.TextJa : n.TextEn);
                w.WriteString("citation", n.Citation.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("footnotes");
        foreach (var n in catalog.Footnotes)
        {
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            w.WriteString("condition", n.Kind.ToString());
            w.WriteString("text", o.Japanese ? n.TextJa : n.TextEn);
            w.WriteString("citation", n.Citation.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static string RoleId(ComponentRole r) => r switch
    {
        ComponentRole.KeyExchange => "key-exchange",
        ComponentRole.Authentication => "authentication",
        ComponentRole.Cipher => "cipher",
        ComponentRole.MacOrPrf => "mac-prf",
        ComponentRole.Classical => "classical",
        ComponentRole.PostQuantum => "post-quantum",
        _ => "component",
    };
}
