using System;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.PolicyFiles;

/// <summary>Everything a policy file can set. Null members mean "not set here": the command line, the .editorconfig or the
/// default decides (<see cref="EffectivePolicy.Combine"/>).</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class PolicySettings
{
    public Edition? Edition { get; init; }
    public DateTime? AsOf { get; init; }
    public int? OperationEndYear { get; init; }
    public TlsGuidelineType? TlsType { get; init; }
    public ListStatus? FailOn { get; init; }
    public PolicyOptions Options { get; init; } = PolicyOptions.Default;
}
