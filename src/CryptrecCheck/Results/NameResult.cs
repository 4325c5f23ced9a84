using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Reporting;

namespace CryptrecCheck.Results;

/// <summary>A name given to <c>explain</c>, as a result of the shared model (for SARIF and Markdown output).</summary>
public sealed class NameResult : IReportResult
{
    private readonly Finding[] _findings;

    public NameResult(Explanation explanation)
    {
        Explanation = explanation;
        var location = new FindingLocation { Input = explanation.Input };
        if (explanation.Verdict is { } v)
        {
            _findings = new[] { Finding.FromVerdict("explain.status", v, location, explanation.Resolution.Resolved?.Canonical ?? explanation.Input) };
        }
        else
        {
            _findings = new[]
            {
                new Finding
                {
                    Id = "explain.input-error", Severity = FindingSeverity.Error, Status = ListStatus.Unknown, Asset = null, Location = location,
                    MessageEn = $"input error: {explanation.Error}", MessageJa = $"入力エラー: {explanation.Error}", Citation = "cryptrec-check",
                },
            };
        }
    }

    static NameResult()
    {
        CheckTitles.Register("explain.status", "CRYPTREC status of a name", "名前の CRYPTREC 上の判定");
        CheckTitles.Register("explain.input-error", "Name that is not valid input", "入力として不正な名前");
    }

    public Explanation Explanation { get; }

    public string Kind => "name";

    public string Subject => Explanation.Input;

    public ListStatus Status => Explanation.Status;

    public IReadOnlyList<Finding> Findings => _findings;

    public IReadOnlyList<KeyValuePair<string, string>> Facts =>
        Explanation.Resolution.Resolved is { } r
            ? new[] { new KeyValuePair<string, string>("resolved", r.Canonical) }
            : Array.Empty<KeyValuePair<string, string>>();

    public void WriteJson(Utf8JsonWriter w, ReportContext context)
    {
        w.WriteStartObject();
        w.WriteString("kind", Kind);
        w.WriteString("subject", Subject);
        w.WriteString("status", Status.ToWireName());
        if (Explanation.Resolution.Resolved is { } r) { w.WriteString("resolved", r.Canonical); } else { w.WriteNull("resolved"); }
        EnvelopeJsonWriter.WriteFindings(w, _findings, context);
        w.WriteEndObject();
    }
}
