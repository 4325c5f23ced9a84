using System.Diagnostics;

namespace CryptrecCheck.Tests.Config;

/// <summary>Runs the installed `openssl` with an empty configuration file, so that a system-wide CipherString or
/// MinProtocol cannot change what the peer answers. .ci/run installs openssl.</summary>
internal static class OpenSslPeer
{
    private static readonly Lazy<string> EmptyConf = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"cryptrec-empty-openssl-{Environment.ProcessId}.cnf");
        File.WriteAllText(path, "# empty: no system_default section\n");
        return path;
    });

    internal static bool Available()
    {
        try
        {
            var (code, _, _) = Run("version");
            return code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    internal static (int Code, string Out, string Err) Run(params string[] args) => RunWithConfig(EmptyConf.Value, args);

    /// <summary>Runs openssl with <paramref name="config"/> as its configuration file (OPENSSL_CONF).</summary>
    internal static (int Code, string Out, string Err) RunWithConfig(string config, params string[] args)
    {
        var psi = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) { psi.ArgumentList.Add(a); }
        psi.Environment["OPENSSL_CONF"] = config;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(20_000)) { p.Kill(true); throw new TimeoutException("openssl did not answer within 20 s: " + string.Join(' ', args)); }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>`openssl ciphers [-s] -stdname STRING`, split into the TLS 1.3 suites and the rest (standard names); null when
    /// openssl rejects the string.</summary>
    internal static (List<string> Tls13, List<string> Tls12)? Ciphers(string cipherString, bool supportedOnly)
    {
        var args = new List<string> { "ciphers" };
        if (supportedOnly) { args.Add("-s"); }
        args.Add("-stdname");
        args.Add("--");
        args.Add(cipherString);
        var (code, output, _) = Run(args.ToArray());
        if (code != 0) { return null; }
        var tls13 = new List<string>();
        var tls12 = new List<string>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var std = line.Split(" - ", 2)[0].Trim();
            (std.Contains("_WITH_", StringComparison.Ordinal) ? tls12 : tls13).Add(std);
        }
        return (tls13, tls12);
    }
}
