using System.CommandLine;
using CryptrecCheck.Config;
using CryptrecCheck.Policy;
using CryptrecCheck.PolicyFiles;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;

namespace CryptrecCheck.Cli.Commands;

/// <summary><c>cryptrec-check config &lt;file|dir&gt;...</c>: audits server and client configurations against the list.</summary>
internal static class ConfigCommand
{
    internal static Command Create(Func<DateTime> today, CliOutput io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Configuration files or directories: nginx, Apache httpd, HAProxy, Postfix main.cf, sshd_config/ssh_config, " +
                          "java.security, SChannel .reg exports or Get-TlsCipherSuite text, Exim, GnuTLS priority files, openssl.cnf (its system_default SSL settings). " +
                          "Includes are followed.",
        };
        var type = new Option<string?>("--type", "-t")
        {
            Description = $"Read every file as this format instead of recognising it: {ConfigTypeNames.All}.",
        };
        var level = new Option<string?>("--openssl-seclevel")
        {
            Description = "OpenSSL security level assumed where a cipher string sets none (0-5; default 2, as Debian and OpenSSL >= 3.2 build).",
        };
        var format = CommonOptions.ReportFormat();
        var output = CommonOptions.Output();
        var lang = CommonOptions.Lang();
        var edition = CommonOptions.Edition();
        var asOf = CommonOptions.AsOf();
        var endYear = CommonOptions.OperationEndYear();
        var tlsType = CommonOptions.TlsType();
        var failOn = CommonOptions.FailOn();
        var policy = CommonOptions.Policy();

        var cmd = new Command("config", "Audit configuration files: the TLS suites, protocol versions and groups, and the SSH algorithms they enable, " +
                                        "each with its CRYPTREC status and, for TLS, the GL-3001 verdict per guideline type. " +
                                        "Exit code: 0 all compliant, 1 something noncompliant, 2 usage error or a file that could not be audited.")
        {
            paths, type, level, format, output, lang, edition, asOf, endYear, tlsType, failOn, policy,
        };
        cmd.SetAction(pr =>
        {
            if (Settings.TryFrom(pr, format, lang, edition, asOf, endYear, tlsType, failOn, policy, today(), io) is not { } s)
            {
                return ExitCodes.UsageError;
            }
            var forced = ConfigType.Unknown;
            if (pr.GetValue(type) is { } t && !ConfigTypeNames.TryParse(t, out forced))
            {
                io.Err.WriteLine($"cryptrec-check config: unknown --type '{TerminalText.Escape(t)}'; use one of {ConfigTypeNames.All}.");
                return ExitCodes.UsageError;
            }
            var seclevel = 2;
            if (pr.GetValue(level) is { } l && !(int.TryParse(l, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out seclevel) && seclevel is >= 0 and <= 5))
            {
                io.Err.WriteLine($"cryptrec-check config: --openssl-seclevel must be 0 to 5, not '{TerminalText.Escape(l)}'.");
                return ExitCodes.UsageError;
            }
            ReportFormatNames.TryParse(s.Format, out var rf);
            if (OutputGuard.Refuses("config", pr.GetValue(output), (pr.GetValue(paths) ?? Array.Empty<string>()).Append(pr.GetValue(policy)?.FullName ?? string.Empty), io))
            {
                return ExitCodes.UsageError;
            }
            var scanner = new ConfigScanner(new ConfigAuditor(new PolicyEngine(s.Context), seclevel), forced);
            Report? report = null;
            report = new Report("config", s.ReportSettings, Results(scanner, pr.GetValue(paths) ?? Array.Empty<string>()));
            ReportSummary summary;
            var outputFile = pr.GetValue(output);
            using (var o = io.OpenOut(outputFile))
            {
                summary = ReportWriter.Write(report, rf, o);
                o.Flush();
            }
            if (rf == ReportFormat.Json && outputFile == null) { io.Out.WriteLine(); }
            foreach (var e in report.AllErrors) { io.Err.WriteLine($"cryptrec-check: {TerminalText.Escape(e.MessageIn(s.ReportSettings.Japanese))}"); }
            return summary.ExitCode;

            IEnumerable<IReportResult> Results(ConfigScanner sc, string[] ps)
            {
                foreach (var r in sc.Scan(ps))
                {
                    report!.ErrorSink.AddRange(sc.Errors);
                    sc.Errors.Clear();
                    yield return r;
                }
                report!.ErrorSink.AddRange(sc.Errors);
                sc.Errors.Clear();
            }
        });
        return cmd;
    }
}
