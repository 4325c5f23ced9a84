using System.CommandLine;
using System.Globalization;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.PolicyFiles;
using CryptrecCheck.Reporting;

namespace CryptrecCheck.Cli.Commands;

/// <summary>The effective settings of a run: command line over policy file over defaults.</summary>
internal sealed class Settings
{
    internal required EvaluationContext Context { get; init; }
    internal required ReportOptions Report { get; init; }
    internal required bool Json { get; init; }

    /// <summary>The value of --format.</summary>
    internal required string Format { get; init; }

    /// <summary>The policy file as given, for the report's settings.</summary>
    internal string? PolicyFile { get; init; }

    /// <summary>The settings as a report records them.</summary>
    internal Results.ReportSettings ReportSettings =>
        Results.ReportSettings.From(Context, Report.Language, Report.FailOn, Report.TlsType, PolicyFile);

    internal static Settings From(ParseResult pr, Option<string> format, Option<string> lang, Option<string> edition, Option<string?> asOf,
        Option<string?> endYear, Option<string?> tlsType, Option<string?> failOn, Option<FileInfo?> policy, DateTime today)
    {
        PolicySettings file = new();
        if (pr.GetValue(policy) is { } pf) { file = PolicyFileLoader.Load(pf.FullName); }

        var ed = file.Edition ?? Policy.Edition.Ls0001_2022R2;
        if (pr.GetValue(edition) is { } e && EditionNames.TryParse(e, out var parsed)) { ed = parsed; }
        var date = file.AsOf ?? today.Date;
        if (pr.GetValue(asOf) is { } a && CommonOptions.ParseDate(a) is { } d) { date = d; }
        var year = (pr.GetValue(endYear) is { } ey ? CommonOptions.ParseYear(ey) : null) ?? file.OperationEndYear;
        TlsGuidelineType? tt = file.TlsType;
        if (pr.GetValue(tlsType) is { } t && TlsGuidelineTypeNames.TryParse(t, out var ptt)) { tt = ptt; }
        var fo = file.FailOn ?? ListStatus.Monitored;
        if (pr.GetValue(failOn) is { } f && ListStatusExtensions.TryParseWireName(f, out var pfo)) { fo = pfo; }

        return new Settings
        {
            Context = new EvaluationContext(date, ed, year, file.Options),
            Report = new ReportOptions { Language = pr.GetValue(lang) ?? "en", FailOn = fo, TlsType = tt },
            Json = pr.GetValue(format) == "json",
            Format = pr.GetValue(format) ?? "table",
            PolicyFile = pr.GetValue(policy)?.ToString(),
        };
    }
}
