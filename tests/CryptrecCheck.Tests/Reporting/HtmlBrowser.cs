using System.Diagnostics;
using Xunit;

namespace CryptrecCheck.Tests.Reporting;

/// <summary>Debian's chromium, driven headless directly (no driver, no downloaded browser). Every run has its own
/// profile directory, no network services, a 60 s timeout, and its console log captured.</summary>
internal static class HtmlBrowser
{
    internal static readonly string? Path = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>Runs chromium on the file with the given extra arguments; returns stdout, the console log and the time taken.</summary>
    internal static (string Out, string Log, TimeSpan Elapsed) Run(string file, params string[] args)
    {
        var profile = Directory.CreateTempSubdirectory("cryptrec-chromium-");
        try
        {
            var psi = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not installed"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile.FullName,
                     })
            {
                psi.ArgumentList.Add(a);
            }
            foreach (var a in args) { psi.ArgumentList.Add(a); }
            psi.ArgumentList.Add(new Uri(System.IO.Path.GetFullPath(file)).AbsoluteUri);
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                p.Kill(true);
                throw new TimeoutException("chromium did not finish within 60 s on " + file);
            }
            Task.WaitAll(stdout, stderr);
            return (stdout.Result, stderr.Result, sw.Elapsed);
        }
        finally
        {
            try { profile.Delete(true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Console lines that mean the page raised an error or the CSP blocked something. The report runs no
    /// script, so any console message of the page counts (chromium logs them as <c>CONSOLE</c> lines; CSP blocks read
    /// "Refused to ..." or "... violates the following Content Security Policy directive").</summary>
    internal static IEnumerable<string> ConsoleErrors(string log) =>
        log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)
                                   || l.Contains("Refused to", StringComparison.Ordinal) || l.Contains("Content Security Policy", StringComparison.Ordinal));
}

/// <summary>A fact that needs the real browser: skipped, with the reason, when chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HtmlBrowser.Path == null) { Skip = "chromium is not installed (apt-get install -y chromium; .ci/run installs it)"; }
    }
}
