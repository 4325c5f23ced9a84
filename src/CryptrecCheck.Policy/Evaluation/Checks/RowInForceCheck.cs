namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A catalogue row counts only from the date its revision of the list took effect (e.g. a row added by the
/// 2026-03-30 revision is not yet effective before that date). The dates are the catalogue's.</summary>
internal sealed class RowInForceCheck : AssetCheck
{
    /// <summary>The revision history of LS-0001, where the list's dates come from.</summary>
    internal static readonly Citation RevisionHistory = new(Sources.Ls2022R2, "revision history", SourceQuality.Primary, "S3");

    // Declared after the other static fields: its constructor reads them.
    internal static readonly RowInForceCheck Instance = new();

    private RowInForceCheck()
        : base(new CheckInfo("not-yet-effective", new[] { ReasonCodes.NotYetEffective },
            "A catalogue row is not applied before the date its revision took effect.",
            "カタログの記載は、その改定の発効日より前には適用しない。",
            RevisionHistory))
    {
    }

    internal override bool Run(VerdictBuilder b) => b.Entry is not { } entry || IsInForce(b, entry);

    /// <summary>False, with a not-yet-effective reason, when the row takes effect after the as-of date.</summary>
    internal static bool IsInForce(VerdictBuilder b, CatalogEntry entry)
    {
        var asOf = b.Context.AsOf;
        if (entry.EffectiveFrom is not System.DateTime from || asOf >= from) { return true; }
        b.Status = ListStatus.NotListed;
        b.Add(ReasonCodes.NotYetEffective, Outcome.NotYetEffective,
            $"{entry.Technique}: this row of {entry.Edition.ToDocumentId()} takes effect on {Catalog.IsoDate(from)}, after the as-of date {Catalog.IsoDate(asOf)}.",
            $"{entry.Technique}: {entry.Edition.ToDocumentId()} のこの記載は {Catalog.IsoDate(from)} から有効であり、評価基準日 {Catalog.IsoDate(asOf)} には未発効。",
            entry.Citation);
        return false;
    }
}
