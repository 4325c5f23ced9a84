using System.CommandLine;
using CryptrecCheck.Code;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.PolicyFiles;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;

namespace CryptrecCheck.Cli.Commands;

/// <summary><c>cryptrec-check code &lt;path.sln|path.csproj|directory&gt;</c>: the cryptographic inventory of a solution,
/// read from the CryptrecCheck analyzers run in-process, as a table, the JSON envelope, SARIF 2.1.0 or a CycloneDX 1.6 CBOM.</summary>
internal static class CodeCommand
{
    internal static Command Create(Func<DateTime> today, CliOutput io)
    {
        var path = new Argument<string>("path")
        {
            Description = "A solution (.sln, .slnx), a C# project (.csproj) or a directory (every solution under it; with none, every .csproj).",
        };
        var configuration = new Option<string?>("--configuration", "-c") { Description = "MSBuild configuration to load (Debug, Release). Default: the projects' own." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table for people, json (report envelope, schemas/code.schema.json), sarif (SARIF 2.1.0), cbom (CycloneDX 1.6).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "sarif", "cbom");
        var output = CommonOptions.Output();
        var lang = CommonOptions.Lang();
        var edition = CommonOptions.Edition();
        var asOf = CommonOptions.AsOf();
        var endYear = CommonOptions.OperationEndYear();
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "First status that counts as noncompliant (exit 1): candidate, monitored (default), not-listed, unknown, or none (report only).",
        };
        failOn.AcceptOnlyFromAmong("candidate", "monitored", "not-listed", "unknown", "none");
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run dotnet restore for projects that have not been restored." };
        var timings = new Option<bool>("--timings") { Description = "Print the time spent restoring, loading and analysing on standard error. / 各段階の所要時間を標準エラーに表示。" };

        var cmd = new Command("code", "Inventory the cryptography of a .NET solution with the CryptrecCheck analyzers: every use, compliant ones included, " +
                                      "with its CRYPTREC status and citation. / ソリューションの暗号インベントリ。" +
                                      "Exit code: 0 all compliant, 1 something noncompliant, 2 usage error or a project that could not be restored, loaded or analysed.")
        {
            path, configuration, format, output, lang, edition, asOf, endYear, failOn, noRestore, timings,
        };
        cmd.SetAction(pr =>
        {
            var failOnText = pr.GetValue(failOn);
            var reportOnly = failOnText == "none";
            var eff = EffectivePolicy.Combine(new PolicyDefaults(today()), null, new PolicyOverrides
            {
                Edition = pr.GetValue(edition) is { } e && EditionNames.TryParse(e, out var ed) ? ed : null,
                AsOf = pr.GetValue(asOf) is { } a ? CommonOptions.ParseDate(a) : null,
                OperationEndYear = pr.GetValue(endYear) is { } y ? CommonOptions.ParseYear(y) : null,
                FailOn = failOnText is { } f && !reportOnly && ListStatusExtensions.TryParseWireName(f, out var fo) ? fo : null,
            });
            var context = eff.CreateContext();
            var settings = ReportSettings.From(context, pr.GetValue(lang) ?? "en", reportOnly ? ListStatus.Unknown : eff.FailOn);

            // The command line reaches the analyzers as .editorconfig keys would: what was given overrides the projects' own
            // settings; the run's as-of date applies where a project sets none.
            var forced = new Dictionary<string, string>(StringComparer.Ordinal);
            if (pr.GetValue(edition) is { } ge) { forced["cryptrec_check.edition"] = ge; }
            if (pr.GetValue(asOf) is { } ga) { forced["cryptrec_check.as_of"] = ga; }
            if (pr.GetValue(endYear) is { } gy) { forced["cryptrec_check.operation_end_year"] = gy; }
            var defaults = new Dictionary<string, string>(StringComparer.Ordinal) { ["cryptrec_check.as_of"] = settings.AsOfText };

            var showProgress = ReferenceEquals(io.Err, Console.Error) && !Console.IsErrorRedirected;
            var options = new CodeInventoryOptions
            {
                Configuration = pr.GetValue(configuration),
                ForcedOptions = forced,
                DefaultOptions = defaults,
                Restore = !pr.GetValue(noRestore),
                Progress = showProgress ? line => io.Err.WriteLine($"cryptrec-check code: {TerminalText.Escape(line)}") : null,
            };
            CodeInventoryRun run;
            var input = pr.GetValue(path)!;
            // Checked before the analysis, which can take minutes.
            if (OutputGuard.Refuses("code", pr.GetValue(output), new[] { input }, io))
            {
                return ExitCodes.UsageError;
            }
            try
            {
                run = CodeInventory.RunAsync(input, options).GetAwaiter().GetResult();
            }
            catch (CodeInputException ex)
            {
                io.Err.WriteLine($"cryptrec-check code: {TerminalText.Escape(ex.Message)}");
                return ExitCodes.UsageError;
            }
            if (pr.GetValue(timings))
            {
                static string Ms(TimeSpan t) => ((long)t.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                io.Err.WriteLine($"cryptrec-check code: timings (ms): restore {Ms(run.RestoreTime)}, load {Ms(run.LoadTime)}, compile+analyse {Ms(run.AnalysisTime)}");
            }
            var report = new Report("code", settings, run.Results, run.Errors);
            ReportSummary summary;
            var outputFile = pr.GetValue(output);
            var fmt = pr.GetValue(format) ?? "table";
            using (var o = io.OpenOut(outputFile))
            {
                switch (fmt)
                {
                    case "json":
                        summary = EnvelopeJsonWriter.Write(report, o);
                        break;
                    case "sarif":
                        summary = SarifWriter.Write(report, o);
                        break;
                    case "cbom":
                        summary = CbomWriter.Write(report, run.Results, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input))), o);
                        break;
                    default:
                        using (var w = new StreamWriter(o, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" })
                        {
                            summary = CodeTableWriter.Write(report, run.Results, w);
                        }
                        break;
                }
                o.Flush();
            }
            if (fmt != "table" && outputFile == null) { io.Out.WriteLine(); }
            foreach (var err in report.AllErrors) { io.Err.WriteLine($"cryptrec-check code: {TerminalText.Escape(err.MessageIn(settings.Japanese))}"); }
            if (reportOnly) { return summary.Errors > 0 ? ExitCodes.UsageError : ExitCodes.Compliant; }
            return summary.ExitCode;
        });
        return cmd;
    }
}
