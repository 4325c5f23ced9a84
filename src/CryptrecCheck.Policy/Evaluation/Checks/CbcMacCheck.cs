namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>注17: CBC-MAC only with messages of a fixed length. The message length is not visible in an asset, so the
/// note is stated, not enforced.</summary>
internal sealed class CbcMacCheck : FootnoteCheck
{
    internal static readonly CbcMacCheck Instance = new();

    private CbcMacCheck()
        : base(new CheckInfo("cbcmac-fixed-length", new[] { ReasonCodes.CbcMacFixed },
            "CBC-MAC only with fixed-length messages (stated; the length is not visible).",
            "CBC-MAC は固定長メッセージに限る（長さは見えないため注記のみ）。",
            Sources.Note2022("注17")))
    {
    }

    internal override ConditionKind Kind => ConditionKind.CbcMacFixedLength;

    internal override void Run(VerdictBuilder b, Footnote note) =>
        b.Add(ReasonCodes.CbcMacFixed, Outcome.Info, note.TextEn, note.TextJa, note.Citation);
}
