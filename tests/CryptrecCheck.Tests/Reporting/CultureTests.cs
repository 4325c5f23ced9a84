using System.Globalization;
using System.Text;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;
using Xunit;

namespace CryptrecCheck.Tests.Reporting;

/// <summary>Dates and numbers in reports do not follow the current culture (issue 8, defect 8: under th-TH a date came
/// out as 2569-03-30, the Buddhist-era year).</summary>
public class CultureTests
{
    private static T Under<T>(string culture, Func<T> f)
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return f();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (c, ui);
        }
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ja-JP")]
    [InlineData("ar-SA")]
    public void CatalogTable_AndJson_UseIsoDates(string culture)
    {
        if (CultureInfo.GetCultures(CultureTypes.AllCultures).All(c => c.Name != culture)) { return; } // no ICU data for it here
        var catalog = Catalog.For(Edition.Ls0001_2022R2);
        var text = Under(culture, () =>
        {
            var w = new StringWriter();
            TextReport.WriteCatalog(w, catalog, false, new ReportOptions());
            return w.ToString();
        });
        Assert.Contains("2026-03-30", text);
        Assert.DoesNotContain("2569", text);
        var json = Under(culture, () =>
        {
            using var ms = new MemoryStream();
            JsonReport.WriteCatalog(ms, catalog, false, new ReportOptions());
            return Encoding.UTF8.GetString(ms.ToArray());
        });
        Assert.Contains("\"revised\": \"2026-03-30\"", json);
    }

    [Fact]
    public void Envelope_AndNotYetEffectiveReasons_UseIsoDates_UnderThai()
    {
        if (CultureInfo.GetCultures(CultureTypes.AllCultures).All(c => c.Name != "th-TH")) { return; } // no ICU data here
        var ctx = new EvaluationContext(new DateTime(2026, 1, 15));
        var verdict = Under("th-TH", () => new PolicyEngine(ctx).Explain("ML-KEM-768").Verdict!);
        Assert.All(verdict.Reasons, r => Assert.DoesNotContain("2569", r.Message, StringComparison.Ordinal));
        var json = Under("th-TH", () =>
        {
            using var ms = new MemoryStream();
            ReportWriter.Write(new Report("explain", ReportSettings.From(ctx), Array.Empty<IReportResult>()), ReportFormat.Json, ms);
            return Encoding.UTF8.GetString(ms.ToArray());
        });
        Assert.Contains("\"asOf\": \"2026-01-15\"", json);
    }
}
