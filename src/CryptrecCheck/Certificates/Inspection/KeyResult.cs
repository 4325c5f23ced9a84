using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Certificates;

/// <summary>The inspection of one key found in a file, judged like a certificate's key.</summary>
public sealed class KeyResult
{
    internal KeyResult(string source, KeyItem item, Verdict verdict, IReadOnlyList<InspectionFinding> findings)
    {
        Source = source;
        Item = item;
        Verdict = verdict;
        Findings = findings;
    }

    public string Source { get; }

    public KeyItem Item { get; }

    public Verdict Verdict { get; }

    public IReadOnlyList<InspectionFinding> Findings { get; }

    public ListStatus Status => Verdict.Status;

    public bool HasErrors => Findings.Any(f => f.Severity == InspectionSeverity.Error);
}
