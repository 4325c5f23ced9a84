using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>
/// A real server product (dovecot, vsftpd, slapd, prosody, postgres, nginx) run in the foreground from a configuration
/// written into a temp directory, listening on 127.0.0.1 at ports taken from the kernel first (these daemons cannot
/// report a kernel-chosen port). The configuration is the ground truth of a test. The process tree is killed and the
/// directory removed on dispose.
/// </summary>
internal sealed class DaemonServer : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output;

    private DaemonServer(Process p, string dir, int[] ports, List<string> output)
    {
        _process = p;
        Directory = dir;
        Ports = ports;
        _output = output;
    }

    /// <summary>The temp directory holding the configuration, certificates and state.</summary>
    internal string Directory { get; }

    internal IReadOnlyList<int> Ports { get; }

    internal string Target(int i = 0) => "127.0.0.1:" + Ports[i].ToString(CultureInfo.InvariantCulture);

    internal string Output { get { lock (_output) { return string.Join(" | ", _output); } } }

    /// <summary>A fresh temp directory for a daemon's files (world-readable, for daemons that drop privileges).</summary>
    internal static string NewDirectory(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"cryptrec-{name}-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Takes <paramref name="count"/> free loopback ports from the kernel.</summary>
    /// <summary>Ports free on 127.0.0.1 right now: all held open together so that they differ, then released.</summary>
    internal static int[] FreePorts(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var l = new TcpListener(IPAddress.Loopback, 0);
                l.Start();
                listeners.Add(l);
            }
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var l in listeners) { l.Stop(); }
        }
    }

    /// <summary>
    /// Starts <paramref name="file"/> with <paramref name="args"/> and waits until every port in <paramref name="ports"/>
    /// is listening (seen in /proc/net/tcp, without connecting). Throws with the daemon's output when it does not.
    /// </summary>
    internal static DaemonServer Start(string file, string args, string dir, int[] ports, TimeSpan? wait = null)
    {
        var psi = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = dir,
        };
        var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        var output = new List<string>();
        void Keep(string? line)
        {
            if (line == null) { return; }
            lock (output) { if (output.Count < 200) { output.Add(line); } }
        }
        p.OutputDataReceived += (_, e) => Keep(e.Data);
        p.ErrorDataReceived += (_, e) => Keep(e.Data);
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var server = new DaemonServer(p, dir, ports, output);
        var deadline = DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline && !p.HasExited)
        {
            if (ports.All(Listening)) { return server; }
            Thread.Sleep(50);
        }
        var why = p.HasExited ? $"exited with {p.ExitCode}" : "is not listening";
        server.Dispose();
        throw new InvalidOperationException($"{file} {args} {why} on {string.Join(",", ports)}: {server.Output}");
    }

    internal static bool Listening(int port)
    {
        // /proc/net/tcp lists listening sockets (state 0A) without opening a connection to the server.
        var hex = port.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var file in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(file)) { continue; }
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 3 && parts[1].EndsWith(":" + hex, StringComparison.Ordinal) && parts[3] == "0A") { return true; }
            }
        }
        return false;
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
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
