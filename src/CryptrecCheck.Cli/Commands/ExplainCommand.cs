using System.CommandLine;
using CryptrecCheck.Policy;
using CryptrecCheck.PolicyFiles;
using CryptrecCheck.Inputs;
using CryptrecCheck.Reporting;
using CryptrecCheck.Results;

namespace CryptrecCheck.Cli.Commands;

/// <summary><c>cryptrec-check explain &lt;name&gt;...</c>: resolves each name and prints its CRYPTREC verdict.</summary>
internal static class ExplainCommand
{
    /// <summary>Names read from one input file, at most.</summary>
    internal const int MaxNamesFromFile = 1_000_000;

    /// <summary>Bytes read from one input file, at most.</summary>
    internal const long MaxInputBytes = 64L << 20;

    /// <summary>Characters in one line of an input file, at most (a name has at most 256).</summary>
    internal const int MaxLineChars = 4096;

    internal static Command Create(Func<DateTime> today, CliOutput io)
    {
        var names = new Argument<string[]>("names")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Names to explain: algorithms and modes (AES/ECB/PKCS7PADDING, HMAC-SHA1, RSA-1024), .NET and BouncyCastle " +
                          "types (SHA1Managed, DesEngine), OIDs (1.2.840.113549.1.1.5), JCA/OpenSSL names (SHA256withRSA, aes-128-gcm), " +
                          "curves (secp256k1), TLS suites by name or code (TLS_RSA_WITH_3DES_EDE_CBC_SHA, 0xC02F), groups, signature schemes, protocol versions.",
        };
        var inputFile = new Option<FileInfo?>("--input-file", "-i")
        {
            Description = "Read further names from this file, one per line; blank lines and lines starting with # are skipped. Use - for standard input.",
        };
        var format = CommonOptions.ReportFormat();
        var lang = CommonOptions.Lang();
        var edition = CommonOptions.Edition();
        var asOf = CommonOptions.AsOf();
        var endYear = CommonOptions.OperationEndYear();
        var tlsType = CommonOptions.TlsType();
        var failOn = CommonOptions.FailOn();
        var policy = CommonOptions.Policy();

