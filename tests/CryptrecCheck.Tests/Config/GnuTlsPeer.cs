using System.Diagnostics;

namespace CryptrecCheck.Tests.Config;

/// <summary>Runs the installed `gnutls-cli --priority … --list` with an empty system priority file, so that a host's
/// /etc/gnutls/config cannot change what the peer answers. .ci/run installs gnutls-bin.</summary>
internal static class GnuTlsPeer
{
    private static readonly Lazy<string> EmptyConfig = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"cryptrec-empty-gnutls-{Environment.ProcessId}.config");
        File.WriteAllText(path, "# empty: no system-wide priorities\n");
        return path;
    });

    internal static bool Available()
    {
        try
        {
            return Run("--version").Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("gnutls-cli") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) { psi.ArgumentList.Add(a); }
        psi.Environment["GNUTLS_SYSTEM_PRIORITY_FILE"] = EmptyConfig.Value;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(20_000)) { p.Kill(true); throw new TimeoutException("gnutls-cli did not answer within 20 s: " + string.Join(' ', args)); }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>What `gnutls-cli --priority P --list` prints: suite codes in order, protocols, groups; null when GnuTLS rejects P.</summary>
    internal static (List<int> Suites, List<string> Protocols, List<string> Groups)? List(string priority)
    {
        var (code, output, _) = Run("--priority", priority, "--list");
        if (code != 0) { return null; }
        var suites = new List<int>();
        var protocols = new List<string>();
        var groups = new List<string>();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var tab = line.Split('\t');
            if (tab.Length >= 3 && tab[1].StartsWith("0x", StringComparison.Ordinal))
            {
                var b = tab[1].Split(',', StringSplitOptions.TrimEntries);
                suites.Add((Convert.ToInt32(b[0], 16) << 8) | Convert.ToInt32(b[1], 16));
            }
            else if (line.StartsWith("Protocols: ", StringComparison.Ordinal))
            {
                protocols.AddRange(Items(line, "VERS-"));
            }
            else if (line.StartsWith("Groups: ", StringComparison.Ordinal))
            {
                groups.AddRange(Items(line, "GROUP-"));
            }
        }
        return (suites, protocols, groups);
    }

    private static IEnumerable<string> Items(string line, string prefix)
    {
        var rest = line.Substring(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim();
        if (rest == "none") { yield break; }
        foreach (var item in rest.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            yield return item.StartsWith(prefix, StringComparison.Ordinal) ? item.Substring(prefix.Length) : item;
        }
    }
}
