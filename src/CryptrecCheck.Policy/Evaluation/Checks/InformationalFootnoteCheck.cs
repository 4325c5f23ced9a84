namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A note of the row with nothing to check on an asset (e.g. 注1 on DSA, 注13 on RSAES-PKCS1-v1_5): quoted so
/// that the verdict carries it.</summary>
internal sealed class InformationalFootnoteCheck : FootnoteCheck
{
    internal static readonly InformationalFootnoteCheck Instance = new();

    private InformationalFootnoteCheck()
        : base(new CheckInfo("footnote", new[] { ReasonCodes.Footnote },
            "An informational note of the row is quoted with the verdict.",
            "記載の注（情報のみ）を判定とともに示す。",
            Sources.Note2022(InformationalNotes())))
    {
    }

    internal override ConditionKind Kind => ConditionKind.Informational;

    internal override void Run(VerdictBuilder b, Footnote note) =>
        b.Add(ReasonCodes.Footnote, Outcome.Info, $"{note.Id}: {note.TextEn}", $"{note.Id}: {note.TextJa}", note.Citation);

    // The informational notes of the current list, read from the catalogue (not restated here).
    private static string InformationalNotes()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var n in CatalogData2022R2.AllNotes)
        {
            if (n.Kind != ConditionKind.Informational) { continue; }
            if (sb.Length > 0) { sb.Append('/'); }
            sb.Append(n.Id);
        }
        return sb.ToString();
    }
}
