namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>注4: SHAKE128 and SHAKE256 are used with an output of at least 256 bits.</summary>
internal sealed class ShakeOutputCheck : FootnoteCheck
{
    internal static readonly ShakeOutputCheck Instance = new();

    private ShakeOutputCheck()
        : base(new CheckInfo("shake-output", new[] { ReasonCodes.ShakeOutput },
            "SHAKE128/SHAKE256 output of at least 256 bits.",
            "SHAKE128/SHAKE256 の出力長は 256 ビット以上。",
            Sources.Note2022("注4")))
    {
    }

    internal override ConditionKind Kind => ConditionKind.ShakeOutputAtLeast256;

    internal override void Run(VerdictBuilder b, Footnote note)
    {
        if (b.Asset.OutputBits is int o && o < 256)
        {
            b.Status = ListStatus.NotListed;
            b.Add(ReasonCodes.ShakeOutput, Outcome.Fail, $"{o}-bit output is shorter than 256 bits: {note.TextEn}", $"出力長 {o} ビットは 256 ビット未満: {note.TextJa}", note.Citation);
        }
        else
        {
            b.Add(ReasonCodes.ShakeOutput, b.Asset.OutputBits is null ? Outcome.Info : Outcome.Pass, note.TextEn, note.TextJa, note.Citation);
        }
    }
}
