using System.Globalization;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Reporting;

/// <summary>A result read back from a report envelope (any verb): the generic fields every result carries, the
/// verb-specific ones the HTML report knows (<c>protocols</c>, <c>compliance</c>), and the other scalar fields as facts.
/// Written back as the object it was read from.</summary>
public sealed class EnvelopeResult : IReportResult
{
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        "kind", "subject", "status", "findings", "protocols", "compliance", "errors", "certificateChain", "certificateChains",
    };

    private readonly JsonElement _raw;

    private EnvelopeResult(JsonElement raw, string kind, string subject, ListStatus status, IReadOnlyList<Finding> findings,
        IReadOnlyList<KeyValuePair<string, string>> facts, IReadOnlyList<ProtocolSuites>? protocols, IReadOnlyDictionary<string, bool>? compliance)
    {
        _raw = raw;
        Kind = kind;
        Subject = subject;
        Status = status;
        Findings = findings;
        Facts = facts;
        Protocols = protocols;
        Compliance = compliance;
    }

    public string Kind { get; }
    public string Subject { get; }
    public ListStatus Status { get; }
    public IReadOnlyList<Finding> Findings { get; }
    public IReadOnlyList<KeyValuePair<string, string>> Facts { get; }

    /// <summary>The protocols and suites of a TLS target, when the JSON carries them.</summary>
    public IReadOnlyList<ProtocolSuites>? Protocols { get; }

    /// <summary>GL-3001 type id → compliant, when the JSON carries it.</summary>
    public IReadOnlyDictionary<string, bool>? Compliance { get; }

    /// <summary>A certificate result read back fails as it did when it was written: an end entity that the guideline does
    /// not allow as a server certificate (<c>role</c> leaf, <c>guideline.allowed</c> false).</summary>
    public bool FailsRegardlessOfThreshold =>
        Kind == "certificate" && Str(_raw, "role") is { } role
        && _raw.TryGetProperty("guideline", out var g) && g.ValueKind == JsonValueKind.Object
        && g.TryGetProperty("allowed", out var a) && a.ValueKind is JsonValueKind.True or JsonValueKind.False
        && Certificates.CertificateResult.FailsAsServerCertificate(role, judged: true, allowed: a.GetBoolean(),
            _raw.TryGetProperty("extendedKeyUsage", out var eku) && eku.ValueKind == JsonValueKind.Array
                ? eku.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList() : null);

    public void WriteJson(Utf8JsonWriter writer, ReportContext context) => _raw.WriteTo(writer);

    /// <summary>Reads one result object; throws <see cref="FormatException"/> naming the missing or bad field.</summary>
    public static EnvelopeResult Parse(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) { throw new FormatException("a result is not a JSON object"); }
        var kind = Str(e, "kind") ?? throw new FormatException("a result has no \"kind\"");
        var subject = Str(e, "subject") ?? throw new FormatException("a result has no \"subject\"");
        var status = ParseStatus(Str(e, "status"), "status of \"" + subject + "\"");
        var findings = new List<Finding>();
        if (e.TryGetProperty("findings", out var fs) && fs.ValueKind == JsonValueKind.Array)
        {
            foreach (var f in fs.EnumerateArray()) { findings.Add(ParseFinding(f, subject)); }
        }
        var facts = new List<KeyValuePair<string, string>>();
        foreach (var p in e.EnumerateObject())
        {
            if (Structural.Contains(p.Name)) { continue; }
            var text = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number => p.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Array when p.Value.EnumerateArray().All(x => x.ValueKind is JsonValueKind.String or JsonValueKind.Number) && p.Value.GetArrayLength() is > 0 and <= 32 =>
                    string.Join(", ", p.Value.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.GetRawText())),
                _ => null,
            };
            if (text != null) { facts.Add(new(p.Name, text)); }
        }
        List<ProtocolSuites>? protocols = null;
        if (e.TryGetProperty("protocols", out var ps) && ps.ValueKind == JsonValueKind.Array)
        {
            protocols = new();
            foreach (var p in ps.EnumerateArray())
            {
                var suites = new List<SuiteEntry>();
                if (p.TryGetProperty("cipherSuites", out var cs) && cs.ValueKind == JsonValueKind.Array)
                {
                    foreach (var c in cs.EnumerateArray())
                    {
                        suites.Add(new SuiteEntry(Str(c, "name") ?? "?", ParseStatus(Str(c, "status"), "suite status")));
                    }
                }
                protocols.Add(new ProtocolSuites(Str(p, "version") ?? "?", p.TryGetProperty("supported", out var sup) && sup.ValueKind == JsonValueKind.True, suites));
            }
        }
        Dictionary<string, bool>? compliance = null;
        if (e.TryGetProperty("compliance", out var cp) && cp.ValueKind == JsonValueKind.Object)
        {
            compliance = new(StringComparer.Ordinal);
            foreach (var p in cp.EnumerateObject())
            {
                if (p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) { compliance[p.Name] = p.Value.GetBoolean(); }
            }
        }
        return new EnvelopeResult(e.Clone(), kind, subject, status, findings, facts, protocols, compliance);
    }

    private static Finding ParseFinding(JsonElement f, string subject)
    {
        if (f.ValueKind != JsonValueKind.Object) { throw new FormatException($"a finding of \"{subject}\" is not a JSON object"); }
        var id = Str(f, "id") ?? throw new FormatException($"a finding of \"{subject}\" has no \"id\"");
        var message = Str(f, "message");
        FindingLocation? location = null;
        if (f.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Object)
        {
            location = new FindingLocation
            {
                File = Str(l, "file"), Line = Int(l, "line"), Column = Int(l, "column"), Host = Str(l, "host"), Port = Int(l, "port"),
                Certificate = Str(l, "certificate"), Serial = Str(l, "serial"), Directive = Str(l, "directive"), Input = Str(l, "input"),
            };
        }
        return new Finding
        {
            Id = id,
            Severity = ParseSeverity(Str(f, "severity")),
            Status = ParseStatus(Str(f, "status"), $"status of finding {id} of \"{subject}\""),
            Asset = Str(f, "asset"),
            Location = location,
            MessageEn = Str(f, "messageEn") ?? message ?? string.Empty,
            MessageJa = Str(f, "messageJa") ?? message ?? string.Empty,
            Citation = Str(f, "citation") ?? string.Empty,
            CitationEn = Str(f, "citationEn"),
            Derived = f.TryGetProperty("derived", out var d) && d.ValueKind == JsonValueKind.True,
            AlternativeEn = Str(f, "alternative"),
            AlternativeJa = Str(f, "alternative"),
        };
    }

    private static ListStatus ParseStatus(string? s, string what) =>
        ListStatusExtensions.TryParseWireName(s, out var st) ? st : throw new FormatException($"{what}: \"{s}\" is not a CRYPTREC status");

    private static FindingSeverity ParseSeverity(string? s) => s switch
    {
        "error" => FindingSeverity.Error,
        "warning" => FindingSeverity.Warning,
        "note" => FindingSeverity.Note,
        "info" => FindingSeverity.Info,
        _ => throw new FormatException($"\"{s}\" is not a finding severity (error, warning, note, info)"),
    };

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    internal static string Invariant(int i) => i.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One protocol version of a TLS target and the suites found under it.</summary>
public sealed record ProtocolSuites(string Version, bool Supported, IReadOnlyList<SuiteEntry> Suites);

/// <summary>A cipher suite and its catalogue status.</summary>
public sealed record SuiteEntry(string Name, ListStatus Status);
