namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A check that enforces one kind of footnote condition (<see cref="ConditionKind"/>) of the list. The footnote
/// itself comes from the catalogue row being judged, so its text and citation are the edition's.</summary>
internal abstract class FootnoteCheck
{
    protected FootnoteCheck(CheckInfo info) => Info = info;

    internal CheckInfo Info { get; }

    /// <summary>The footnote condition the check enforces.</summary>
    internal abstract ConditionKind Kind { get; }

    /// <summary>Applies a note of the row being judged to the asset.</summary>
    internal abstract void Run(VerdictBuilder b, Footnote note);
}
