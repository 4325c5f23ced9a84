using System.Globalization;
using Xunit;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>
/// The real servers behind STARTTLS (Debian packages, installed by .ci/run): dovecot (IMAP and POP3), vsftpd (FTP
/// AUTH TLS), slapd (LDAP StartTLS, GnuTLS), prosody (XMPP) and postgres (SSLRequest). Each runs in the foreground on
/// 127.0.0.1 from a configuration written here; its TLS settings are the test's ground truth.
/// </summary>
internal static class StartTlsDaemons
{
    private static string P(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static void Require(string path, string package) =>
        Assert.True(File.Exists(path), $"{path} is required (apt-get install {package}; .ci/run installs it)");

    private static (string Cert, string Key) CopyCertificate(string dir, string? owner = null)
    {
        var (cert, key) = TestCertificates.Get(TestCertificates.Kind.Rsa2048);
        var c = Path.Combine(dir, "server.crt");
        var k = Path.Combine(dir, "server.key");
        File.Copy(cert, c, true);
        File.Copy(key, k, true);
        if (owner != null) { ExternalTool.Run("chown", $"{owner} {c} {k}"); }
        ExternalTool.Run("chmod", $"600 {k}"); // postgres refuses a key readable by others
        return (c, k);
    }

    /// <summary>dovecot with IMAP on Ports[0] and POP3 on Ports[1] (STARTTLS/STLS; no imaps/pop3s).</summary>
    internal static DaemonServer Dovecot(string cipherList, string tls13Suites, string minProtocol = "TLSv1.2")
    {
        Require("/usr/sbin/dovecot", "dovecot-imapd dovecot-pop3d");
        var dir = DaemonServer.NewDirectory("dovecot");
        var (cert, key) = CopyCertificate(dir);
        Directory.CreateDirectory(Path.Combine(dir, "run"));
        Directory.CreateDirectory(Path.Combine(dir, "state"));
        var ports = DaemonServer.FreePorts(2);
        var conf = Path.Combine(dir, "dovecot.conf");
        File.WriteAllText(conf, $$"""
            protocols = imap pop3
            listen = 127.0.0.1
            base_dir = {{dir}}/run
            state_dir = {{dir}}/state
            log_path = {{dir}}/dovecot.log
            ssl = yes
            ssl_cert = <{{cert}}
            ssl_key = <{{key}}
            ssl_min_protocol = {{minProtocol}}
            ssl_cipher_list = {{cipherList}}
            ssl_cipher_suites = {{tls13Suites}}
            auth_mechanisms = plain
            passdb {
              driver = static
              args = nopassword
            }
            userdb {
              driver = static
              args = uid=nobody gid=nogroup home={{dir}}/home
            }
            service imap-login {
              inet_listener imap {
                port = {{P(ports[0])}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service pop3-login {
              inet_listener pop3 {
                port = {{P(ports[1])}}
              }
              inet_listener pop3s {
                port = 0
              }
            }

            """);
        return DaemonServer.Start("/usr/sbin/dovecot", $"-F -c {conf}", dir, ports);
    }

    /// <summary>vsftpd answering AUTH TLS; TLS 1.3 suites are OpenSSL's defaults (vsftpd 3.0.3 has no option for them).</summary>
    internal static DaemonServer Vsftpd(string cipherList, bool ssl = true)
    {
        Require("/usr/sbin/vsftpd", "vsftpd");
        var dir = DaemonServer.NewDirectory("vsftpd");
        var (cert, key) = CopyCertificate(dir);
        Directory.CreateDirectory(Path.Combine(dir, "empty"));
        var ports = DaemonServer.FreePorts(1);
        var conf = Path.Combine(dir, "vsftpd.conf");
        File.WriteAllText(conf, $"""
            listen=YES
            listen_address=127.0.0.1
            listen_port={P(ports[0])}
            background=NO
            anonymous_enable=YES
            ftp_username=nobody
            anon_root={dir}/empty
            allow_anon_ssl=YES
            local_enable=NO
            ssl_enable={(ssl ? "YES" : "NO")}
            rsa_cert_file={cert}
            rsa_private_key_file={key}
            ssl_sslv2=NO
            ssl_sslv3=NO
            ssl_ciphers={cipherList}
            require_ssl_reuse=NO
            secure_chroot_dir={dir}/empty
            seccomp_sandbox=NO
            max_per_ip=0
            max_clients=0
            xferlog_enable=NO
            vsftpd_log_file=/dev/null

            """);
        // vsftpd refuses a configuration file not owned by the user running it; this one is ours.
        return DaemonServer.Start("/usr/sbin/vsftpd", conf, dir, ports);
    }

    /// <summary>slapd (Debian's is linked with GnuTLS) with no database: enough for the StartTLS extended operation.</summary>
    internal static DaemonServer Slapd(string gnutlsPriority)
    {
        Require("/usr/sbin/slapd", "slapd");
        var dir = DaemonServer.NewDirectory("slapd");
        var (cert, key) = CopyCertificate(dir);
        var ports = DaemonServer.FreePorts(1);
        var conf = Path.Combine(dir, "slapd.conf");
        File.WriteAllText(conf, $"""
            pidfile {dir}/slapd.pid
            argsfile {dir}/slapd.args
            TLSCertificateFile {cert}
            TLSCertificateKeyFile {key}
            TLSCipherSuite {gnutlsPriority}

            """);
        return DaemonServer.Start("/usr/sbin/slapd", $"-d 0 -h ldap://127.0.0.1:{P(ports[0])}/ -f {conf}", dir, ports);
    }

    /// <summary>prosody with client-to-server STARTTLS only (luasec, OpenSSL) for the virtual host localhost.</summary>
    internal static DaemonServer Prosody(string protocol, string cipherList)
    {
        Require("/usr/bin/prosody", "prosody");
        var dir = DaemonServer.NewDirectory("prosody");
        var (cert, key) = CopyCertificate(dir);
        Directory.CreateDirectory(Path.Combine(dir, "data"));
        var ports = DaemonServer.FreePorts(1);
        var conf = Path.Combine(dir, "prosody.cfg.lua");
        File.WriteAllText(conf, $$"""
            run_as_root = true
            daemonize = false
            pidfile = "{{dir}}/prosody.pid"
            data_path = "{{dir}}/data"
            interfaces = { "127.0.0.1" }
            c2s_ports = { {{P(ports[0])}} }
            c2s_direct_tls_ports = {}
            s2s_ports = {}
            http_ports = {}
            https_ports = {}
            modules_enabled = { "tls", "saslauth" }
            modules_disabled = { "s2s", "posix" }
            log = { info = "{{dir}}/prosody.log", error = "{{dir}}/prosody.log" }
            ssl = {
              certificate = "{{cert}}",
              key = "{{key}}",
              protocol = "{{protocol}}",
              ciphers = "{{cipherList}}",
            }
            c2s_require_encryption = true
            authentication = "anonymous"
            VirtualHost "localhost"

            """);
        return DaemonServer.Start("/usr/bin/prosody", $"--config {conf} -F", dir, ports);
    }

    /// <summary>postgres (initdb'd here, run as the postgres user: it refuses to run as root) answering SSLRequest.</summary>
    internal static DaemonServer Postgres(string cipherList, string minProtocol, string maxProtocol, bool ssl = true)
    {
        Require("/usr/lib/postgresql/15/bin/postgres", "postgresql");
        var bin = "/usr/lib/postgresql/15/bin";
        var dir = DaemonServer.NewDirectory("postgres");
        ExternalTool.Run("chown", $"postgres {dir}");
        var (cert, key) = CopyCertificate(dir, owner: "postgres");
        ExternalTool.Run("runuser", $"-u postgres -- {bin}/initdb -D {dir}/data -A trust --no-sync -U postgres", timeoutMs: 120_000);
        var ports = DaemonServer.FreePorts(1);
        var args = $"-u postgres -- {bin}/postgres -D {dir}/data -p {P(ports[0])} -c listen_addresses=127.0.0.1 -c unix_socket_directories={dir} " +
            $"-c ssl={(ssl ? "on" : "off")} -c ssl_cert_file={cert} -c ssl_key_file={key} -c ssl_ciphers={cipherList} " +
            $"-c ssl_min_protocol_version={minProtocol} -c ssl_max_protocol_version={maxProtocol} -c fsync=off";
        return DaemonServer.Start("runuser", args, dir, ports, TimeSpan.FromSeconds(30));
    }
}
