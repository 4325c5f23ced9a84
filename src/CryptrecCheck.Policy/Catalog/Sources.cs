namespace CryptrecCheck.Policy;

/// <summary>The citations used by the catalogue. Source IDs (S1…) name the sources of the project's digest of the CRYPTREC
/// documents; D1… name the decisions of docs/policy-basis.md.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class Sources
{
    public const string Ls2022R2 = "CRYPTREC LS-0001-2022R2";
    public const string Ls2012R8 = "CRYPTREC LS-0001-2012R8";
    public const string Ls0003 = "CRYPTREC LS-0003-2022R1";
    public const string Gl3001 = "CRYPTREC GL-3001 (TLS暗号設定ガイドライン)";
    /// <summary>This project's documented basis for derived decisions (docs/policy-basis.md, shipped with the tool).</summary>
    public const string PolicyBasis = "CryptrecCheck policy basis";

    public static Citation Table1(string row) => new(Ls2022R2, "表１ 現行暗号リスト, " + row, SourceQuality.Primary, "S1, S2");
    public static Citation Table2(string row) => new(Ls2022R2, "表２ 耐量子計算機暗号（PQC）リスト, " + row, SourceQuality.Primary, "S1, S2");
    public static Citation CandidateList(string row) => new(Ls2022R2, "推奨候補暗号リスト, " + row, SourceQuality.Primary, "S1, S2");
    public static Citation MonitoredList(string row) => new(Ls2022R2, "運用監視暗号リスト, " + row, SourceQuality.Primary, "S1, S2");
    public static Citation Note2022(string note) => new(Ls2022R2, note, SourceQuality.Primary, "S1");
    public static Citation List2013(string row) => new(Ls2012R8, row, SourceQuality.Secondary, "S7, S8, S9");

    /// <summary>"Not on the list": read from the list's contents, not quoted from it.</summary>
    public static Citation NotListed(Edition edition) => new(edition.ToDocumentId(), "absent from all three lists (policy basis D2, docs/policy-basis.md)", SourceQuality.Derived, "S1, D2");

    /// <summary>A numbered decision of docs/policy-basis.md, where the CRYPTREC documents are silent or unread.</summary>
    public static Citation Decision(string topic)
    {
        var number = DecisionNumber(topic);
        return new(PolicyBasis, $"{number} {topic} (docs/policy-basis.md)", SourceQuality.Derived, number);
    }

    /// <summary>The number of a decision in docs/policy-basis.md (a test checks that every number is documented).</summary>
    public static string DecisionNumber(string topic) => topic switch
    {
        "Statuses" => "D1",
        "Not listed" => "D2",
        "Combined techniques" => "D3",
        "Key strength" => "D4",
        "Key types (schemes judged by their key)" => "D5",
        "Curves" => "D6",
        "TLS protocol versions" => "D7",
        "TLS cipher suites" => "D8",
        "DHE groups" => "D9",
        "Certificates" => "D10",
        "PQC" => "D11",
        "Editions" => "D12",
        _ => throw new System.ArgumentException("undocumented decision: " + topic, nameof(topic)),
    };

    /// <summary>The strength-by-period table of LS-0003 as reproduced secondarily (REFERENCE §3.3), with the key-length
    /// equivalences of §3.2 that are not verified.</summary>
    public static Citation StrengthTable => new(Ls0003, "security strength by expected end of operation, as reproduced secondarily (policy basis D4, docs/policy-basis.md)", SourceQuality.Unverified, "S18, c-a-c.jp");

    /// <summary>The general footnote: combined techniques must themselves be listed (脚注2/5/7).</summary>
    public static Citation CombinedTechniques(Edition edition) => edition == Edition.Ls0001_2012R8
        ? new(Ls2012R8, "general footnote on combined techniques", SourceQuality.Secondary, "S8")
        : new(Ls2022R2, "脚注2/5/7 (modes, MACs and entity authentication are used with listed techniques)", SourceQuality.Primary, "S1");
}
