namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A block cipher is judged with its mode of operation: the mode must itself be listed (脚注2/5/7), XTS needs a
/// 128-bit block (注5), and the mode's notes apply (e.g. 注5, 注7).</summary>
internal sealed class ModeCheck : AssetCheck
{
    internal static readonly ModeCheck Instance = new();

    private ModeCheck()
        : base(new CheckInfo("mode", new[] { ReasonCodes.Mode, ReasonCodes.XtsStorage },
            "A block cipher's mode of operation must be listed; XTS needs a 128-bit block; the mode's notes apply.",
            "ブロック暗号の利用モードはリスト掲載のものに限る。XTS は 128 ビットブロックが必要。モードの注を適用する。",
            Sources.CombinedTechniques(Edition.Ls0001_2022R2)))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        var a = b.Asset;
        if (a.Mode == null) { return true; }
        var alg = b.Algorithm;
        var info = Algorithms.Get(alg);
        if (info?.Kind != AlgorithmKind.BlockCipher) { return true; }
        var ctx = b.Context;
        var mode = Algorithms.Get(a.Mode)?.Id ?? a.Mode;
        var entry = ctx.Catalog.Find(mode);
        if (entry == null)
        {
            b.Worsen(ListStatus.NotListed);
            b.Add(ReasonCodes.Mode, Outcome.Fail, $"The mode {mode} is not a known mode of operation and is not on the list.",
                $"利用モード {mode} は既知の利用モードではなく、リストに記載なし。", Sources.NotListed(ctx.Edition));
            return true;
        }
        var effective = entry.EffectiveFrom is not System.DateTime f || ctx.AsOf >= f;
        var status = effective ? entry.Status : ListStatus.NotListed;
        b.Worsen(status);
        if (status.Rank() >= 2) { b.Alternative ??= Alternatives.For(mode); }
        b.Add(ReasonCodes.Mode, status.Rank() >= 3 ? Outcome.Fail : status.Rank() >= 1 ? Outcome.Warning : Outcome.Pass,
            status == ListStatus.NotListed
                ? $"{alg} in {mode} mode: {mode} is not on the list, so the combination is not a listed technique."
                : $"{alg} in {mode} mode: {mode} is {status.PhraseEn()}.",
            status == ListStatus.NotListed
                ? $"{alg} の {mode} モード: {mode} はリストに記載がないため、この組合せはリスト掲載の技術ではない。"
                : $"{alg} の {mode} モード: {mode} は{status.PhraseJa()}。",
            entry.Citation);
        if (mode == Algorithms.Xts && info.BlockBits != 128)
        {
            b.Worsen(ListStatus.NotListed);
            b.Add(ReasonCodes.XtsStorage, Outcome.Fail, $"XTS requires a listed 128-bit block cipher; {alg} has a {info.BlockBits}-bit block.",
                $"XTS はリスト掲載の 128 ビットブロック暗号が必要だが、{alg} のブロック長は {info.BlockBits} ビット。", CatalogData2022R2.N5.Citation);
        }
        if (effective) { FootnoteChecks.Apply(b, entry.Notes); }
        return true;
    }
}
