namespace CryptrecCheck.Policy.Tls;

/// <summary>The three setting levels of CRYPTREC GL-3001 (REFERENCE §4.1, [S]).</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum TlsGuidelineType
{
    /// <summary>高セキュリティ型 (High Security type).</summary>
    High,

    /// <summary>推奨セキュリティ型 (Recommended Security type): the default when nothing special is required.</summary>
    Recommended,

    /// <summary>セキュリティ例外型 (Security Exception type): interim, for interoperability with old systems.</summary>
    Exception,
}

/// <summary>Names of <see cref="TlsGuidelineType"/>.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class TlsGuidelineTypeNames
{
    public static string Id(this TlsGuidelineType t) => t switch
    {
        TlsGuidelineType.High => "high",
        TlsGuidelineType.Recommended => "recommended",
        _ => "exception",
    };

    public static string En(this TlsGuidelineType t) => t switch
    {
        TlsGuidelineType.High => "High Security type",
        TlsGuidelineType.Recommended => "Recommended Security type",
        _ => "Security Exception type",
    };

    public static string Ja(this TlsGuidelineType t) => t switch
    {
        TlsGuidelineType.High => "高セキュリティ型",
        TlsGuidelineType.Recommended => "推奨セキュリティ型",
        _ => "セキュリティ例外型",
    };

    /// <summary>Accepts high/recommended/exception, the Japanese names, and "high-security" style spellings.</summary>
    public static bool TryParse(string? text, out TlsGuidelineType type)
    {
        var t = (text ?? string.Empty).Trim().ToLowerInvariant().Replace("-security", string.Empty).Replace("_security", string.Empty).Replace(" security", string.Empty).Replace(" type", string.Empty);
        switch (t)
        {
            case "high": case "高セキュリティ型": case "高": type = TlsGuidelineType.High; return true;
            case "recommended": case "推奨セキュリティ型": case "推奨": type = TlsGuidelineType.Recommended; return true;
            case "exception": case "セキュリティ例外型": case "例外": type = TlsGuidelineType.Exception; return true;
            default: type = TlsGuidelineType.Recommended; return false;
        }
    }
}
