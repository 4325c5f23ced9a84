namespace CryptrecCheck.Reporting;

/// <summary>Output formats shared by the verbs that report in the envelope.</summary>
public enum ReportFormat
{
    Table,
    Json,
    Sarif,
    Markdown,

    /// <summary>One self-contained HTML audit report (HtmlWriter).</summary>
    Html,
}

/// <summary>Parsing of <see cref="ReportFormat"/> names.</summary>
public static class ReportFormatNames
{
    public static bool TryParse(string? s, out ReportFormat f)
    {
        switch (s?.Trim().ToLowerInvariant())
        {
            case "table": f = ReportFormat.Table; return true;
            case "json": f = ReportFormat.Json; return true;
            case "sarif": f = ReportFormat.Sarif; return true;
            case "markdown" or "md": f = ReportFormat.Markdown; return true;
            case "html": f = ReportFormat.Html; return true;
            default: f = ReportFormat.Table; return false;
        }
    }
}
