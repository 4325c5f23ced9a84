using System;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.PolicyFiles;

/// <summary>
/// The settings in force, combined in one place for every front end (CLI, analyzer, scanner):
/// <list type="number">
/// <item>the front end's defaults (<see cref="PolicyDefaults"/>),</item>
/// <item>overridden by the policy file (<see cref="PolicySettings"/>, from <c>--policy</c> or the analyzer's AdditionalFile),</item>
/// <item>overridden by the front end's own options (<see cref="PolicyOverrides"/>: command-line options, .editorconfig keys).</item>
/// </list>
/// The nearest layer that sets a value wins, value by value; a list (accepted curves) is replaced, never merged, so what a
/// layer says is what applies. What only a policy file can say (status overrides, TLS profiles, X25519/X448 as ECDH) comes
/// from the file or the defaults of REFERENCE §8.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class EffectivePolicy
{
    private EffectivePolicy(Edition edition, DateTime asOf, int? operationEndYear, TlsGuidelineType? tlsType, ListStatus failOn, PolicyOptions options)
    {
        Edition = edition;
        AsOf = asOf;
        OperationEndYear = operationEndYear;
        TlsType = tlsType;
        FailOn = failOn;
        Options = options;
    }

    public Edition Edition { get; }
    public DateTime AsOf { get; }

    /// <summary>The operation end year set by a layer; null means the as-of year (see <see cref="EvaluationContext"/>).</summary>
    public int? OperationEndYear { get; }

    public TlsGuidelineType? TlsType { get; }
    public ListStatus FailOn { get; }
    public PolicyOptions Options { get; }

    /// <summary>Combines the layers. <paramref name="file"/> and <paramref name="overrides"/> may be null (not given).</summary>
    public static EffectivePolicy Combine(PolicyDefaults defaults, PolicySettings? file, PolicyOverrides? overrides)
    {
        if (defaults is null) { throw new ArgumentNullException(nameof(defaults)); }
        file ??= new PolicySettings();
        overrides ??= PolicyOverrides.None;
        var options = file.Options;
        if (overrides.AcceptedCurves != null)
        {
            options = new PolicyOptions
            {
                AcceptMontgomeryCurvesAsEcdh = options.AcceptMontgomeryCurvesAsEcdh,
                AdditionalAcceptedCurves = overrides.AcceptedCurves,
                Overrides = options.Overrides,
                TlsProfiles = options.TlsProfiles,
            };
        }
        return new EffectivePolicy(
            overrides.Edition ?? file.Edition ?? defaults.Edition,
            (overrides.AsOf ?? file.AsOf ?? defaults.AsOf).Date,
            overrides.OperationEndYear ?? file.OperationEndYear,
            overrides.TlsType ?? file.TlsType ?? defaults.TlsType,
            overrides.FailOn ?? file.FailOn ?? defaults.FailOn,
            options);
    }

    /// <summary>The evaluation context for these settings (reuse it: it caches verdicts).</summary>
    public EvaluationContext CreateContext() => new(AsOf, Edition, OperationEndYear, Options);
}
