using System.Collections.Generic;
using System.Linq;

namespace CryptrecCheck.Policy.Evaluation;

/// <summary>What CRYPTREC says about one asset: the status, every reason with its citation, the strength found,
/// the verdicts of its components, and for TLS items the judgement under each guideline type.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class Verdict
{
    internal Verdict(CryptoAsset asset, ListStatus status, IReadOnlyList<Reason> reasons, string? technique, int? strengthBits,
        StrengthPhase? phase, IReadOnlyList<ComponentVerdict> components, TlsJudgement? tls, Alternative? alternative)
    {
        Asset = asset;
        Status = status;
        Reasons = reasons;
        Technique = technique;
        StrengthBits = strengthBits;
        Phase = phase;
        Components = components;
        Tls = tls;
        Alternative = alternative;
    }

    public CryptoAsset Asset { get; }
    public ListStatus Status { get; }
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The catalogue technique that decided the status, when there is one.</summary>
    public string? Technique { get; }

    /// <summary>Security strength of the key in bits (provisional LS-0003 model), when the asset has a key size.</summary>
    public int? StrengthBits { get; }

    /// <summary>Where that strength stands for the configured end of operation.</summary>
    public StrengthPhase? Phase { get; }

    public IReadOnlyList<ComponentVerdict> Components { get; }

    /// <summary>For cipher suites, protocol versions, groups, signature schemes and certificates: the guideline types.</summary>
    public TlsJudgement? Tls { get; }

    /// <summary>What to use instead, when the status is not recommended.</summary>
    public Alternative? Alternative { get; }

    /// <summary>True when the status, or a failing reason, rests on a derived rule.</summary>
    public bool IsDerived => Reasons.Any(r => r.IsDerived && r.Outcome is Outcome.Fail or Outcome.Warning)
        || Reasons.Where(r => r.Code == ReasonCodes.Listed || r.Code == ReasonCodes.NotListed).All(r => r.IsDerived) && Status != ListStatus.Unknown;

    /// <summary>True when some reason is a warning (e.g. a 112-bit key that must be migrated by 2030).</summary>
    public bool HasWarnings => Reasons.Any(r => r.Outcome == Outcome.Warning);
}

/// <summary>A component of a composite asset with its own verdict.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record ComponentVerdict(ComponentRole Role, Verdict Verdict);

/// <summary>A suggested replacement, in both languages.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record Alternative(string En, string Ja);

/// <summary>Stable reason codes; JSON and SARIF consumers may rely on them.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class ReasonCodes
{
    public const string Listed = "listed";
    public const string NotListed = "not-listed";
    public const string Unknown = "unknown";
    public const string NotYetEffective = "not-yet-effective";
    public const string AlsoPqc = "also-pqc-table";
    public const string ParameterSet = "parameter-set";
    public const string Combined = "combined-technique";
    public const string Mode = "mode";
    public const string KeyStrength = "key-strength";
    public const string KeyAssumed = "key-assumed";
    public const string Curve = "curve";
    public const string Footnote = "footnote";
    public const string Block64Limit = "block64-limit";
    public const string ShakeOutput = "shake-output";
    public const string XtsStorage = "xts-storage";
    public const string GcmIv = "gcm-iv";
    public const string CbcMacFixed = "cbcmac-fixed-length";
    public const string EcdhMac = "ecdh-mac";
    public const string NotACategory = "not-a-category";
    public const string KeyType = "key-type";
    public const string Incomplete = "incomplete";
    public const string Override = "policy-override";
    public const string Component = "component";
    public const string Tls = "tls-guideline";
    public const string Superseded = "edition-superseded";
}