        var cmd = new Command("explain", "Resolve each name and print its CRYPTREC status, the reasons and their citations. " +
                                         "Exit code: 0 all compliant, 1 something noncompliant or unknown, 2 usage or input error.")
        {
            names, inputFile, format, lang, edition, asOf, endYear, tlsType, failOn, policy,
        };
        cmd.SetAction(pr =>
        {
            if (Settings.TryFrom(pr, format, lang, edition, asOf, endYear, tlsType, failOn, policy, today(), io) is not { } s)
            {
                return ExitCodes.UsageError;
            }

            // Pasted lists and OpenSSL cipher strings are taken apart into names (issue 11, Config/PastedInput.cs).
            var given = (pr.GetValue(names) ?? Array.Empty<string>()).SelectMany(Config.PastedInput.Expand).ToArray();
            var file = pr.GetValue(inputFile);
            Stream? fileStream = null;
            if (file != null)
            {
                try
                {
                    fileStream = BoundedInput.Open(file.Name == "-" && !file.Exists ? "-" : file.FullName);
                }
                catch (InputException e)
                {
                    io.Err.WriteLine($"cryptrec-check: cannot read names: {TerminalText.Escape(e.Message)}");
                    return ExitCodes.UsageError;
                }
            }
            if (given.Length == 0 && fileStream == null)
            {
                io.Err.WriteLine("cryptrec-check explain: give at least one name, or --input-file. See 'cryptrec-check explain --help'.");
                return ExitCodes.UsageError;
            }

            // Names are read, judged and written one at a time: memory stays flat whatever the count.
            using (fileStream)
            {
                var run = new Run(given, fileStream, file?.FullName ?? "-", new PolicyEngine(s.Context), s.Report);
                switch (s.Format)
                {
                    case "json":
                        using (var o = io.OpenOut())
                        {
                            JsonReport.WriteExplanations(o, run.Explanations(), s.Report);
                            o.Flush();
                        }
                        io.Out.WriteLine();
                        break;
                    case "sarif":
                    case "markdown":
                    case "html":
                        using (var o = io.OpenOut())
                        {
                            var report = new Report("explain", s.ReportSettings, run.Explanations().Select(e => (IReportResult)new NameResult(e)));
                            ReportWriter.Write(report, s.Format == "sarif" ? ReportFormat.Sarif : s.Format == "html" ? ReportFormat.Html : ReportFormat.Markdown, o);
                            o.Flush();
                        }
                        break;
                    default:
                        TextReport.WriteExplanations(io.Out, run.Explanations(), s.Report);
                        break;
                }
                var ja = s.ReportSettings.Japanese;
                foreach (var e in run.InputErrors)
                {
                    io.Err.WriteLine(ja ? $"cryptrec-check: 入力エラー「{TerminalText.Escape(e.Input)}」: {e.Error}" : $"cryptrec-check: input error in \"{TerminalText.Escape(e.Input)}\": {e.Error}");
                }
                if (run.ReadError != null)
                {
                    io.Err.WriteLine(ja ? $"cryptrec-check: 名前を読めません: {TerminalText.Escape(run.ReadError.Message)}" : $"cryptrec-check: cannot read names: {TerminalText.Escape(run.ReadError.Message)}");
                    return ExitCodes.UsageError;
                }
                if (run.InputErrors.Count > 0) { return ExitCodes.UsageError; }
                if (run.Count == 0)
                {
                    io.Err.WriteLine("cryptrec-check explain: the input file holds no names.");
                    return ExitCodes.UsageError;
                }
                return run.Noncompliant > 0 ? ExitCodes.Noncompliant : ExitCodes.Compliant;
            }
        });
        return cmd;
    }

    /// <summary>One pass over the names: explanations produced lazily, with the counts the exit code needs. Input
    /// errors are kept (at most a screenful is printed), a read error of the file ends the sequence cleanly.</summary>
    private sealed class Run
    {
        private const int MaxErrorsKept = 100;
        private readonly string[] _given;
        private readonly Stream? _file;
        private readonly string _path;
        private readonly PolicyEngine _engine;
        private readonly ReportOptions _options;

        internal Run(string[] given, Stream? file, string path, PolicyEngine engine, ReportOptions options)
        {
            _given = given;
            _file = file;
            _path = path;
            _engine = engine;
            _options = options;
        }

        internal int Count { get; private set; }
        internal int Noncompliant { get; private set; }
        internal List<Explanation> InputErrors { get; } = new();
        internal InputException? ReadError { get; private set; }

        internal IEnumerable<Explanation> Explanations()
        {
            foreach (var n in Names())
            {
                var e = _engine.Explain(n);
                Count++;
                if (e.Error != null) { if (InputErrors.Count < MaxErrorsKept) { InputErrors.Add(e); } }
                else if (!Compliance.IsCompliant(e.Verdict, _options)) { Noncompliant++; }
                yield return e;
            }
        }

        private IEnumerable<string> Names()
        {
            foreach (var g in _given) { yield return g; }
            if (_file == null) { yield break; }
            using var lines = BoundedInput.ReadLines(_file, _path, MaxInputBytes, MaxLineChars).GetEnumerator();
            var taken = 0;
            while (true)
            {
                string text;
                try
                {
                    if (!lines.MoveNext()) { yield break; }
                    text = lines.Current.Text.Trim();
                    if (text.Length == 0 || text[0] == '#') { continue; }
                    if (++taken > MaxNamesFromFile) { throw new InputException(_path, lines.Current.Line, $"more than {MaxNamesFromFile} names"); }
                }
                catch (InputException e)
                {
                    ReadError = e;
                    yield break;
                }
                yield return text;
            }
        }
    }
}
