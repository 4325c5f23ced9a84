namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A key-derivation function is not a list category (Appendix A): it is judged by the HMAC over the hash it
/// is built on (policy basis D3).</summary>
internal sealed class KdfCheck : AssetCheck
{
    internal static readonly KdfCheck Instance = new();

    private KdfCheck()
        : base(new CheckInfo("not-a-category", new[] { ReasonCodes.NotACategory },
            "A key-derivation function (not a list category) is judged by the HMAC over the hash it is built on.",
            "鍵導出関数（リストの分類にない）は、基とするハッシュ関数の HMAC で判定する。",
            Sources.Decision("Combined techniques")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (b.IsKeyType || b.Entry is not { } entry || entry.Category != Category.NotACategory
            || Algorithms.Get(b.Algorithm)?.Kind is not AlgorithmKind.KeyDerivation || b.Asset.Hash == null)
        {
            return true;
        }
        b.JudgedByBase = true;
        b.Status = b.Context.Catalog.Find(Algorithms.Hmac)?.Status ?? ListStatus.Recommended;
        b.Add(ReasonCodes.NotACategory, Outcome.Info,
            $"{b.Algorithm} is not a list category; it is judged by the HMAC over {b.Asset.Hash} it is built on.",
            $"{b.Algorithm} はリストの分類にないため、基とする {b.Asset.Hash} の HMAC で判定する。", Info.Citation);
        return true;
    }
}
