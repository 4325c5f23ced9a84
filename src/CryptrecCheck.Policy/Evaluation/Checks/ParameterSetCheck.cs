using System;
using System.Text;

namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>Table 2 lists named parameter sets only (e.g. ML-KEM-768 and ML-KEM-1024): another set is not listed, and an
/// unseen set is a warning.</summary>
internal sealed class ParameterSetCheck : AssetCheck
{
    internal static readonly ParameterSetCheck Instance = new();

    private ParameterSetCheck()
        : base(new CheckInfo("parameter-set", new[] { ReasonCodes.ParameterSet },
            "A Table 2 technique counts as listed only with one of the listed parameter sets.",
            "表２の技術は、記載されたパラメータセットでのみリスト掲載とみなす。",
            new Citation(Sources.Ls2022R2, "表２ 耐量子計算機暗号（PQC）リスト", SourceQuality.Primary, "S1, S2")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (!ListingCheck.JudgesRow(b) || b.Entry!.Status != ListStatus.RecommendedPqc) { return true; }
        var entry = b.Entry;
        var a = b.Asset;
        var sets = entry.ParameterSets ?? Array.Empty<ParameterSet>();
        var names = Names(sets);
        if (a.ParameterSet == null)
        {
            b.Add(ReasonCodes.ParameterSet, Outcome.Warning,
                $"Parameter set not visible: only {names} are listed.", $"パラメータセットが不明: 記載されているのは {names} のみ。", entry.Citation);
            return true;
        }
        ParameterSet? hit = null;
        foreach (var s in sets)
        {
            if (string.Equals(s.Name, a.ParameterSet, StringComparison.OrdinalIgnoreCase)) { hit = s; break; }
        }
        if (hit == null)
        {
            b.Status = ListStatus.NotListed;
            b.Alternative = Alternatives.For(entry.Technique);
            b.Add(ReasonCodes.ParameterSet, Outcome.Fail,
                $"{a.ParameterSet} is not on Table 2: only {names} are listed.", $"{a.ParameterSet} は表２に記載されていない（記載は {names} のみ）。", entry.Citation);
            return true;
        }
        b.Add(ReasonCodes.ParameterSet, Outcome.Pass,
            $"{hit.Name} is listed (security category {hit.PqcCategory}).", $"{hit.Name} は記載あり（セキュリティカテゴリ {hit.PqcCategory}）。", entry.Citation);
        return true;
    }

    private static string Names(System.Collections.Generic.IReadOnlyList<ParameterSet> sets)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sets.Count; i++)
        {
            if (i > 0) { sb.Append(", "); }
            sb.Append(sets[i].Name);
        }
        return sb.ToString();
    }
}
