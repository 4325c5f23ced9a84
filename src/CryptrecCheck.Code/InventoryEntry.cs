using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Code;

/// <summary>
/// One cryptographic use in the inventory: the asset the analyzers found (from the properties of their CRY0001
/// diagnostic), its CRYPTREC status, citation and derived mark as they judged it, where it is, and the rule diagnostic
/// they reported for it, if any. A use compiled for several target frameworks is one entry naming them all.
/// </summary>
public sealed record InventoryEntry
{
    /// <summary>The asset as the analyzers describe it: "AES-256-GCM", "RSA-1024", "MD5".</summary>
    public required string Asset { get; init; }

    /// <summary>The catalogue's algorithm identity ("AES", "RSA", "SHA-1").</summary>
    public required string Algorithm { get; init; }

    public int? KeyBits { get; init; }
    public string? Curve { get; init; }
    public string? Mode { get; init; }
    public string? Hash { get; init; }
    public string? ParameterSet { get; init; }
    public int? OutputBits { get; init; }
    public int? NonceBits { get; init; }
    public int? TlsCode { get; init; }

    public required ListStatus Status { get; init; }

    /// <summary>The citation of the decisive reason, as the analyzer gives it.</summary>
    public required string Citation { get; init; }

    public required bool Derived { get; init; }

    /// <summary>The code of the decisive reason (e.g. <c>listed</c>, <c>key-strength</c>).</summary>
    public string? Reason { get; init; }

    /// <summary>How the use reads in the source ("MD5.Create()", "CipherMode.ECB").</summary>
    public required string Source { get; init; }

    /// <summary>The file, relative to the inventoried root (forward slashes).</summary>
    public required string File { get; init; }

    public required int Line { get; init; }
    public required int Column { get; init; }

    /// <summary>True when the use is in generated code (source generator output, obj/, *.g.cs, an auto-generated header).</summary>
    public bool Generated { get; init; }

    /// <summary>The target frameworks whose compilation contains the use (empty for a project with a single, unnamed target).</summary>
    public required IReadOnlyList<string> TargetFrameworks { get; init; }

    /// <summary>The rule diagnostic (CRY1xxx–CRY5xxx) the analyzers reported for this use, or null when CRYPTREC has nothing to say.</summary>
    public string? RuleId { get; init; }

    public required string MessageEn { get; init; }
    public required string MessageJa { get; init; }

    /// <summary>The finding this use makes in the shared result model: the rule's id when a rule fired, else CRY0001.</summary>
    public Finding ToFinding() => new()
    {
        Id = RuleId ?? "CRY0001",
        Severity = SeverityOf(Status, RuleId),
        Status = Status,
        Asset = Asset,
        Location = new FindingLocation { File = File, Line = Line, Column = Column },
        MessageEn = MessageEn,
        MessageJa = MessageJa,
        Citation = Citation,
        Derived = Derived,
    };

    /// <summary>Error for not-listed and unknown, warning for monitored or a rule on a listed technique used outside its
    /// conditions, note for candidate, info for a compliant use (inventory only).</summary>
    internal static FindingSeverity SeverityOf(ListStatus status, string? ruleId) => status switch
    {
        ListStatus.NotListed or ListStatus.Unknown => FindingSeverity.Error,
        ListStatus.Monitored => FindingSeverity.Warning,
        ListStatus.Candidate => FindingSeverity.Note,
        _ when ruleId != null => FindingSeverity.Warning,
        _ => FindingSeverity.Info,
    };
}
