using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>Every check of the evaluator with its id, citation and window, in the order the evaluator runs them.
/// docs/policy-basis.md ("Checks") lists the same; a test keeps the two in step.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class CheckRegistry
{
    /// <summary>The checks over a single asset, in the evaluator's fixed order.</summary>
    internal static readonly AssetCheck[] SingleAsset =
    {
        // Resolution: each of these may decide the verdict alone.
        KeyingAssumedCheck.Instance,
        RijndaelBlockCheck.Instance,
        OverrideCheck.Instance,
        FamilyNameCheck.Instance,
        UnknownTechniqueCheck.Instance,
        RowInForceCheck.Instance,
        // The catalogue row.
        KeyTypeCheck.Instance,
        KdfCheck.Instance,
        ListingCheck.Instance,
        ParameterSetCheck.Instance,
        AlsoPqcCheck.Instance,
        RowFootnotesStep.Instance,
        // The asset's parameters.
        ModeCheck.Instance,
        CombinedTechniqueCheck.Instance,
        CurveCheck.Instance,
        KeyStrengthCheck.Instance,
        EditionSupersededCheck.Instance,
    };

    private static readonly Lazy<IReadOnlyList<CheckInfo>> Infos = new(Build);

    /// <summary>Every check: the single-asset checks in order (the row's notes expanded into one check per kind of
    /// note), then the composite check and the TLS guideline check.</summary>
    public static IReadOnlyList<CheckInfo> All => Infos.Value;

    /// <summary>The check with an id, or null.</summary>
    public static CheckInfo? Find(string id)
    {
        foreach (var c in All)
        {
            if (string.Equals(c.Id, id, StringComparison.Ordinal)) { return c; }
        }
        return null;
    }

    private static IReadOnlyList<CheckInfo> Build()
    {
        var list = new List<CheckInfo>();
        foreach (var c in SingleAsset)
        {
            if (c == RowFootnotesStep.Instance)
            {
                foreach (var f in FootnoteChecks.All) { list.Add(f.Info); }
                continue;
            }
            list.Add(c.Info);
        }
        list.Add(ComponentCheck.Instance.Info);
        list.Add(TlsGuidelineCheck.Info);
        return list.ToArray();
    }
}
