using System.CommandLine;
using CryptrecCheck.Policy;
using CryptrecCheck.PolicyFiles;
using CryptrecCheck.Reporting;

namespace CryptrecCheck.Cli.Commands;

/// <summary><c>cryptrec-check explain &lt;name&gt;...</c>: resolves each name and prints its CRYPTREC verdict.</summary>
internal static class ExplainCommand
{
    /// <summary>Names read from one input file, at most.</summary>
    internal const int MaxNamesFromFile = 100_000;

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
        var format = CommonOptions.Format();
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
            Settings s;
            try
            {
                s = Settings.From(pr, format, lang, edition, asOf, endYear, tlsType, failOn, policy, today());
            }
            catch (PolicyFileException e)
            {
                io.Err.WriteLine($"cryptrec-check: policy file error: {e.Message}");
                return ExitCodes.UsageError;
            }

            var all = new List<string>(pr.GetValue(names) ?? Array.Empty<string>());
            if (pr.GetValue(inputFile) is { } f)
            {
                try
                {
                    all.AddRange(ReadNames(f));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
                {
                    io.Err.WriteLine($"cryptrec-check: cannot read names from {f.FullName}: {e.Message}");
                    return ExitCodes.UsageError;
                }
            }
            if (all.Count == 0)
            {
                io.Err.WriteLine("cryptrec-check explain: give at least one name, or --input-file. See 'cryptrec-check explain --help'.");
                return ExitCodes.UsageError;
            }

            var engine = new PolicyEngine(s.Context);
            var results = all.Select(engine.Explain).ToList();
            if (s.Json)
            {
                io.WriteJson(stream => JsonReport.WriteExplanations(stream, results, s.Report));
            }
            else
            {
                TextReport.WriteExplanations(io.Out, results, s.Report);
            }
            if (results.Any(r => r.Error != null))
            {
                foreach (var r in results.Where(r => r.Error != null)) { io.Err.WriteLine($"cryptrec-check: input error in \"{r.Input}\": {r.Error}"); }
                return ExitCodes.UsageError;
            }
            return results.All(r => Compliance.IsCompliant(r.Verdict, s.Report)) ? ExitCodes.Compliant : ExitCodes.Noncompliant;
        });
        return cmd;
    }

    private static IEnumerable<string> ReadNames(FileInfo f)
    {
        using var reader = f.Name == "-" && !f.Exists ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(f.FullName);
        var list = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            var t = line.Trim();
            if (t.Length == 0 || t.StartsWith('#')) { continue; }
            if (list.Count >= MaxNamesFromFile) { throw new InvalidDataException($"more than {MaxNamesFromFile} names"); }
            list.Add(t);
        }
        return list;
    }
}
