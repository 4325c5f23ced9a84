using System.CommandLine;
using CryptrecCheck.Certificates;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.PolicyFiles;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;

namespace CryptrecCheck.Cli.Commands;

/// <summary><c>cryptrec-check cert &lt;path&gt;...</c>: inspects certificates and keys in files and directories and judges
/// their algorithms by the CRYPTREC catalogue, the GL-3001 certificate rules and structural checks.</summary>
internal static class CertCommand
{
    /// <summary>The environment variable read for the password when --password is not given.</summary>
    internal const string PasswordVariable = "CRYPTREC_CHECK_PASSWORD";

    internal static Command Create(Func<DateTime> today, CliOutput io)
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files or directories: PEM (any number of blocks), DER, PKCS#7/P7B, PKCS#12/PFX, private and public keys " +
                          "(PKCS#1, PKCS#8, SubjectPublicKeyInfo, encrypted PKCS#8), OpenSSH public keys, authorized_keys and known_hosts.",
        };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Descend into subdirectories." };
        var profile = new Option<string?>("--profile")
        {
            Description = "GL-3001 type the certificates must satisfy: high (高セキュリティ型), recommended (推奨セキュリティ型, default) or exception (セキュリティ例外型).",
        };
        profile.AcceptOnlyFromAmong("high", "recommended", "exception");
        var password = new Option<string?>("--password")
        {
            Description = $"Password for PKCS#12 files and encrypted PKCS#8 keys (else the {PasswordVariable} environment variable). Never printed.",
        };
        var trust = new Option<string?>("--trust")
        {
            Description = "Verify each leaf's chain against the trust anchors in this file (PEM, DER or P7B), or against the system store with the word 'system'.",
        };
        var hostname = new Option<string?>("--hostname") { Description = "Check that leaf certificates name this host (subjectAltName, RFC 9525)." };
        var format = CommonOptions.ReportFormat();
        var output = CommonOptions.Output();
        var lang = CommonOptions.Lang();
        var edition = CommonOptions.Edition();
        var asOf = CommonOptions.AsOf();
        var endYear = CommonOptions.OperationEndYear();
        var failOn = CommonOptions.FailOn();
        var policy = CommonOptions.Policy();

        var cmd = new Command("cert", "Inspect certificates and keys: subject, issuer, validity, key, signature, extensions; CRYPTREC status per " +
                                      "property with citations; expiry at the as-of date, self-signed leaf, incomplete chain, weaker CA, RSA exponent, host name. " +
                                      "Exit code: 0 all compliant, 1 a status at or above --fail-on, an end-entity certificate not allowed as a server certificate under --profile, " +
                                      "or an error that is not a list verdict (expired, not yet valid, untrusted, host name mismatch), 2 an input could not be read or a directory held nothing to inspect.")
        {
            paths, recursive, profile, password, trust, hostname, format, output, lang, edition, asOf, endYear, failOn, policy,
        };
        cmd.SetAction(pr =>
        {
            if (Settings.TryFrom(pr, format, lang, edition, asOf, endYear, profile, failOn, policy, today(), io) is not { } s)
            {
                return ExitCodes.UsageError;
            }

            var trustMode = TrustMode.None;
            IReadOnlyList<byte[]> anchors = Array.Empty<byte[]>();
            if (pr.GetValue(trust) is { } t)
            {
                if (t == "system")
                {
                    trustMode = TrustMode.System;
                }
                else
                {
                    var loaded = LoadAnchors(t, s.ReportSettings.Japanese, io);
                    if (loaded == null) { return ExitCodes.UsageError; }
                    trustMode = TrustMode.Anchors;
                    anchors = loaded;
                }
            }

            var skippedNotes = new List<string>();
            var options = new CertificateInspectionOptions
            {
                Context = s.Context,
                Profile = s.Report.TlsType ?? TlsGuidelineType.Recommended,
                Hostname = pr.GetValue(hostname),
                Password = pr.GetValue(password) ?? Environment.GetEnvironmentVariable(PasswordVariable),
                Recursive = pr.GetValue(recursive),
                Trust = trustMode,
                TrustAnchors = anchors,
                OnSkippedFiles = skipped => skippedNotes.Add((s.ReportSettings.Japanese ? "注記: " : "note: ") + skipped.MessageIn(s.ReportSettings.Japanese)),
            };
            var reportFormat = ReportFormatNames.TryParse(s.Format, out var rf) ? rf : ReportFormat.Table;
            var settings = s.ReportSettings with { GuidelineType = options.Profile };
            var certInputs = (pr.GetValue(paths) ?? Array.Empty<string>()).Append(pr.GetValue(policy)?.FullName ?? string.Empty).Append(pr.GetValue(trust) ?? string.Empty);
            if (OutputGuard.Refuses("cert", pr.GetValue(output), certInputs, io))
            {
                return ExitCodes.UsageError;
            }
            var run = new Run(pr.GetValue(paths) ?? Array.Empty<string>(), options);
            var report = new Report("cert", settings, run.Results());
            run.Sink = report.ErrorSink;
            ReportSummary summary;
            var outputFile = pr.GetValue(output);
            using (var o = io.OpenOut(outputFile))
            {
                summary = ReportWriter.Write(report, reportFormat, o);
                o.Flush();
            }
            if (reportFormat == ReportFormat.Json && outputFile == null) { io.Out.WriteLine(); }
            foreach (var e in report.AllErrors) { io.Err.WriteLine($"cryptrec-check: {TerminalText.Escape(e.MessageIn(settings.Japanese))}"); }
            foreach (var note in skippedNotes) { io.Err.WriteLine($"cryptrec-check: {TerminalText.Escape(note)}"); }
            // The exit code is the envelope's (summary.exitCode): it follows the CRYPTREC status as for explain. Structural
            // errors (expired, host mismatch, untrusted) are error-level findings in every format, SARIF included.
            return summary.ExitCode;
        });
        return cmd;
    }

    /// <summary>The trust anchors of --trust, or null after an error in the report's language on standard error.</summary>
    private static List<byte[]>? LoadAnchors(string path, bool japanese, CliOutput io)
    {
        var r = CertificateInspector.InspectFile(path, new CertificateInspectionOptions { Context = new Policy.Evaluation.EvaluationContext(new DateTime(2026, 1, 1)) });
        if (r.Errors.Count > 0 || r.Certificates.Count == 0)
        {
            var why = r.Errors.Count > 0
                ? r.Errors[0].ToReportError().MessageIn(japanese)
                : japanese ? $"{path}: 証明書が見つかりません。" : $"{path}: no certificate found.";
            io.Err.WriteLine($"cryptrec-check: --trust: {TerminalText.Escape(why)}");
            return null;
        }
        return r.Certificates.Select(c => c.Certificate.Der.ToArray()).ToList();
    }

    /// <summary>Results streamed file by file; errors go to the report's sink as they are met.</summary>
    private sealed class Run
    {
        private readonly string[] _paths;
        private readonly CertificateInspectionOptions _options;

        internal Run(string[] paths, CertificateInspectionOptions options)
        {
            _paths = paths;
            _options = options;
        }

        internal List<ReportError>? Sink { get; set; }

        internal IEnumerable<IReportResult> Results()
        {
            foreach (var file in CertificateInspector.InspectPaths(_paths, _options))
            {
                foreach (var e in file.Errors) { Sink!.Add(e.ToReportError()); }
                foreach (var c in file.Certificates) { yield return c; }
                foreach (var k in file.Keys) { yield return k; }
            }
        }
    }
}
