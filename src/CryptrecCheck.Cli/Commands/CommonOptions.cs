using System.CommandLine;
using System.Globalization;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Cli.Commands;

/// <summary>Options shared by the verbs. Values are checked at parse time so that a bad value is a usage error (exit 2).</summary>
internal static class CommonOptions
{
    internal static Option<string> Format() => Choice("--format", "-f", "Output format: table for people, json for scripts.", "table", "table", "json");

    internal static Option<string> Lang() => Choice("--lang", "-l", "Language of messages: en (English) or ja (日本語).", "en", "en", "ja");

    internal static Option<string> Edition() => Choice("--edition", "-e",
        "Edition of the CRYPTREC Ciphers List: 2022r2 (LS-0001-2022R2, current) or 2012r8 (LS-0001-2012R8, the 2013 list).", null, "2022r2", "2012r8");

    internal static Option<string?> AsOf()
    {
        var o = new Option<string?>("--as-of") { Description = "Evaluate as of this date (yyyy-MM-dd). Default: today (UTC), or the policy file's asOf." };
        o.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v != null && !DateTime.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                r.AddError($"--as-of: \"{v}\" is not a date of the form yyyy-MM-dd.");
            }
        });
        return o;
    }

    internal static Option<int?> OperationEndYear()
    {
        var o = new Option<int?>("--operation-end-year", "-y")
        {
            Description = "Year the system's operation ends, for the LS-0003 key-strength periods (e.g. 2035). Default: the as-of year.",
        };
        o.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<int?>();
            if (v is int y && (y < 1990 || y > 2200)) { r.AddError($"--operation-end-year: {y} is outside 1990..2200."); }
        });
        return o;
    }

    internal static Option<string?> TlsType() => ChoiceNullable("--tls-type",
        "GL-3001 type that TLS items must satisfy: high (高セキュリティ型), recommended (推奨セキュリティ型) or exception (セキュリティ例外型).",
        "high", "recommended", "exception");

    internal static Option<string?> FailOn() => ChoiceNullable("--fail-on",
        "First status that counts as noncompliant (exit 1). Default: monitored, i.e. monitored, not-listed and unknown fail.",
        "candidate", "monitored", "not-listed", "unknown");

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
