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

    /// <summary>The settings, or null after telling the user why the policy file could not be used (exit code 2).</summary>
    internal static Settings? TryFrom(ParseResult pr, Option<string> format, Option<string> lang, Option<string> edition, Option<string?> asOf,
        Option<string?> endYear, Option<string?> tlsType, Option<string?> failOn, Option<FileInfo?> policy, DateTime today, CliOutput io)
    {
        try
        {
            return From(pr, format, lang, edition, asOf, endYear, tlsType, failOn, policy, today);
        }
        catch (PolicyFileException e)
        {
            io.Err.WriteLine($"cryptrec-check: policy file error: {Reporting.TerminalText.Escape(e.Message)}");
            return null;
        }
    }

    internal static Settings From(ParseResult pr, Option<string> format, Option<string> lang, Option<string> edition, Option<string?> asOf,
        Option<string?> endYear, Option<string?> tlsType, Option<string?> failOn, Option<FileInfo?> policy, DateTime today)
    {
        PolicySettings? file = null;
        if (pr.GetValue(policy) is { } pf) { file = PolicyFileReader.Load(pf.FullName); }

        // Precedence (defaults < policy file < command line) is defined once, in EffectivePolicy.Combine.
        var eff = EffectivePolicy.Combine(new PolicyDefaults(today), file, new PolicyOverrides
        {
            Edition = pr.GetValue(edition) is { } e && EditionNames.TryParse(e, out var parsed) ? parsed : null,
            AsOf = pr.GetValue(asOf) is { } a ? CommonOptions.ParseDate(a) : null,
            OperationEndYear = pr.GetValue(endYear) is { } ey ? CommonOptions.ParseYear(ey) : null,
            TlsType = pr.GetValue(tlsType) is { } t && TlsGuidelineTypeNames.TryParse(t, out var ptt) ? ptt : null,
            FailOn = pr.GetValue(failOn) is { } f && ListStatusExtensions.TryParseWireName(f, out var pfo) ? pfo : null,
        });

        return new Settings
        {
            Context = eff.CreateContext(),
            Report = new ReportOptions { Language = pr.GetValue(lang) ?? "en", FailOn = eff.FailOn, TlsType = eff.TlsType },
            Json = pr.GetValue(format) == "json",
            Format = pr.GetValue(format) ?? "table",
            PolicyFile = pr.GetValue(policy)?.ToString(),
        };
    }
}
