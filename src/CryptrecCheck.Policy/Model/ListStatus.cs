namespace CryptrecCheck.Policy;

/// <summary>Where CRYPTREC places a technique (REFERENCE §8, "Statuses").</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum ListStatus
{
    /// <summary>電子政府推奨暗号リスト, Table 1 (現行暗号リスト).</summary>
    Recommended = 0,

    /// <summary>電子政府推奨暗号リスト, Table 2 (耐量子計算機暗号リスト).</summary>
    RecommendedPqc = 1,

    /// <summary>推奨候補暗号リスト.</summary>
    Candidate = 2,

    /// <summary>運用監視暗号リスト: tolerated only to keep compatibility with systems in operation.</summary>
    Monitored = 3,

    /// <summary>Known technique that is not on the list, or a listed one used outside its conditions.</summary>
    NotListed = 4,

    /// <summary>The input could not be resolved to a known technique.</summary>
    Unknown = 5,
}

/// <summary>Wire names, ranks and bilingual labels of <see cref="ListStatus"/>.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class ListStatusExtensions
{
    /// <summary>The word used in JSON, SARIF and the CLI: recommended, recommended-pqc, candidate, monitored, not-listed, unknown.</summary>
    public static string ToWireName(this ListStatus status) => status switch
    {
        ListStatus.Recommended => "recommended",
        ListStatus.RecommendedPqc => "recommended-pqc",
        ListStatus.Candidate => "candidate",
        ListStatus.Monitored => "monitored",
        ListStatus.NotListed => "not-listed",
        _ => "unknown",
    };

    /// <summary>Parses a wire name (case-insensitive); returns false for anything else.</summary>
    public static bool TryParseWireName(string? text, out ListStatus status)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "recommended": status = ListStatus.Recommended; return true;
            case "recommended-pqc": status = ListStatus.RecommendedPqc; return true;
            case "candidate": status = ListStatus.Candidate; return true;
            case "monitored": status = ListStatus.Monitored; return true;
            case "not-listed": status = ListStatus.NotListed; return true;
            case "unknown": status = ListStatus.Unknown; return true;
            default: status = ListStatus.Unknown; return false;
        }
    }

    /// <summary>How bad a status is when techniques are combined: the weakest component decides (REFERENCE §8).
    /// Both tables of the e-Government list rank equal.</summary>
    public static int Rank(this ListStatus status) => status switch
    {
        ListStatus.Recommended => 0,
        ListStatus.RecommendedPqc => 0,
        ListStatus.Candidate => 1,
        ListStatus.Monitored => 2,
        ListStatus.NotListed => 3,
        _ => 4,
    };

    /// <summary>The list's own name in English.</summary>
    public static string ListNameEn(this ListStatus status) => status switch
    {
        ListStatus.Recommended => "e-Government Recommended Ciphers List (Table 1)",
        ListStatus.RecommendedPqc => "e-Government Recommended Ciphers List (Table 2, PQC)",
        ListStatus.Candidate => "Candidate Recommended Ciphers List",
        ListStatus.Monitored => "Monitored Ciphers List (compatibility only)",
        ListStatus.NotListed => "not on the CRYPTREC Ciphers List",
        _ => "unknown technique",
    };

    /// <summary>"on the Monitored Ciphers List …" / "not on the CRYPTREC Ciphers List", for sentences.</summary>
    public static string PhraseEn(this ListStatus status) => status switch
    {
        ListStatus.NotListed => "not on the CRYPTREC Ciphers List",
        ListStatus.Unknown => "not a known technique",
        _ => "on the " + status.ListNameEn(),
    };

    /// <summary>"運用監視暗号リストに記載" / "CRYPTREC暗号リストに記載されていない", for sentences.</summary>
    public static string PhraseJa(this ListStatus status) => status switch
    {
        ListStatus.NotListed => "CRYPTREC暗号リストに記載されていない",
        ListStatus.Unknown => "既知の技術ではない",
        _ => status.ListNameJa() + "に記載",
    };

    /// <summary>The list's own name in Japanese.</summary>
    public static string ListNameJa(this ListStatus status) => status switch
    {
        ListStatus.Recommended => "電子政府推奨暗号リスト（表１ 現行暗号リスト）",
        ListStatus.RecommendedPqc => "電子政府推奨暗号リスト（表２ 耐量子計算機暗号リスト）",
        ListStatus.Candidate => "推奨候補暗号リスト",
        ListStatus.Monitored => "運用監視暗号リスト（互換性維持のみ）",
        ListStatus.NotListed => "CRYPTREC暗号リストに記載なし",
        _ => "不明な技術",
    };
}
