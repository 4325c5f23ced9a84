namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>The 2013 list: RC4 only with a 128-bit key.</summary>
internal sealed class Rc4KeyCheck : FootnoteCheck
{
    internal static readonly Rc4KeyCheck Instance = new();

    private Rc4KeyCheck()
        : base(new CheckInfo("rc4-key-128", new[] { ReasonCodes.Footnote },
            "LS-0001-2012R8: RC4 only with a 128-bit key.",
            "LS-0001-2012R8: RC4 は 128 ビット鍵に限る。",
            CatalogData2012R8.Rc4Note.Citation))
    {
    }

    internal override ConditionKind Kind => ConditionKind.Rc4KeyIs128;

    internal override void Run(VerdictBuilder b, Footnote note)
    {
        if (b.Asset.KeyBits is int k && k != 128)
        {
            b.Status = ListStatus.NotListed;
            b.Add(ReasonCodes.Footnote, Outcome.Fail, $"RC4 with a {k}-bit key. {note.TextEn}", $"{k} ビット鍵の RC4。{note.TextJa}", note.Citation);
        }
        else
        {
            b.Add(ReasonCodes.Footnote, Outcome.Info, note.TextEn, note.TextJa, note.Citation);
        }
    }
}
