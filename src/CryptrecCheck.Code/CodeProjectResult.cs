using System.Globalization;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;

namespace CryptrecCheck.Code;

/// <summary>The inventory of one project (all its target frameworks): every cryptographic use the analyzers found,
/// compliant ones included, as findings of the shared result model.</summary>
public sealed class CodeProjectResult : IReportResult
{
    private readonly List<Finding> _findings;

    static CodeProjectResult()
    {
        CheckTitles.Register("CRY0001", "Cryptographic asset (inventory)", "暗号資産（インベントリ）");
    }

    public CodeProjectResult(string project, IReadOnlyList<string> targetFrameworks, int documents, IReadOnlyList<InventoryEntry> entries)
    {
        Project = project;
        TargetFrameworks = targetFrameworks;
        Documents = documents;
        Entries = entries;
        _findings = entries.Select(e => e.ToFinding()).ToList();
    }

    /// <summary>The project file, relative to the inventoried root.</summary>
    public string Project { get; }

    public IReadOnlyList<string> TargetFrameworks { get; }

    /// <summary>Source documents analysed (over all target frameworks, each file once).</summary>
    public int Documents { get; }

    public IReadOnlyList<InventoryEntry> Entries { get; }

    public string Kind => "code";
    public string Subject => Project;

    public ListStatus Status => Entries.Count == 0 ? ListStatus.Recommended : Entries.Select(e => e.Status).OrderByDescending(s => s.Rank()).First();

    public IReadOnlyList<Finding> Findings => _findings;

    public IReadOnlyList<KeyValuePair<string, string>> Facts => new List<KeyValuePair<string, string>>
    {
        new("target frameworks", TargetFrameworks.Count == 0 ? "-" : string.Join(", ", TargetFrameworks)),
        new("documents", Documents.ToString(CultureInfo.InvariantCulture)),
        new("cryptographic uses", Entries.Count.ToString(CultureInfo.InvariantCulture)),
    };

    public void WriteJson(Utf8JsonWriter w, ReportContext context)
    {
        w.WriteStartObject();
        w.WriteString("kind", Kind);
        w.WriteString("subject", Subject);
        w.WriteString("project", Project);
        w.WriteStartArray("targetFrameworks");
        foreach (var t in TargetFrameworks) { w.WriteStringValue(t); }
        w.WriteEndArray();
        w.WriteNumber("documents", Documents);
        w.WriteString("status", Status.ToWireName());
        w.WriteStartArray("inventory");
        foreach (var e in Entries)
        {
            w.WriteStartObject();
            w.WriteString("asset", e.Asset);
            w.WriteString("algorithm", e.Algorithm);
            Opt(w, "keyBits", e.KeyBits);
            Opt(w, "curve", e.Curve);
            Opt(w, "mode", e.Mode);
            Opt(w, "hash", e.Hash);
            Opt(w, "parameterSet", e.ParameterSet);
            Opt(w, "outputBits", e.OutputBits);
            Opt(w, "nonceBits", e.NonceBits);
            Opt(w, "tlsCode", e.TlsCode);
            w.WriteString("status", e.Status.ToWireName());
            w.WriteString("citation", e.Citation);
            w.WriteBoolean("derived", e.Derived);
            Opt(w, "reason", e.Reason);
            if (e.RuleId != null) { w.WriteString("rule", e.RuleId); } else { w.WriteNull("rule"); }
            w.WriteString("source", e.Source);
            w.WriteString("file", e.File);
            w.WriteNumber("line", e.Line);
            w.WriteNumber("column", e.Column);
            w.WriteBoolean("generated", e.Generated);
            w.WriteStartArray("targetFrameworks");
            foreach (var t in e.TargetFrameworks) { w.WriteStringValue(t); }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        EnvelopeJsonWriter.WriteFindings(w, _findings, context);
        w.WriteEndObject();
    }

    private static void Opt(Utf8JsonWriter w, string name, string? v)
    {
        if (v != null) { w.WriteString(name, v); }
    }

    private static void Opt(Utf8JsonWriter w, string name, int? v)
    {
        if (v is int n) { w.WriteNumber(name, n); }
    }
}
