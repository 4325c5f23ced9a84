using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>
/// One nginx (the Debian package) serving TLS on many 127.0.0.1 ports: each port is a separate scan target. The
/// configuration written here is the ground truth (protocols and suites of every port). Ports are taken from the
/// kernel (bind to port 0, note, release) just before nginx starts; nginx runs in the foreground with its pid file and
/// logs in a temp directory and is killed on dispose.
/// </summary>
internal sealed class NginxFleet : IDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _dir;

    private NginxFleet(Process process, DirectoryInfo dir, IReadOnlyList<int> ports)
    {
        _process = process;
        _dir = dir;
        Ports = ports;
    }

    internal IReadOnlyList<int> Ports { get; }

    internal IEnumerable<string> Targets => Ports.Select(p => "127.0.0.1:" + p.ToString(CultureInfo.InvariantCulture));

    /// <summary>Starts nginx listening with TLS on <paramref name="count"/> loopback ports.</summary>
    /// <param name="tls12Ciphers">OpenSSL cipher string for TLS 1.2 (ssl_ciphers); TLS 1.3 keeps OpenSSL's three default suites.</param>
    internal static NginxFleet Start(int count, TestCertificates.Kind kind, string tls12Ciphers)
    {
        var (cert, key) = TestCertificates.Get(kind);
        var dir = Directory.CreateTempSubdirectory("cryptrec-nginx-");
        var ports = DaemonServer.FreePorts(count);
        var conf = new StringBuilder();
        conf.Append(CultureInfo.InvariantCulture, $"worker_processes 2;\npid {dir.FullName}/nginx.pid;\nerror_log {dir.FullName}/error.log warn;\n");
        conf.Append(CultureInfo.InvariantCulture, $"worker_rlimit_nofile {count + 4096};\nevents {{ worker_connections {count + 2048}; }}\n");
        conf.Append("http {\n  access_log off;\n");
        foreach (var t in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            conf.Append(CultureInfo.InvariantCulture, $"  {t}_temp_path {dir.FullName}/{t};\n");
        }
        conf.Append("  server {\n");
        foreach (var p in ports) { conf.Append(CultureInfo.InvariantCulture, $"    listen 127.0.0.1:{p} ssl;\n"); }
        conf.Append(CultureInfo.InvariantCulture, $"    ssl_certificate {cert};\n    ssl_certificate_key {key};\n");
        // Listed handshake signatures only (OpenSSL 3.0's default set also signs TLS 1.2 key exchanges with SHA-224).
        conf.Append(CultureInfo.InvariantCulture, $"    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_ciphers {tls12Ciphers};\n");
        conf.Append("    ssl_conf_command SignatureAlgorithms rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pkcs1_sha256:rsa_pkcs1_sha384:ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384;\n");
        conf.Append("    return 200 \"ok\";\n  }\n}\n");
        var confFile = Path.Combine(dir.FullName, "nginx.conf");
        File.WriteAllText(confFile, conf.ToString());

        var psi = new ProcessStartInfo("nginx", $"-e {dir.FullName}/error.log -p {dir.FullName} -c {confFile} -g \"daemon off;\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start nginx");
        var fleet = new NginxFleet(process, dir, ports);
        var deadline = Stopwatch.StartNew();
        // Ready when the last port of the list accepts (nginx binds all listeners before its workers start).
        while (true)
        {
            if (process.HasExited)
            {
                var log = File.Exists(Path.Combine(dir.FullName, "error.log")) ? File.ReadAllText(Path.Combine(dir.FullName, "error.log")) : string.Empty;
                fleet.Dispose();
                throw new InvalidOperationException($"nginx exited {process.ExitCode}: {process.StandardError.ReadToEnd()}{log}");
            }
            try
            {
                using var c = new TcpClient();
                c.Connect(IPAddress.Loopback, ports[^1]);
                break;
            }
            catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(20))
            {
                Thread.Sleep(100);
            }
        }
        return fleet;
    }

    /// <summary>CPU seconds (user + system) used so far by the nginx master and its workers.</summary>
    internal double CpuSeconds()
    {
        var total = CliProcess.CpuSeconds(_process.Id);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && CliProcess.ParentPid(pid) == _process.Id)
            {
                total += CliProcess.CpuSeconds(pid);
            }
        }
        return total;
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
        try { _dir.Delete(true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
