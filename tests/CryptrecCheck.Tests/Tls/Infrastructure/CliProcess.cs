using System.Diagnostics;
using System.Globalization;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>
/// Runs the real <c>cryptrec-check</c> (the CLI assembly built beside the tests) as a separate process through the
/// dotnet host, with a timeout. <see cref="RunSampled"/> also samples the process's memory while it runs.
/// </summary>
internal static class CliProcess
{
    private static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "cryptrec-check.dll");

    internal sealed record Outcome(int ExitCode, string Stdout, string Stderr, TimeSpan Wall, long PeakRssBytes, IReadOnlyList<Sample> Samples);

    /// <summary>One memory sample: seconds since start, lines in the output file so far, resident set size.</summary>
    internal sealed record Sample(double Seconds, int OutputLines, long RssBytes);

    internal static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo(Host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) { psi.ArgumentList.Add(a); }
        // The tests' own shard variables must not leak into a child unless a test sets them.
        psi.Environment.Remove("JOB_COMPLETION_INDEX");
        psi.Environment.Remove("JOB_COMPLETIONS");
        if (env != null) { foreach (var (k, v) in env) { psi.Environment[k] = v; } }
        var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start cryptrec-check");
        p.StandardInput.Close();
        return p;
    }

    /// <summary>Runs to completion. Samples VmRSS/VmHWM from /proc every <paramref name="sampleMs"/> ms, with the number
    /// of lines written to standard output so far (for <c>--format jsonl</c>, the targets finished). When
    /// <paramref name="stdoutFile"/> is given, standard output goes there (as a shell redirection would) and
    /// <see cref="Outcome.Stdout"/> is empty.</summary>
    internal static Outcome RunSampled(IEnumerable<string> args, string? stdoutFile = null, IReadOnlyDictionary<string, string>? env = null,
        int timeoutMs = 600_000, int sampleMs = 200)
    {
        var clock = Stopwatch.StartNew();
        using var p = Start(args, env);
        var lines = 0;
        var stdout = stdoutFile == null ? p.StandardOutput.ReadToEndAsync() : CopyCountingAsync(p.StandardOutput.BaseStream, stdoutFile, () => Interlocked.Increment(ref lines));
        var stderr = p.StandardError.ReadToEndAsync();
        var samples = new List<Sample>();
        long peak = 0;
        while (!p.WaitForExit(sampleMs))
        {
            if (clock.ElapsedMilliseconds > timeoutMs)
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException($"cryptrec-check {string.Join(' ', args)} did not finish in {timeoutMs} ms");
            }
            var (rss, hwm) = ReadMemory(p.Id);
            if (rss == 0) { continue; }
            peak = Math.Max(peak, hwm);
            samples.Add(new Sample(clock.Elapsed.TotalSeconds, Volatile.Read(ref lines), rss));
        }
        p.WaitForExit();
        stdout.Wait(TimeSpan.FromSeconds(30));
        clock.Stop();
        return new Outcome(p.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak, samples);
    }

    private static (long Rss, long Hwm) ReadMemory(int pid)
    {
        try
        {
            long rss = 0, hwm = 0;
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) { rss = Kilobytes(line); }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) { hwm = Kilobytes(line); }
            }
            return (rss, hwm);
        }
        catch (IOException)
        {
            return (0, 0); // the process ended between the wait and the read
        }
        catch (UnauthorizedAccessException)
        {
            return (0, 0);
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    private static async Task<string> CopyCountingAsync(Stream from, string file, Action onLine)
    {
        await using var to = File.Create(file);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await from.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read)).ConfigureAwait(false);
            for (var n = buffer.AsSpan(0, read).Count((byte)'\n'); n > 0; n--) { onLine(); }
        }
        return string.Empty;
    }
}
