namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A technique judged by its Table 1 row that is also on Table 2 with the asset's parameter set says so.</summary>
internal sealed class AlsoPqcCheck : AssetCheck
{
    internal static readonly AlsoPqcCheck Instance = new();

    private AlsoPqcCheck()
        : base(new CheckInfo("also-pqc-table", new[] { ReasonCodes.AlsoPqc },
            "A technique judged by another row that is also on Table 2 (with the asset's parameter set) says so.",
            "他の記載で判定した技術が（資産のパラメータセットで）表２にも記載されている場合はその旨を示す。",
            new Citation(Sources.Ls2022R2, "表２ 耐量子計算機暗号（PQC）リスト", SourceQuality.Primary, "S1, S2")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (!ListingCheck.JudgesRow(b) || b.Entry!.Status == ListStatus.RecommendedPqc) { return true; }
        var pqc = b.Context.Catalog.FindPqc(b.Algorithm);
        if (pqc?.ParameterSets == null || pqc.EffectiveFrom is System.DateTime f && b.Context.AsOf < f) { return true; }
        var a = b.Asset;
        foreach (var set in pqc.ParameterSets)
        {
            var matches = set.KeyBits is int kb ? a.KeyBits == kb : string.Equals(set.Name, pqc.Technique, System.StringComparison.OrdinalIgnoreCase);
            if (!matches) { continue; }
            var cat = set.PqcCategory is int c ? $" (Category {c})" : string.Empty;
            var catJa = set.PqcCategory is int c2 ? $"（カテゴリ{c2}）" : string.Empty;
            b.Add(ReasonCodes.AlsoPqc, Outcome.Info, $"{set.Name} is also on Table 2, the PQC list{cat}.", $"{set.Name} は表２ 耐量子計算機暗号リストにも記載{catJa}。", pqc.Citation);
        }
        return true;
    }
}
