using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>
/// A <c>gnutls-serv</c> (Debian gnutls-bin) for what OpenSSL 3.0 cannot serve (3DES, Camellia-GCM, ...). gnutls-serv
/// cannot report a kernel-chosen port, so a free port is taken from the kernel first and handed to it (retried if
/// someone else grabs it). It listens on the wildcard address (it has no bind option); the tests connect to 127.0.0.1
/// only and the server lives for one test.
/// </summary>
internal sealed class GnuTlsServer : IDisposable
{
    private readonly Process _process;

    private GnuTlsServer(Process p, int port)
    {
        _process = p;
        Port = port;
    }

    internal int Port { get; }

    internal string Target => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    internal static bool Available => ExternalTool.Exists("gnutls-serv") && ExternalTool.Exists("gnutls-cli");

    internal static GnuTlsServer Start(TestCertificates.Kind kind, string priority)
    {
        var (cert, key) = TestCertificates.Get(kind);
        for (var attempt = 0; ; attempt++)
        {
            var port = DaemonServer.FreePorts(1)[0];
            var psi = new ProcessStartInfo("gnutls-serv", $"-p {port} --echo -a --x509certfile={cert} --x509keyfile={key} --priority={priority}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start gnutls-serv");
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (DateTime.UtcNow < deadline && !p.HasExited)
            {
                if (DaemonServer.Listening(port)) { return new GnuTlsServer(p, port); }
                Thread.Sleep(50);
            }
            if (!p.HasExited) { p.Kill(true); }
            if (attempt == 2) { throw new InvalidOperationException($"gnutls-serv did not start on port {port} (priority {priority})"); }
        }
    }

    /// <summary>Ground truth: the suites GnuTLS itself lists for a priority string, with the lowest version of each.</summary>
    internal static IReadOnlyList<(int Code, string MinVersion)> SuitesOf(string priority)
    {
        var text = ExternalTool.Run("gnutls-cli", $"-l --priority={priority}");
        var list = new List<(int, string)>();
        foreach (Match m in Regex.Matches(text, @"^\S+\s+0x([0-9a-f]{2}), 0x([0-9a-f]{2})\s+(\S+)\s*$", RegexOptions.Multiline))
        {
            list.Add((int.Parse(m.Groups[1].Value + m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture), m.Groups[3].Value));
        }
        return list;
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
