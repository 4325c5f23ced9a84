namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>The step that applies the notes of the row that decided the status, each by its <see cref="FootnoteCheck"/>.
/// It is not a check of its own: <see cref="CheckRegistry.All"/> lists the footnote checks in its place.</summary>
internal sealed class RowFootnotesStep : AssetCheck
{
    internal static readonly RowFootnotesStep Instance = new();

    private RowFootnotesStep()
        : base(new CheckInfo("row-footnotes", System.Array.Empty<string>(), "The notes of the row.", "記載の注。",
            Sources.Note2022("注1–注17")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (ListingCheck.JudgesRow(b)) { FootnoteChecks.Apply(b, b.Entry!.Notes); }
        return true;
    }
}
