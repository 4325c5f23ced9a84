namespace CryptrecCheck.Certificates;

/// <summary>How much a finding matters (SARIF error, warning, note, none).</summary>
public enum InspectionSeverity
{
    Error,
    Warning,
    Note,
    Info,
}
