using System;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.PolicyFiles;

/// <summary>What a front end uses when neither a policy file nor its own options say otherwise. The as-of date is always
/// the front end's to give (rules never read the clock): the CLI passes today, the analyzer its release date.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class PolicyDefaults
{
    public PolicyDefaults(DateTime asOf) => AsOf = asOf.Date;

    public DateTime AsOf { get; }
    public Edition Edition { get; init; } = Edition.Ls0001_2022R2;

    /// <summary>The GL-3001 type TLS items are held to; null: TLS items are judged by status only (the CLI's default).</summary>
    public TlsGuidelineType? TlsType { get; init; }

    /// <summary>The first status counted as noncompliant.</summary>
    public ListStatus FailOn { get; init; } = ListStatus.Monitored;
}
