using System.Diagnostics;
using System.Globalization;
using CryptrecCheck.Config.GnuTls;
using CryptrecCheck.Config.OpenSsl;

namespace CryptrecCheck.Benchmarks;

/// <summary>A generated directory of configurations of every supported format (written here, not copied), with a
/// share of unrelated files, for timing `cryptrec-check config &lt;dir&gt;` end to end.</summary>
internal static class ConfigCorpus
{
    internal static void Write(string dir, int files)
    {
        var ciphers = new[] { "HIGH:!aNULL:!MD5", "ECDHE+AESGCM:ECDHE+CHACHA20", "DEFAULT:@SECLEVEL=2", "ALL:!EXPORT:!LOW:+RC4", "EECDH+AESGCM:EDH+AESGCM:AES256+EECDH" };
        for (var i = 0; i < files; i++)
        {
            var sub = Path.Combine(dir, (i / 500).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            var c = ciphers[i % ciphers.Length];
            var (name, text) = (i % 8) switch
            {
                0 => ($"site{i}.conf", $"server {{\n  listen 443 ssl;\n  ssl_certificate /etc/ssl/{i}.pem;\n  ssl_protocols TLSv1.2 TLSv1.3;\n  ssl_ciphers '{c}';\n}}\n"),
                1 => ($"vhost{i}.conf", $"<VirtualHost *:443>\n  SSLEngine on\n  SSLProtocol all -SSLv3 -TLSv1\n  SSLCipherSuite {c}\n</VirtualHost>\n"),
                2 => ($"haproxy{i}.cfg", $"global\n  ssl-default-bind-ciphers {c}\n  ssl-default-bind-options ssl-min-ver TLSv1.2\nfrontend f\n  bind :443 ssl crt /x.pem\n"),
                3 => ($"main{i}.cf", "smtpd_tls_security_level = may\nsmtpd_tls_protocols = !SSLv2, !SSLv3\nsmtpd_tls_mandatory_ciphers = high\n"),
                4 => ($"sshd{i}.conf", "PermitRootLogin no\nCiphers -chacha20*\nMACs -umac*\nKexAlgorithms +diffie-hellman-group14-sha1\n"),
                5 => ($"java{i}.security", "jdk.tls.disabledAlgorithms=SSLv3, TLSv1, RC4, DES, MD5withRSA, anon, NULL\n"),
                6 => ($"exim{i}.conf", "tls_advertise_hosts = *\ntls_require_ciphers = NORMAL:-VERS-TLS1.0:-VERS-TLS1.1:%SERVER_PRECEDENCE\n"),
                _ => ($"readme{i}.txt", "not a configuration\n"),
            };
            File.WriteAllText(Path.Combine(sub, name), text);
        }
    }

    /// <summary>Prints wall and process-CPU time per expansion for the strings of <see cref="ConfigBenchmarks"/> and
    /// <see cref="GnuTlsPriorityBenchmarks"/>.</summary>
    internal static int ExpandCpu(int n)
    {
        foreach (var s in new[] { "HIGH:!aNULL:!MD5", "DEFAULT:@SECLEVEL=2", "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM", "ALL:COMPLEMENTOFALL:@STRENGTH" })
        {
            var count = OpenSslCipherString.Expand(s).Selected.Count;
            for (var i = 0; i < 2000; i++) { OpenSslCipherString.Expand(s); }
            var self = Process.GetCurrentProcess();
            var cpu0 = self.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < n; i++) { OpenSslCipherString.Expand(s); }
            sw.Stop();
            self.Refresh();
            var cpu = self.TotalProcessorTime - cpu0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s} ({count} suites): {sw.Elapsed.TotalMilliseconds * 1000 / n:F2} µs wall, {cpu.TotalMilliseconds * 1000 / n:F2} µs CPU per expansion"));
        }
        // Warm every string up first, so that tiered JIT has finished with the shared code before any string is timed.
        for (var i = 0; i < 5000; i++) { foreach (var (p, _) in GnuTlsPriorityBenchmarks.Strings) { GnuTlsPriorityString.Expand(p); } }
        foreach (var (p, expected) in GnuTlsPriorityBenchmarks.Strings)
        {
            var count = GnuTlsPriorityString.Expand(p).Suites.Count;
            Check.True(count == expected, $"{p} enables {count} suites, gnutls-cli lists {expected}");
            for (var i = 0; i < 2000; i++) { GnuTlsPriorityString.Expand(p); }
            var self = Process.GetCurrentProcess();
            var cpu0 = self.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < n; i++) { GnuTlsPriorityString.Expand(p); }
            sw.Stop();
            self.Refresh();
            var cpu = self.TotalProcessorTime - cpu0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GnuTLS {p} ({count} suites): {sw.Elapsed.TotalMilliseconds * 1000 / n:F2} µs wall, {cpu.TotalMilliseconds * 1000 / n:F2} µs CPU per expansion"));
        }
        return 0;
    }
}
