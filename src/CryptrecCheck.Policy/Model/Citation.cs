namespace CryptrecCheck.Policy;

/// <summary>How well a fact is sourced, using the tags of REFERENCE §0.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum SourceQuality
{
    /// <summary>[P] read in the primary CRYPTREC/IPA text.</summary>
    Primary,

    /// <summary>[S] reported by a secondary source.</summary>
    Secondary,

    /// <summary>[D] derived by this project from primary facts, or a product decision of REFERENCE §8.</summary>
    Derived,

    /// <summary>[U] unverified reconstruction: used only as a documented, overridable default.</summary>
    Unverified,
}

/// <summary>Where a rule comes from: document, place in it, and how well that is sourced.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record Citation(string Document, string Location, SourceQuality Quality, string SourceIds)
{
    /// <summary>True when the rule is this project's reading rather than a quotation of CRYPTREC text.</summary>
    public bool IsDerived => Quality is SourceQuality.Derived or SourceQuality.Unverified;

    /// <summary>One-line form: "CRYPTREC LS-0001-2022R2, 表１ [P]".</summary>
    public override string ToString() => $"{Document}, {Location} [{Tag}]";

    /// <summary>The REFERENCE §0 tag letter.</summary>
    public string Tag => Quality switch
    {
        SourceQuality.Primary => "P",
        SourceQuality.Secondary => "S",
        SourceQuality.Derived => "D",
        _ => "U",
    };
}
