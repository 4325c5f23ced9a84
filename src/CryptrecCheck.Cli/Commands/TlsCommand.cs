using System.CommandLine;
using System.Globalization;
using CryptrecCheck.PolicyFiles;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;
using CryptrecCheck.Tls;

namespace CryptrecCheck.Cli.Commands;

/// <summary><c>cryptrec-check tls &lt;target&gt;...</c>: scans TLS endpoints and judges them by the GL-3001 types.</summary>
internal static class TlsCommand
{
    /// <summary>Targets read from --targets, at most.</summary>
    internal const int MaxTargets = 100_000;

    internal static Command Create(Func<DateTime> today, CliOutput io)
    {
        var targets = new Argument<string[]>("targets")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Endpoints: host, host:port, IPv4[:port], [IPv6]:port. Port 443 unless given or implied by --starttls.",
        };
        var targetsFile = new Option<FileInfo?>("--targets") { Description = "Read further targets from this file, one a line; blank lines and # comments are skipped." };
        var profile = new Option<string?>("--profile")
        {
            Description = "GL-3001 type that decides pass/fail: high (高セキュリティ型), recommended (推奨セキュリティ型, default) or exception (セキュリティ例外型). All three are reported.",
        };
        profile.AcceptOnlyFromAmong("high", "recommended", "exception");
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table for people, json for scripts, sarif (SARIF 2.1.0) for CI, markdown for a document, " +
                          "jsonl to stream one result object per line as each target finishes (memory flat in the number of targets).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "sarif", "markdown", "html", "jsonl");
        var shard = new Option<string?>("--shard")
        {
            Description = "Scan only slice I of N (0-based, I/N) of the targets: target k belongs to slice k mod N. Default: from " +
                          "JOB_COMPLETION_INDEX and JOB_COMPLETIONS (Kubernetes Indexed Job) when both are set.",
        };
        shard.Validators.Add(r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;
            if (v != null && ParseShard(v) == null) { r.AddError($"--shard: \"{TerminalText.Escape(v)}\" is not I/N with 0 <= I < N <= 100000."); }
        });
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var sni = new Option<string?>("--sni") { Description = "Server name to send in SNI instead of the target's host name." };
        sni.Validators.Add(r =>
        {
            // RFC 6066 §3: a DNS host name, not an IP literal. A longer or malformed name made every hello fail silently.
            // Trimmed, and empty means the target's own name, as TlsTarget.TryParse has always taken it.
            var v = r.Tokens.Count > 0 ? r.Tokens[^1].Value.Trim() : null;
            if (!string.IsNullOrEmpty(v) && (System.Net.IPAddress.TryParse(v, out _) || !TlsTarget.IsHostName(v)))
            {
                r.AddError($"--sni: \"{TerminalText.Escape(v)}\" is not a DNS host name (RFC 6066: letters, digits and hyphens in dot-separated labels of at most 63 characters, 253 in all; not an IP address; an internationalised name in its xn-- form).");
            }
        });
        var starttls = new Option<string?>("--starttls") { Description = "Upgrade a plaintext protocol first: smtp, imap, pop3, ftp, ldap, xmpp, postgres. Default: inferred from well-known ports (25, 587, 143, 110, 21, 389, 5222, 5432)." };
        starttls.AcceptOnlyFromAmong("smtp", "imap", "pop3", "ftp", "ldap", "xmpp", "postgres", "none");
        var resumption = new Option<bool>("--resumption") { Description = "Also test session resumption by session ID and by ticket (TLS 1.0–1.2; 4 more connections, 2 of them full handshakes). / セッション再開（セッション ID・チケット）も確認する（接続 4 本追加）。" };
        var http = new Option<bool>("--http") { Description = "Ask every target (not STARTTLS) for its HSTS header; by default only ports 443 and 8443. / HSTS ヘッダを全ターゲットで確認する（既定は 443・8443 のみ）。" };
        var perHost = IntOption("--max-connections-per-host", "Concurrent connections to one target (default 5).", 1, 64);
        var maxHosts = IntOption("--max-hosts", "Targets scanned at the same time (default 10).", 1, 1000);
        var timeout = new Option<string?>("--timeout") { Description = "Connect and read timeout per connection, in seconds (default 5)." };
        timeout.Validators.Add(r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;
            if (v != null && ParseSeconds(v) == null) { r.AddError($"--timeout: \"{TerminalText.Escape(v)}\" is not a number of seconds between 0.1 and 300."); }
        });
        var rate = new Option<string?>("--rate") { Description = "New connections per second across the scan (default: no limit)." };
        rate.Validators.Add(r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;
            if (v != null && ParseRate(v) == null) { r.AddError($"--rate: \"{TerminalText.Escape(v)}\" is not a number of connections per second between 0.1 and 100000."); }
        });
        var lang = CommonOptions.Lang();
        var edition = CommonOptions.Edition();
        var asOf = CommonOptions.AsOf();
        var endYear = CommonOptions.OperationEndYear();
        var failOn = CommonOptions.FailOn();
        var policy = CommonOptions.Policy();

        var cmd = new Command("tls", "Scan TLS endpoints (protocols, cipher suites, groups, certificate chain, features) and judge them by the three " +
                                     "GL-3001 types. / TLS サーバを調査し GL-3001 の三つの型で判定する。 Exit code: 0 compliant with --profile, 1 noncompliant, 2 usage error or a target that could not be scanned.")
        {
            targets, targetsFile, profile, format, shard, output, sni, starttls, http, resumption, perHost, maxHosts, timeout, rate, lang, edition, asOf, endYear, failOn, policy,
        };
        cmd.SetAction(pr =>
        {
            if (Settings.TryFrom(pr, format, lang, edition, asOf, endYear, profile, failOn, policy, today(), io) is not { } s)
            {
                return ExitCodes.UsageError;
            }
            var type = s.Report.TlsType ?? TlsGuidelineType.Recommended;
            StartTlsProtocol? st = pr.GetValue(starttls) is { } stText && StartTlsProtocolNames.TryParse(stText, out var parsedSt) ? parsedSt : null;

            if (OutputGuard.Refuses("tls", pr.GetValue(output), new[] { pr.GetValue(targetsFile)?.FullName ?? string.Empty, pr.GetValue(policy)?.FullName ?? string.Empty }, io))
            {
                return ExitCodes.UsageError;
            }
            var texts = new List<string>(pr.GetValue(targets) ?? Array.Empty<string>());
            if (pr.GetValue(targetsFile) is { } tf)
            {
                try
                {
                    texts.AddRange(ReadTargets(tf));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    io.Err.WriteLine($"cryptrec-check: cannot read targets from {TerminalText.Escape(tf.FullName)}: {TerminalText.Escape(e.Message)}");
                    return ExitCodes.UsageError;
                }
            }
            if (texts.Count == 0)
            {
                io.Err.WriteLine("cryptrec-check tls: give at least one target, or --targets FILE. See 'cryptrec-check tls --help'.");
                return ExitCodes.UsageError;
            }
            var list = new List<TlsTarget>();
            foreach (var t in texts)
            {
                if (!TlsTarget.TryParse(t, out var target, out var error, pr.GetValue(sni), st))
                {
                    io.Err.WriteLine($"cryptrec-check: invalid target: {TerminalText.Escape(error ?? t)}");
                    return ExitCodes.UsageError;
                }
                list.Add(target!);
            }

            var envIndex = Environment.GetEnvironmentVariable("JOB_COMPLETION_INDEX");
            var envCount = Environment.GetEnvironmentVariable("JOB_COMPLETIONS");
            var slice = pr.GetValue(shard) is { } sh ? ParseShard(sh) : ShardFromEnvironment();
            if (pr.GetValue(shard) == null && envIndex != null && envCount != null && slice == null)
            {
                // Ignoring them made every pod of the Job scan every target.
                io.Err.WriteLine($"cryptrec-check tls: JOB_COMPLETION_INDEX={TerminalText.Escape(envIndex)} and JOB_COMPLETIONS={TerminalText.Escape(envCount)} are not a shard (an index 0..N-1 of N, N at most 100000).");
                return ExitCodes.UsageError;
            }
            if (pr.GetValue(shard) == null && envIndex != null && envCount == null)
            {
                // Kubernetes sets the index alone; the count comes from the manifest. Without it every pod scans every target.
                io.Err.WriteLine($"cryptrec-check tls: warning: JOB_COMPLETION_INDEX={TerminalText.Escape(envIndex)} is set but JOB_COMPLETIONS is not, so this run scans every target; set JOB_COMPLETIONS to the Job's completions (or use --shard I/N).");
            }
            if (slice is var (si, sn))
            {
                list = list.Where((_, k) => k % sn == si).ToList();
            }

            var seconds = pr.GetValue(timeout) is { } ts ? ParseSeconds(ts)!.Value : 5.0;
            var options = new TlsScanOptions
            {
                ConnectTimeout = TimeSpan.FromSeconds(seconds),
                ReadTimeout = TimeSpan.FromSeconds(seconds),
                MaxConnectionsPerHost = pr.GetValue(perHost) is { } ph ? int.Parse(ph, CultureInfo.InvariantCulture) : 5,
                MaxHosts = pr.GetValue(maxHosts) is { } mh ? int.Parse(mh, CultureInfo.InvariantCulture) : 10,
                RatePerSecond = pr.GetValue(rate) is { } rt ? ParseRate(rt) : null,
                Http = pr.GetValue(http) ? true : null,
                SessionResumption = pr.GetValue(resumption),
            };

            if (s.Format == "jsonl")
            {
                return StreamJsonLines(list, options, s, type, pr.GetValue(output), io);
            }

            // Ctrl-C cancels the scan; targets finished so far and the partial ones still make a valid report.
            using var cts = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cts.Cancel(); };
            var console = ReferenceEquals(io.Err, Console.Error);
            if (console) { Console.CancelKeyPress += onCancel; }
            IReadOnlyList<TlsScanResult> scans;
            try
            {
                var done = 0;
                var progress = console && !Console.IsErrorRedirected;
                scans = new TlsScanner(options).ScanManyAsync(list, r =>
                {
                    var n = Interlocked.Increment(ref done);
                    if (progress) { lock (io.Err) { io.Err.Write($"\r[{n}/{list.Count}] {TerminalText.Escape(r.Target.Display)}          "); } }
                }, cts.Token).GetAwaiter().GetResult();
                if (progress) { io.Err.WriteLine(); }
            }
            finally
            {
                if (console) { Console.CancelKeyPress -= onCancel; }
            }

            var evaluator = new TlsEvaluator(s.Context, new CertificateChainJudge(s.Context, type));
            var results = scans.Select(r => evaluator.Evaluate(r, type)).ToList();
            var errors = results.Where(r => !r.Scan.Protocols.Any(p => p.Supported) && r.Scan.Errors.Count > 0)
                .Select(r => new ReportError(r.Scan.Target.Display, TlsTargetResult.ErrorCode(r.Scan.Errors[0].Kind), r.Scan.Errors[0].Message))
                .ToList();
            var settings = s.ReportSettings with { GuidelineType = type };
            var report = new Report("tls", settings, results, errors);
            var fmt = s.Format switch { "json" => ReportFormat.Json, "sarif" => ReportFormat.Sarif, "markdown" => ReportFormat.Markdown, "html" => ReportFormat.Html, _ => ReportFormat.Table };
            ReportSummary summary;
            if (pr.GetValue(output) is { } of)
            {
                using var fs = new FileStream(of.FullName, FileMode.Create, FileAccess.Write, FileShare.None);
                summary = ReportWriter.Write(report, fmt, fs);
            }
            else
            {
                using var o = io.OpenOut();
                summary = ReportWriter.Write(report, fmt, o);
                o.Flush();
            }
            if (cts.IsCancellationRequested) { io.Err.WriteLine("cryptrec-check: scan cancelled; the report holds what was found so far."); }
            return summary.ExitCode;
        });
        return cmd;
    }

    /// <summary>Scans and writes one compact JSON object per target and line, as each finishes; nothing is retained.</summary>
    private static int StreamJsonLines(List<TlsTarget> list, TlsScanOptions options, Settings s, TlsGuidelineType type, FileInfo? output, CliOutput io)
    {
        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cts.Cancel(); };
        var console = ReferenceEquals(io.Err, Console.Error);
        if (console) { Console.CancelKeyPress += onCancel; }
        var evaluator = new TlsEvaluator(s.Context, new CertificateChainJudge(s.Context, type));
        var context = s.ReportSettings.Context;
        var noncompliant = 0;
        var failed = 0;
        try
        {
            using var stream = output != null ? new FileStream(output.FullName, FileMode.Create, FileAccess.Write, FileShare.None) : io.OpenOut();
            var newline = new byte[] { (byte)'\n' };
            new TlsScanner(options).ScanStreamAsync(list, async (_, scan) =>
            {
                var judged = evaluator.Evaluate(scan, type);
                if (!judged.Scan.Protocols.Any(p => p.Supported) && judged.Scan.Errors.Count > 0) { failed++; }
                else if (!judged.IsCompliant) { noncompliant++; }
                using (var w = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    judged.WriteJson(w, context);
                }
                await stream.WriteAsync(newline);
                await stream.FlushAsync();
            }, cts.Token).GetAwaiter().GetResult();
        }
        finally
        {
            if (console) { Console.CancelKeyPress -= onCancel; }
        }
        if (cts.IsCancellationRequested) { io.Err.WriteLine("cryptrec-check: scan cancelled; the lines written hold what was found so far."); }
        return failed > 0 ? ExitCodes.UsageError : noncompliant > 0 ? ExitCodes.Noncompliant : ExitCodes.Compliant;
    }

    /// <summary>(I, N) from "I/N", 0 &lt;= I &lt; N.</summary>
    internal static (int Index, int Count)? ParseShard(string v)
    {
        var parts = v.Split('/');
        if (parts.Length != 2) { return null; }
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)) { return null; }
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) { return null; }
        return n is >= 1 and <= 100_000 && i < n ? (i, n) : null;
    }

    /// <summary>The slice of a Kubernetes Indexed Job: JOB_COMPLETION_INDEX (set by Kubernetes) and JOB_COMPLETIONS (set in the manifest).</summary>
    private static (int Index, int Count)? ShardFromEnvironment()
    {
        var i = Environment.GetEnvironmentVariable("JOB_COMPLETION_INDEX");
        var n = Environment.GetEnvironmentVariable("JOB_COMPLETIONS");
        return i != null && n != null ? ParseShard(i + "/" + n) : null;
    }

    private static Option<string?> IntOption(string name, string description, int min, int max)
    {
        var o = new Option<string?>(name) { Description = description };
        o.Validators.Add(r =>
        {
            var v = r.Tokens.Count > 0 ? r.Tokens[^1].Value : null;
            if (v != null && (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max))
            {
                r.AddError($"{name}: \"{TerminalText.Escape(v)}\" is not a whole number in {min}..{max}.");
            }
        });
        return o;
    }

    internal static double? ParseSeconds(string v) =>
        double.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d >= 0.1 && d <= 300 ? d : null;

    internal static double? ParseRate(string v) =>
        double.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d >= 0.1 && d <= 100_000 ? d : null;

    private static IEnumerable<string> ReadTargets(FileInfo f)
    {
        if (f.Exists && f.Length > 16 * 1024 * 1024) { throw new InvalidDataException("the file is larger than 16 MiB"); }
        var list = new List<string>();
        string text;
        using (var stream = Inputs.BoundedInput.Open(f.FullName)) // a FIFO with no writer: an error after a few seconds, not a hang
        {
            // Decoded leniently, as before: a comment line in Latin-1 is not a reason to refuse the list.
            text = new System.Text.UTF8Encoding(false, false).GetString(Inputs.BoundedInput.ReadBytes(stream, f.FullName, 16 * 1024 * 1024, rejectNul: false));
        }
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length == 0 || t.StartsWith('#')) { continue; }
            if (list.Count >= MaxTargets) { throw new InvalidDataException($"more than {MaxTargets} targets"); }
            list.Add(t);
        }
        return list;
    }
}
