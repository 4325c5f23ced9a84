namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>The row itself: the list the technique is on (or that it is on none), which sets the status.</summary>
internal sealed class ListingCheck : AssetCheck
{
    internal static readonly ListingCheck Instance = new();

    private ListingCheck()
        : base(new CheckInfo("listing", new[] { ReasonCodes.Listed, ReasonCodes.NotListed },
            "The list a technique is on (表１, 表２, candidate, monitored) or that it is on none sets its status.",
            "技術が記載されたリスト（表１、表２、推奨候補、運用監視）又はいずれにも記載がないことで状態を定める。",
            new Citation(Sources.Ls2022R2, "表１ 現行暗号リスト, 表２ 耐量子計算機暗号（PQC）リスト, 推奨候補暗号リスト, 運用監視暗号リスト", SourceQuality.Primary, "S1, S2")))
    {
    }

    /// <summary>True when the row of a technique (not a key type, not a KDF judged by its base) decides the status.</summary>
    internal static bool JudgesRow(VerdictBuilder b) => !b.IsKeyType && !b.JudgedByBase && b.Entry != null;

    internal override bool Run(VerdictBuilder b)
    {
        if (!JudgesRow(b)) { return true; }
        var entry = b.Entry!;
        b.Status = entry.Status;
        AddListing(b, entry);
        b.Alternative ??= entry.Status.Rank() >= 2 ? Alternatives.For(b.Algorithm) : null;
        return true;
    }

    private static void AddListing(VerdictBuilder b, CatalogEntry entry)
    {
        if (entry.Status == ListStatus.NotListed)
        {
            b.Add(ReasonCodes.NotListed, Outcome.Fail,
                $"{entry.Technique} is not on any of the three lists of {entry.Edition.ToDocumentId()}.",
                $"{entry.Technique} は {entry.Edition.ToDocumentId()} のいずれのリストにも記載されていない。", entry.Citation);
            return;
        }
        var extraEn = entry.Status switch
        {
            ListStatus.Monitored => " Continued use is tolerated only to keep compatibility with systems in operation; use for any other purpose is not recommended.",
            ListStatus.Candidate => " It may be promoted to the e-Government Recommended list in future; key lengths must still meet LS-0003.",
            _ => string.Empty,
        };
        var extraJa = entry.Status switch
        {
            ListStatus.Monitored => " 運用中のシステムとの互換性維持のための継続利用のみ容認され、それ以外の目的での利用は推奨しない。",
            ListStatus.Candidate => " 将来的に電子政府推奨暗号リストに掲載される可能性がある。鍵長は LS-0003 を満たす必要がある。",
            _ => string.Empty,
        };
        b.Add(ReasonCodes.Listed, entry.Status.Rank() == 0 ? Outcome.Pass : Outcome.Warning,
            $"{entry.Technique} is on the {entry.Status.ListNameEn()} ({entry.Category.En()}).{extraEn}",
            $"{entry.Technique} は{entry.Status.ListNameJa()}（{entry.Category.Ja()}）に記載。{extraJa}", entry.Citation);
    }
}
