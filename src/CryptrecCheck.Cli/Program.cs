using System.CommandLine;
using System.Text;
using CryptrecCheck.Cli.Commands;
using CryptrecCheck.Reporting;

namespace CryptrecCheck.Cli;

/// <summary>Entry point of cryptrec-check.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var root = new RootCommand(
            "cryptrec-check: is our cryptography on the CRYPTREC Ciphers List? / CRYPTREC 暗号リストへの適合を確認する。\n" +
            "Statuses: recommended, recommended-pqc, candidate, monitored, not-listed, unknown.\n" +
            "Exit codes: 0 compliant, 1 noncompliant or unknown, 2 usage or input error.")
        {
            ListCommand.Create(),
            ExplainCommand.Create(() => DateTime.UtcNow),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) { Console.Error.WriteLine($"cryptrec-check: {e.Message}"); }
            Console.Error.WriteLine("Run 'cryptrec-check --help' for usage.");
            return ExitCodes.UsageError;
        }
        try
        {
            return parse.Invoke();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"cryptrec-check: {e.Message}");
            return ExitCodes.UsageError;
        }
    }
}
