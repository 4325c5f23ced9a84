using CryptrecCheck.Results;

namespace CryptrecCheck.Reporting;

/// <summary>Renders a <see cref="Report"/> in any shared format and returns the run's exit code.</summary>
public static class ReportWriter
{
    /// <summary>Writes the report; the results are enumerated once. Returns the summary (with the exit code).</summary>
    public static ReportSummary Write(Report report, ReportFormat format, Stream output)
    {
        switch (format)
        {
            case ReportFormat.Json:
                return EnvelopeJsonWriter.Write(report, output);
            case ReportFormat.Sarif:
                return SarifWriter.Write(report, output);
            default:
                using (var w = new StreamWriter(output, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" })
                {
                    return format switch
                    {
                        ReportFormat.Markdown => MarkdownWriter.Write(report, w),
                        ReportFormat.Html => HtmlWriter.Write(report, w),
                        _ => TableWriter.Write(report, w),
                    };
                }
        }
    }
}
