using System.Globalization;
using Xunit;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>A real nginx (Debian package) on 127.0.0.1 serving HTTPS from a configuration written here: port 0 sends
/// the given Strict-Transport-Security header (always), port 1 sends none.</summary>
internal static class NginxServer
{
    internal static DaemonServer Start(string hsts)
    {
        Assert.True(File.Exists("/usr/sbin/nginx"), "/usr/sbin/nginx is required (apt-get install nginx; .ci/run installs it)");
        var dir = DaemonServer.NewDirectory("nginx");
        var (cert, key) = TestCertificates.Get(TestCertificates.Kind.Rsa2048);
        Directory.CreateDirectory(Path.Combine(dir, "tmp"));
        var ports = DaemonServer.FreePorts(2);
        string P(int i) => ports[i].ToString(CultureInfo.InvariantCulture);
        var conf = Path.Combine(dir, "nginx.conf");
        File.WriteAllText(conf, Configuration(dir, $$"""
              ssl_certificate {{cert}};
              ssl_certificate_key {{key}};
              server {
                listen 127.0.0.1:{{P(0)}} ssl;
                add_header Strict-Transport-Security "{{hsts}}" always;
                location / { return 200 "with hsts\n"; }
              }
              server {
                listen 127.0.0.1:{{P(1)}} ssl;
                location / { return 200 "without hsts\n"; }
              }
            """));
        return DaemonServer.Start("/usr/sbin/nginx", $"-p {dir} -c {conf} -e {dir}/error.log", dir, ports);
    }

    /// <summary>A whole nginx.conf for a foreground nginx whose files all live in <paramref name="dir"/> (which must hold a
    /// tmp/ directory), with <paramref name="http"/> inside its http block.</summary>
    internal static string Configuration(string dir, string http) => $$"""
        daemon off;
        user nobody nogroup;
        worker_processes 1;
        pid {{dir}}/nginx.pid;
        error_log {{dir}}/error.log;
        events { worker_connections 64; }
        http {
          access_log off;
          client_body_temp_path {{dir}}/tmp/body;
          proxy_temp_path {{dir}}/tmp/proxy;
          fastcgi_temp_path {{dir}}/tmp/fastcgi;
          uwsgi_temp_path {{dir}}/tmp/uwsgi;
          scgi_temp_path {{dir}}/tmp/scgi;
        {{http}}
        }

        """;
}
