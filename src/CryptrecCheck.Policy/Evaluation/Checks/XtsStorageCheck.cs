namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>注5: XTS only for storage-device encryption (its other condition, a listed 128-bit block cipher, is
/// checked by <see cref="ModeCheck"/> with the block cipher at hand).</summary>
internal sealed class XtsStorageCheck : FootnoteCheck
{
    internal static readonly XtsStorageCheck Instance = new();

    private XtsStorageCheck()
        : base(new CheckInfo("xts-storage", new[] { ReasonCodes.XtsStorage },
            "XTS only for storage-device encryption.",
            "XTS はストレージデバイスの暗号化に限る。",
            Sources.Note2022("注5")))
    {
    }

    internal override ConditionKind Kind => ConditionKind.XtsStorageOnly;

    internal override void Run(VerdictBuilder b, Footnote note)
    {
        if (b.Asset.Usage is not (AssetUsage.Unspecified or AssetUsage.StorageEncryption))
        {
            b.Status = ListStatus.NotListed;
            b.Add(ReasonCodes.XtsStorage, Outcome.Fail, $"XTS used outside storage-device encryption. {note.TextEn}", $"ストレージ暗号化以外での XTS 利用。{note.TextJa}", note.Citation);
        }
        else
        {
            b.Add(ReasonCodes.XtsStorage, Outcome.Info, note.TextEn, note.TextJa, note.Citation);
        }
    }
}
