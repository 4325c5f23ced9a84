using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>
/// One structural check that is not about list membership (expiry, self-signed leaf, chain completeness, weaker CA,
/// RSA exponent, host name, PQC readiness): an id, a citation, and messages in English and Japanese. Checks never read
/// the clock; they compare with the options' as-of date. CRYPTREC status is never decided here: that is the evaluator's.
/// </summary>
public abstract class CertificateCheck
{
    /// <summary>Stable id, e.g. <c>cert.validity-expired</c>.</summary>
    public abstract string Id { get; }

    /// <summary>What the rule rests on; derived when it is this project's reading.</summary>
    public abstract Citation Citation { get; }

    /// <summary>Adds this check's findings (none when it passes or does not apply).</summary>
    public abstract void Run(CheckInput input, List<Finding> findings);

    protected Finding Make(FindingSeverity severity, string en, string ja, string? asset = null) => new()
    {
        Id = Id,
        Severity = severity,
        Status = ListStatus.Recommended,
        Asset = asset,
        MessageEn = en,
        MessageJa = ja,
        Citation = Citation.ToString(),
        Derived = Citation.IsDerived,
    };

    /// <summary>An IETF RFC section, quoted from the standard.</summary>
    protected static Citation Rfc(string rfc, string section) => new("IETF RFC " + rfc, section, SourceQuality.Primary, "RFC " + rfc);

    /// <summary>A rule of this project's, documented in docs/certificates.md, with the standard it builds on.</summary>
    protected static Citation Derived(string topic, string basis) => new("CryptrecCheck docs/certificates.md", topic + "; basis: " + basis, SourceQuality.Derived, basis);
}
