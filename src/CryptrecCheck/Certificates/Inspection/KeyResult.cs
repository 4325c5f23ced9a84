using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>The inspection of one key found in a file, judged like a certificate's key.</summary>
public sealed class KeyResult : IReportResult
{
    static KeyResult() => CertificateJson.RegisterTitles();

    internal KeyResult(string source, KeyItem item, Verdict verdict, IReadOnlyList<Finding> findings)
    {
        Source = source;
        Item = item;
        Verdict = verdict;
        Findings = findings;
    }

    public string Source { get; }

    public KeyItem Item { get; }

    public Verdict Verdict { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public ListStatus Status => Verdict.Status;

    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    public string Kind => "key";

    /// <summary>"RSA-2048 (PKCS#8 private key, PEM block 1)".</summary>
    public string Subject => $"{Item.PublicKey.Display} ({Item.Format}, {Item.Origin})";

    public IReadOnlyList<KeyValuePair<string, string>> Facts => new KeyValuePair<string, string>[]
    {
        new("source", $"{Source} ({Item.Origin})"),
        new("format", Item.Format),
        new("publicKey", Item.PublicKey.Display),
    };

    public void WriteJson(Utf8JsonWriter w, ReportContext context)
    {
        w.WriteStartObject();
        w.WriteString("kind", Kind);
        w.WriteString("source", Source);
        w.WriteString("origin", Item.Origin);
        w.WriteString("subject", Subject);
        w.WriteString("format", Item.Format);
        if (Item.Comment != null) { w.WriteString("comment", Item.Comment); }
        CertificateJson.WritePublicKey(w, Item.PublicKey);
        w.WriteString("status", Status.ToWireName());
        Reporting.EnvelopeJsonWriter.WriteFindings(w, Findings, context);
        w.WriteEndObject();
    }
}
