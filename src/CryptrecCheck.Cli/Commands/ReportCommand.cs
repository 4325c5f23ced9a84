using System.CommandLine;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;

namespace CryptrecCheck.Cli.Commands;

/// <summary><c>cryptrec-check report &lt;result.json|result.jsonl&gt;...</c>: one audit document (HTML or Markdown) from
/// the JSON envelopes of earlier runs (tls, cert, explain, ...), optionally compared with an earlier report.</summary>
internal static class ReportCommand
{
    internal static Command Create(Func<DateTime> today, CliOutput io)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Report envelopes written with --format json (or jsonl) by tls, cert or another verb; several are merged into one report.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: html (one self-contained file, default) or markdown (GitHub-flavoured).",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "markdown");
        var lang = new Option<string?>("--lang", "-l") { Description = "Language of the report: en or ja (日本語). Default: the language recorded in the first input." };
        lang.AcceptOnlyFromAmong("en", "ja");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var baseline = new Option<FileInfo?>("--baseline") { Description = "An earlier report envelope: show new and removed targets and findings since then." };

        var cmd = new Command("report", "Make one audit report (HTML or Markdown) from the JSON of earlier runs. / 過去の実行の JSON から監査報告を作る。 " +
                                        "Exit code: 0 all compliant, 1 something noncompliant, 2 usage or input error.")
        {
            inputs, format, lang, output, baseline,
        };
        cmd.SetAction(pr =>
        {
            var reportInputs = (pr.GetValue(inputs) ?? Array.Empty<string>()).Concat(pr.GetValue(baseline) is { } bl ? new[] { bl.ToString() } : Array.Empty<string>());
            if (OutputGuard.Refuses("report", pr.GetValue(output), reportInputs, io))
            {
                return ExitCodes.UsageError;
            }
            var content = new EnvelopeContent();
            var old = new EnvelopeContent();
            try
            {
                foreach (var path in pr.GetValue(inputs) ?? Array.Empty<string>()) { EnvelopeReader.Read(path, content); }
                if (pr.GetValue(baseline) is { } b) { EnvelopeReader.Read(b.ToString(), old); }
            }
            catch (EnvelopeException e)
            {
                io.Err.WriteLine($"cryptrec-check report: {TerminalText.Escape(e.Message)}");
                return ExitCodes.UsageError;
            }
            var language = pr.GetValue(lang) ?? content.Settings?.Language ?? "en";
            var settings = (content.Settings ?? new ReportSettings { Edition = Policy.Edition.Ls0001_2022R2, AsOf = today().Date, OperationEndYear = today().Year }) with
            {
                Language = language,
            };
            var verb = content.Verbs.Count == 0 ? "report" : string.Join("+", content.Verbs);
            var report = new Report(verb, settings, content.Results, content.Errors);
            var comparison = pr.GetValue(baseline) != null ? BaselineComparison.Compare(old.Results, content.Results) : null;
            var html = pr.GetValue(format) != "markdown";

            ReportSummary summary;
            var file = pr.GetValue(output);
            try
            {
                using var stream = file != null ? new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024) : io.OpenOut();
                using var w = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 64 * 1024) { NewLine = "\n" };
                if (html)
                {
                    summary = HtmlWriter.Write(report, w, comparison);
                }
                else
                {
                    summary = MarkdownWriter.Write(report, w);
                    comparison?.WriteMarkdown(w, settings.Japanese);
                }
                w.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                io.Err.WriteLine($"cryptrec-check report: cannot write {TerminalText.Escape(file?.ToString() ?? "standard output")}: {TerminalText.Escape(e.Message)}");
                return ExitCodes.UsageError;
            }
            if (file != null)
            {
                io.Err.WriteLine(settings.Japanese
                    ? $"{TerminalText.Escape(file.ToString())} に {summary.Results} 件（不適合 {summary.Noncompliant} 件）の報告を書いた。"
                    : $"Wrote the report of {summary.Results} result(s) ({summary.Noncompliant} noncompliant) to {TerminalText.Escape(file.ToString())}.");
            }
            return summary.ExitCode;
        });
        return cmd;
    }
}
