namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>Judging by the 2013 list at a date after LS-0001-2022 took effect says that the selected edition was
/// superseded (it is still evaluated: procurement documents may cite it).</summary>
internal sealed class EditionSupersededCheck : AssetCheck
{
    internal static readonly EditionSupersededCheck Instance = new();

    private EditionSupersededCheck()
        : base(new CheckInfo("edition-superseded", new[] { ReasonCodes.Superseded },
            "A verdict by LS-0001-2012R8 at a date after it was superseded says so.",
            "改定後の日付で LS-0001-2012R8 により判定した場合はその旨を示す。",
            RowInForceCheck.RevisionHistory, Catalog.Ls2022R2Start))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (b.Context.Edition != Edition.Ls0001_2012R8) { return true; }
        b.Add(ReasonCodes.Superseded, Outcome.Info,
            $"LS-0001-2012R8 was superseded by LS-0001-2022 on {Catalog.IsoDate(Catalog.Ls2022R2Start)}; it is evaluated because it was selected.",
            $"LS-0001-2012R8 は {Catalog.IsoDate(Catalog.Ls2022R2Start)} に LS-0001-2022 へ改定された。指定により評価している。",
            Info.Citation);
        return true;
    }
}
