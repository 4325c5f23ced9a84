namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>注7: a 96-bit GCM IV is recommended; another length is a warning, not a failure.</summary>
internal sealed class GcmIvCheck : FootnoteCheck
{
    internal static readonly GcmIvCheck Instance = new();

    private GcmIvCheck()
        : base(new CheckInfo("gcm-iv", new[] { ReasonCodes.GcmIv },
            "GCM with an IV other than 96 bits is a warning (96 bits recommended).",
            "96 ビット以外の IV の GCM は警告（96 ビットを推奨）。",
            Sources.Note2022("注7")))
    {
    }

    internal override ConditionKind Kind => ConditionKind.GcmIv96Recommended;

    internal override void Run(VerdictBuilder b, Footnote note)
    {
        if (b.Asset.NonceBits is int iv && iv != 96)
        {
            b.Add(ReasonCodes.GcmIv, Outcome.Warning, $"A {iv}-bit IV is used. {note.TextEn}", $"{iv} ビットの IV を使用。{note.TextJa}", note.Citation);
        }
        else
        {
            b.Add(ReasonCodes.GcmIv, Outcome.Info, note.TextEn, note.TextJa, note.Citation);
        }
    }
}
