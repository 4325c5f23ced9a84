using System.CommandLine;
using System.Globalization;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Reporting;

namespace CryptrecCheck.Cli.Commands;

/// <summary>Options shared by the verbs. Values are checked at parse time so that a bad value is a usage error (exit 2).</summary>
internal static class CommonOptions
{
    internal static Option<string> Format() => Choice("--format", "-f", "Output format: table for people, json for scripts.", "table", "table", "json");

    /// <summary>The formats of the shared report envelope: table, json, sarif (SARIF 2.1.0 for CI), markdown.</summary>
    internal static Option<string> ReportFormat() => Choice("--format", "-f",
        "Output format: table for people, json for scripts, sarif (SARIF 2.1.0) for CI, markdown or html for a document.", "table", "table", "json", "sarif", "markdown", "html");

    /// <summary>The first and last dates the evaluator accepts: the range of operation end years (LS-0003 periods).</summary>
    internal const int MinYear = 1990;
    internal const int MaxYear = 2200;

    internal static Option<string> Lang() => Choice("--lang", "-l", "Language of messages: en (English) or ja (日本語).", "en", "en", "ja");

    internal static Option<string> Edition() => Choice("--edition", "-e",
        "Edition of the CRYPTREC Ciphers List: 2022r2 (LS-0001-2022R2, current) or 2012r8 (LS-0001-2012R8, the 2013 list).", null, "2022r2", "2012r8");

    internal static Option<string?> AsOf()
    {
        var o = new Option<string?>("--as-of") { Description = $"Evaluate as of this date (yyyy-MM-dd, {MinYear}..{MaxYear}). Default: today (UTC), or the policy file's asOf." };
        o.Validators.Add(r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;
            if (v != null && ParseDate(v) == null)
            {
                r.AddError($"--as-of: \"{TerminalText.Escape(v)}\" is not a date of the form yyyy-MM-dd between {MinYear}-01-01 and {MaxYear}-12-31.");
            }
        });
        return o;
    }

    /// <summary>The date, or null when it is not yyyy-MM-dd within the supported years.</summary>
    internal static DateTime? ParseDate(string v) =>
        DateTime.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year >= MinYear && d.Year <= MaxYear
            ? d
            : null;

    /// <summary>Read as text and checked here, so that "abc", "2035.5", "" or 99999999999 are usage errors, not crashes.</summary>
    internal static Option<string?> OperationEndYear()
    {
        var o = new Option<string?>("--operation-end-year", "-y")
        {
            Description = $"Year the system's operation ends, for the LS-0003 key-strength periods (e.g. 2035; {MinYear}..{MaxYear}). Default: the as-of year.",
        };
        o.Validators.Add(r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;
            if (v != null && ParseYear(v) == null)
            {
                r.AddError($"--operation-end-year: \"{TerminalText.Escape(v)}\" is not a year between {MinYear} and {MaxYear}.");
            }
        });
        return o;
    }

    /// <summary>The year, or null when it is not a whole number within the supported years.</summary>
    internal static int? ParseYear(string v) =>
        int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= MinYear && y <= MaxYear ? y : null;

    internal static Option<string?> TlsType() => ChoiceNullable("--tls-type",
        "GL-3001 type that TLS items must satisfy: high (高セキュリティ型), recommended (推奨セキュリティ型) or exception (セキュリティ例外型).",
        "high", "recommended", "exception");

    internal static Option<string?> FailOn() => ChoiceNullable("--fail-on",
        "First status that counts as noncompliant (exit 1). Default: monitored, i.e. monitored, not-listed and unknown fail.",
        "candidate", "monitored", "not-listed", "unknown");

    internal static Option<FileInfo?> Output() => new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
    };

    internal static Option<FileInfo?> Policy() => new("--policy", "-p")
    {
        Description = "Policy file (JSON, schemas/policy.schema.json) that overrides the documented defaults.",
    };

    private static Option<string> Choice(string name, string alias, string description, string? defaultValue, params string[] values)
    {
        var o = new Option<string>(name, alias) { Description = description };
        if (defaultValue != null) { o.DefaultValueFactory = _ => defaultValue; }
        o.AcceptOnlyFromAmong(values);
        return o;
    }

    private static Option<string?> ChoiceNullable(string name, string description, params string[] values)
    {
        var o = new Option<string?>(name) { Description = description };
        o.AcceptOnlyFromAmong(values);
        return o;
    }
}
