using System.CommandLine;
using CryptrecCheck.Reporting;
using CryptrecCheck.Tls;

namespace CryptrecCheck.Cli.Commands;

/// <summary><c>cryptrec-check merge FILE...</c>: joins the outputs of sharded <c>tls</c> runs into one JSON report.</summary>
internal static class MergeCommand
{
    internal static Command Create(Func<DateTime> today, CliOutput io)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Outputs of 'tls --format json' or '--format jsonl' (one per shard)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the merged report to this file instead of standard output." };
        var cmd = new Command("merge", "Join sharded TLS scan outputs into one JSON report: each target exactly once, failures kept. / 分割したスキャン結果を一つの報告にまとめる。")
        {
            files, output,
        };
        cmd.SetAction(pr =>
        {
            if (OutputGuard.Refuses("merge", pr.GetValue(output), pr.GetValue(files) ?? Array.Empty<string>(), io))
            {
                return ExitCodes.UsageError;
            }
            try
            {
                if (pr.GetValue(output) is { } of)
                {
                    using var fs = new FileStream(of.FullName, FileMode.Create, FileAccess.Write, FileShare.None);
                    return TlsReportMerger.Merge(pr.GetValue(files)!, fs, today());
                }
                using var o = io.OpenOut();
                var code = TlsReportMerger.Merge(pr.GetValue(files)!, o, today());
                o.Flush();
                io.Out.WriteLine();
                return code;
            }
            catch (InvalidDataException e)
            {
                io.Err.WriteLine($"cryptrec-check merge: {TerminalText.Escape(e.Message)}");
                return ExitCodes.UsageError;
            }
        });
        return cmd;
    }
}
