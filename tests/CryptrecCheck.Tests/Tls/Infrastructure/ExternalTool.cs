using System.Diagnostics;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>Runs a command-line tool to completion with a timeout; throws with its output when it fails.</summary>
internal static class ExternalTool
{
    internal static string Run(string file, string args, string? workDir = null, int timeoutMs = 60_000)
    {
        var psi = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Environment.CurrentDirectory,
        };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {args} did not finish in {timeoutMs} ms");
        }
        if (p.ExitCode != 0) { throw new InvalidOperationException($"{file} {args} exited {p.ExitCode}: {stderr.Result}{stdout.Result}"); }
        return stdout.Result;
    }

    internal static bool Exists(string file)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, file))) { return true; }
        }
        return false;
    }
}
