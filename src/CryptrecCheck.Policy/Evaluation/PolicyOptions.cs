using System;
using System.Collections.Generic;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Policy.Evaluation;

/// <summary>A user's override of one technique's status, from a policy file or an .editorconfig option.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record StatusOverride(string Technique, ListStatus Status, string Justification);

/// <summary>
/// The overridable defaults of REFERENCE §8 (product decisions where CRYPTREC text is silent or unread).
/// Immutable; build one with an initializer. <see cref="Default"/> is what the product does when nothing is configured.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class PolicyOptions
{
    /// <summary>The defaults of REFERENCE §8.</summary>
    public static PolicyOptions Default { get; } = new();

    /// <summary>Accept X25519/X448 as ECDH (derived; REFERENCE §6.12). Default: true.</summary>
    public bool AcceptMontgomeryCurvesAsEcdh { get; init; } = true;

    /// <summary>Further curves to treat as referenced (e.g. brainpoolP256r1 where a procurement allows it).</summary>
    public IReadOnlyCollection<string> AdditionalAcceptedCurves { get; init; } = Array.Empty<string>();

    /// <summary>Status overrides by technique (canonical ID, case-insensitive).</summary>
    public IReadOnlyList<StatusOverride> Overrides { get; init; } = Array.Empty<StatusOverride>();

    /// <summary>TLS guideline profiles, one per type; defaults from REFERENCE §8 (derived).</summary>
    public TlsProfileSet TlsProfiles { get; init; } = TlsProfileSet.Default;

    /// <summary>Finds the override for a technique, if any.</summary>
    public StatusOverride? FindOverride(string technique)
    {
        foreach (var o in Overrides)
        {
            if (string.Equals(o.Technique, technique, StringComparison.OrdinalIgnoreCase)) { return o; }
        }
        return null;
    }

    /// <summary>True when the curve was accepted by configuration.</summary>
    public bool IsAdditionallyAccepted(CurveInfo curve)
    {
        foreach (var c in AdditionalAcceptedCurves)
        {
            if (Curves.Find(c) is { } found && found.Name == curve.Name) { return true; }
        }
        return false;
    }
}
