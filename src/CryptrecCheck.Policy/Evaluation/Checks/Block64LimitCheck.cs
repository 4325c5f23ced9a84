namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>注3/注10/注14: with one key, a 64-bit block cipher encrypts at most 2^20 blocks and generates CMAC over at
/// most 2^21 blocks.</summary>
internal sealed class Block64LimitCheck : FootnoteCheck
{
    internal static readonly Block64LimitCheck Instance = new();

    private Block64LimitCheck()
        : base(new CheckInfo("block64-limit", new[] { ReasonCodes.Block64Limit },
            "64-bit block ciphers: at most 2^20 blocks encrypted and 2^21 blocks of CMAC generation with one key.",
            "64 ビットブロック暗号: 同一鍵での暗号化は 2^20 ブロック、CMAC 生成は 2^21 ブロックまで。",
            Sources.Note2022("注3/注10/注14")))
    {
    }

    internal override ConditionKind Kind => ConditionKind.Limit64BitBlock;

    internal override void Run(VerdictBuilder b, Footnote note)
    {
        // The note sets two limits: 2^20 blocks of encryption, 2^21 blocks of CMAC generation with one key.
        var cmac = b.Asset.Usage == AssetUsage.Mac;
        var exponent = cmac ? 21 : 20;
        if (b.Asset.BlocksPerKey is long n && n > (1L << exponent))
        {
            b.Status = ListStatus.NotListed;
            b.Add(ReasonCodes.Block64Limit, Outcome.Fail,
                $"{n} blocks {(cmac ? "of CMAC generation" : "encrypted")} with one key exceed the limit of 2^{exponent} blocks: {note.TextEn}",
                $"同一鍵で {n} ブロックの{(cmac ? " CMAC 生成" : "暗号化")}は上限 2^{exponent} ブロックを超える: {note.TextJa}", note.Citation);
        }
        else
        {
            b.Add(ReasonCodes.Block64Limit, Outcome.Info, note.TextEn, note.TextJa, note.Citation);
        }
    }
}
