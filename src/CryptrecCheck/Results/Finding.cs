using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Results;

/// <summary>
/// One finding about one asset at one place, shared by every verb (explain, cert, tls, config, code): a stable id,
/// a severity, the catalogue status, the asset, where it was found, the message in both languages, the citation and
/// whether it rests on this project's documented reading (<c>derived</c>, docs/policy-basis.md) rather than on quoted
/// CRYPTREC text. Field names are serialised as they are named here: a public contract.
/// </summary>
public sealed record Finding
{
    /// <summary>Stable check id, e.g. <c>cert.signature-hash</c>, <c>tls.protocol</c>, <c>CRY1002</c>.</summary>
    public required string Id { get; init; }

    public required FindingSeverity Severity { get; init; }

    /// <summary>The catalogue status of the asset (or of the weakest part that decided the finding).</summary>
    public required ListStatus Status { get; init; }

    /// <summary>The asset as people read it, e.g. "RSA-1024", "TLS_RSA_WITH_AES_128_CBC_SHA".</summary>
    public string? Asset { get; init; }

    public FindingLocation? Location { get; init; }

    public required string MessageEn { get; init; }

    public required string MessageJa { get; init; }

    /// <summary>"CRYPTREC LS-0001-2022R2, 表１ [P]", "RFC 5280 §4.1.2.5", "CryptrecCheck policy basis D12 [D]".</summary>
    public required string Citation { get; init; }

    /// <summary>True when the finding rests on a derived rule (docs/policy-basis.md).</summary>
    public bool Derived { get; init; }

    /// <summary>What to use instead, when there is something to say.</summary>
    public string? AlternativeEn { get; init; }

    public string? AlternativeJa { get; init; }

    /// <summary>The message in the requested language.</summary>
    public string Message(bool japanese) => japanese ? MessageJa : MessageEn;

    /// <summary>
    /// A finding that states a verdict of the evaluator: severity from the status (and from warning reasons), the
    /// message from the decisive reason, the citation of that reason.
    /// </summary>
    public static Finding FromVerdict(string id, Verdict verdict, FindingLocation? location, string? asset = null)
    {
        var decisive = VerdictText.DecisiveReason(verdict);
        return new Finding
        {
            Id = id,
            Severity = SeverityOf(verdict),
            Status = verdict.Status,
            Asset = asset ?? verdict.Asset.Describe(),
            Location = location,
            MessageEn = VerdictText.Headline(verdict, asset, japanese: false),
            MessageJa = VerdictText.Headline(verdict, asset, japanese: true),
            Citation = decisive?.Citation.ToString() ?? string.Empty,
            Derived = decisive?.IsDerived ?? verdict.IsDerived,
            AlternativeEn = verdict.Alternative?.En,
            AlternativeJa = verdict.Alternative?.Ja,
        };
    }

    /// <summary>Error for not-listed and unknown, warning for monitored or a warning reason, note for candidate,
    /// info for compliant.</summary>
    public static FindingSeverity SeverityOf(Verdict v) => v.Status switch
    {
        ListStatus.NotListed or ListStatus.Unknown => FindingSeverity.Error,
        ListStatus.Monitored => FindingSeverity.Warning,
        _ when v.HasWarnings => FindingSeverity.Warning,
        ListStatus.Candidate => FindingSeverity.Note,
        _ => FindingSeverity.Info,
    };
}
