namespace CryptrecCheck.Results;

/// <summary>How much a finding matters. Maps onto SARIF levels: error, warning, note, none.</summary>
public enum FindingSeverity
{
    /// <summary>Noncompliant: not on the list, below the strength standard, not allowed by the guideline type.</summary>
    Error,

    /// <summary>Tolerated only for compatibility (monitored), or due to change (a 112-bit key that must go by 2030).</summary>
    Warning,

    /// <summary>Worth knowing (candidate list, PQC readiness).</summary>
    Note,

    /// <summary>Compliant; recorded for the inventory.</summary>
    Info,
}

/// <summary>Wire names of <see cref="FindingSeverity"/>.</summary>
public static class FindingSeverityNames
{
    /// <summary>"error", "warning", "note", "info".</summary>
    public static string ToWireName(this FindingSeverity s) => s switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Note => "note",
        _ => "info",
    };

    /// <summary>The SARIF 2.1.0 <c>level</c>.</summary>
    public static string ToSarifLevel(this FindingSeverity s) => s switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Note => "note",
        _ => "none",
    };

    /// <summary>0 for the worst.</summary>
    public static int Rank(this FindingSeverity s) => (int)s;
}
