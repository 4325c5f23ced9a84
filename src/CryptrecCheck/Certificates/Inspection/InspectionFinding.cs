using CryptrecCheck.Policy;

namespace CryptrecCheck.Certificates;

/// <summary>One finding about a certificate or key: a stable id (cert.signature, cert.validity-expired, ...), its
/// severity, the catalogue status it rests on (recommended for checks that are not about list membership), the asset,
/// the message in both languages, the citation and whether the rule is this project's reading.</summary>
public sealed record InspectionFinding
{
    public required string Id { get; init; }

    public required InspectionSeverity Severity { get; init; }

    public required ListStatus Status { get; init; }

    public string? Asset { get; init; }

    public required string MessageEn { get; init; }

    public required string MessageJa { get; init; }

    public required string Citation { get; init; }

    public required bool Derived { get; init; }

    public string Message(bool japanese) => japanese ? MessageJa : MessageEn;
}
