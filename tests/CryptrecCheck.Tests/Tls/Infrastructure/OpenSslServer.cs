using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>
/// An <c>openssl s_server</c> on a loopback port chosen by the kernel (-accept 127.0.0.1:0; the server prints the port).
/// Its command line is the ground truth of a test. Killed on dispose.
/// </summary>
internal sealed class OpenSslServer : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = new();

    private OpenSslServer(Process p, int port, string host)
    {
        _process = p;
        Port = port;
        Host = host;
    }

    internal int Port { get; }

    internal string Host { get; }

    internal string Target => (Host.Contains(':') ? "[" + Host + "]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Starts s_server with the given certificate and extra arguments and waits until it accepts.</summary>
    /// <param name="legacy">Run without the system openssl.cnf (Debian sets MinProtocol = TLSv1.2 there), so that
    /// <c>@SECLEVEL=0</c> cipher strings can enable TLS 1.0 and 1.1.</param>
    internal static OpenSslServer Start(TestCertificates.Kind kind, string args, string host = "127.0.0.1", bool legacy = false)
    {
        var (cert, key) = TestCertificates.Get(kind);
        var accept = host.Contains(':') ? $"[{host}]:0" : $"{host}:0";
        var psi = new ProcessStartInfo("openssl", $"s_server -accept {accept} -cert {cert} -key {key} -ign_eof {args}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (legacy) { psi.Environment["OPENSSL_CONF"] = "/dev/null"; }
        var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start openssl s_server");
        var ready = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new List<string>();
        void OnLine(string? line)
        {
            if (line == null) { ready.TrySetException(new InvalidOperationException("s_server exited: " + string.Join(" | ", lines))); return; }
            lock (lines) { if (lines.Count < 200) { lines.Add(line); } }
            var m = Regex.Match(line, @"^ACCEPT .*:(\d+)$");
            if (m.Success) { ready.TrySetResult(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)); }
        }
        p.OutputDataReceived += (_, e) => OnLine(e.Data);
        p.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (lines) { if (lines.Count < 200) { lines.Add(e.Data); } } } };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!ready.Task.Wait(TimeSpan.FromSeconds(15)))
        {
            p.Kill(true);
            throw new TimeoutException("s_server did not start: " + string.Join(" | ", lines));
        }
        var server = new OpenSslServer(p, ready.Task.Result, host);
        server._output.AddRange(lines);
        return server;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) { _process.Kill(entireProcessTree: true); }
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
