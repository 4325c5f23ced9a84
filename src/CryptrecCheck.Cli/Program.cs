using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using CryptrecCheck.Cli.Commands;
using CryptrecCheck.Reporting;

namespace CryptrecCheck.Cli;

/// <summary>Entry point of cryptrec-check.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (!Console.IsOutputRedirected) { Console.OutputEncoding = Encoding.UTF8; }
        return Run(args, Console.Out, Console.Error, () => DateTime.UtcNow);
    }

    /// <summary>
    /// Tokens that look like options but are none of the command's (<c>explain --bogus</c>): the parser would take them
    /// as names. A name never starts with '-'; one that must can follow a lone <c>--</c>.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parse)
    {
        foreach (var t in parse.Tokens)
        {
            if (t.Type == TokenType.DoubleDash) { yield break; }
            if (t.Type == TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-' && !IsOptionValue(parse, t))
            {
                yield return $"unknown option '{t.Value}'.";
            }
        }
    }

    /// <summary>True when the token is the value of an option (e.g. <c>--input-file -x.txt</c>).</summary>
    private static bool IsOptionValue(ParseResult parse, Token t)
    {
        var tokens = parse.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], t)) { return tokens[i - 1].Type == TokenType.Option; }
        }
        return false;
    }

    /// <summary>Runs one command line, writing to the given writers; the date source is injectable for tests.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<DateTime> today)
    {
        var io = new CliOutput(stdout, stderr);
        var root = new RootCommand(
            "cryptrec-check: is our cryptography on the CRYPTREC Ciphers List? / CRYPTREC 暗号リストへの適合を確認する。\n" +
            "Statuses: recommended, recommended-pqc, candidate, monitored, not-listed, unknown.\n" +
            "Exit codes: 0 compliant, 1 noncompliant or unknown, 2 usage or input error.")
        {
            ListCommand.Create(io),
            ExplainCommand.Create(today, io),
            CertCommand.Create(today, io),
            TlsCommand.Create(today, io),
            MergeCommand.Create(today, io),
            ConfigCommand.Create(today, io),
            ReportCommand.Create(today, io),
            CodeCommand.Create(today, io),
        };
        // No response files: "@SECLEVEL=0:ALL" is an OpenSSL cipher string to explain, "@file" is never documented here.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var errors = parse.Errors.Select(e => e.Message).Concat(UnknownOptions(parse)).ToList();
        if (errors.Count > 0)
        {
            // The parser's own messages list choices on separate lines with tabs ("Must be one of:\n\t'table'…"); on one line,
            // so that the escaping of control characters (meant for input echoed back) does not show them as \u{000A}.
            foreach (var e in errors)
            {
                var oneLine = string.Join(" ", e.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
                stderr.WriteLine($"cryptrec-check: {TerminalText.Escape(oneLine)}");
            }
            stderr.WriteLine("Run 'cryptrec-check --help' for usage.");
            return ExitCodes.UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"cryptrec-check: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception e)
        {
            // A bug, not the user's fault: say so in one line instead of a stack trace.
            stderr.WriteLine($"cryptrec-check: internal error ({e.GetType().Name}): {e.Message}. Please report it with the command line.");
            return ExitCodes.UsageError;
        }
    }
}
