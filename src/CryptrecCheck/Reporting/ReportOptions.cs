using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Reporting;

/// <summary>How a report judges and words its findings.</summary>
public sealed class ReportOptions
{
    /// <summary>"en" or "ja".</summary>
    public string Language { get; init; } = "en";

    /// <summary>The first status that counts as noncompliant (default: monitored, i.e. anything but the e-Government
    /// and candidate lists fails).</summary>
    public ListStatus FailOn { get; init; } = ListStatus.Monitored;

    /// <summary>When set, TLS items must also be allowed under this guideline type.</summary>
    public TlsGuidelineType? TlsType { get; init; }

    public bool Japanese => Language.StartsWith("ja", StringComparison.OrdinalIgnoreCase);
}
