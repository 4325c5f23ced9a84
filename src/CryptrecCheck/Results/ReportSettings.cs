using System.Globalization;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Results;

/// <summary>The settings a report was made with; written into every report so that an auditor can reproduce it.</summary>
public sealed record ReportSettings
{
    public required Edition Edition { get; init; }

    public required DateTime AsOf { get; init; }

    public required int OperationEndYear { get; init; }

    /// <summary>The GL-3001 type chosen for pass/fail of TLS items, if any.</summary>
    public TlsGuidelineType? GuidelineType { get; init; }

    /// <summary>The policy file, as given.</summary>
    public string? PolicyFile { get; init; }

    public string Language { get; init; } = "en";

    public ListStatus FailOn { get; init; } = ListStatus.Monitored;

    public bool Japanese => Language.StartsWith("ja", StringComparison.OrdinalIgnoreCase);

    /// <summary>The settings of an evaluation context.</summary>
    public static ReportSettings From(EvaluationContext c, string language = "en", ListStatus failOn = ListStatus.Monitored,
        TlsGuidelineType? guidelineType = null, string? policyFile = null) => new()
    {
        Edition = c.Edition,
        AsOf = c.AsOf,
        OperationEndYear = c.OperationEndYear,
        GuidelineType = guidelineType,
        PolicyFile = policyFile,
        Language = language,
        FailOn = failOn,
    };

    /// <summary>yyyy-MM-dd, invariant.</summary>
    public string AsOfText => AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public ReportContext Context => new(Japanese, FailOn);
}
