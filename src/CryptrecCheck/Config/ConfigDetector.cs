using CryptrecCheck.Config.Readers;

namespace CryptrecCheck.Config;

/// <summary>Recognises a configuration's format by its file name, then by its content.</summary>
public static class ConfigDetector
{
    public static ConfigType Detect(string path, string text)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        var full = path.Replace('\\', '/').ToLowerInvariant();
        switch (name)
        {
            case "sshd_config": return ConfigType.Sshd;
            case "ssh_config": return ConfigType.SshClient;
            case "nginx.conf": return ConfigType.Nginx;
            case "apache2.conf" or "httpd.conf" or "httpd-ssl.conf": return ConfigType.Apache;
            case "haproxy.cfg": return ConfigType.Haproxy;
            case "main.cf": return ConfigType.Postfix;
            case "java.security": return ConfigType.JavaSecurity;
            case "exim.conf" or "exim4.conf" or "exim4.conf.template": return ConfigType.Exim;
            case "openssl.cnf": return ConfigType.OpenSslConf;
            // PostgreSQL's files look like others to the content rules below (pg_hba's "host …" lines like ssh_config's
            // Host, postgresql.conf's ssl_ciphers like nginx's) but are neither: not a format read here.
            case "postgresql.conf" or "postgresql.auto.conf" or "pg_hba.conf" or "pg_ident.conf": return ConfigType.Unknown;
        }
        if (full.EndsWith("/gnutls/config", StringComparison.Ordinal) || name.EndsWith(".gnutls-priority", StringComparison.Ordinal)) { return ConfigType.GnuTlsPriority; }
        if (full.Contains("/exim4/conf.d/", StringComparison.Ordinal)) { return ConfigType.Exim; }
        if (name.EndsWith(".reg", StringComparison.Ordinal) && text.Contains("SCHANNEL", StringComparison.OrdinalIgnoreCase)) { return ConfigType.WindowsSchannel; }
        if (full.Contains("/sshd_config.d/", StringComparison.Ordinal)) { return ConfigType.Sshd; }
        if (full.Contains("/ssh_config.d/", StringComparison.Ordinal)) { return ConfigType.SshClient; }

        // Content: the directives each format alone uses.
        if (HasKeyword(text, "openssl_conf") || HasKeyword(text, "ssl_conf") && HasKeyword(text, "system_default")) { return ConfigType.OpenSslConf; }
        if (Has(text, "jdk.tls.disabledAlgorithms") || Has(text, "jdk.certpath.disabledAlgorithms")) { return ConfigType.JavaSecurity; }
        if (Has(text, "tls_require_ciphers") || Has(text, "tls_advertise_hosts")) { return ConfigType.Exim; }
        if (Has(text, "ssl-default-bind-") || HasLine(text, "frontend ") && HasLine(text, "bind ")) { return ConfigType.Haproxy; }
        if (Has(text, "smtpd_tls_") || Has(text, "smtp_tls_") || Has(text, "tls_high_cipherlist")) { return ConfigType.Postfix; }
        if (Has(text, "SSLProtocol", StringComparison.OrdinalIgnoreCase) || Has(text, "SSLCipherSuite", StringComparison.OrdinalIgnoreCase)
            || Has(text, "GnuTLSPriorities", StringComparison.OrdinalIgnoreCase)
            || Has(text, "<VirtualHost", StringComparison.OrdinalIgnoreCase)) { return ConfigType.Apache; }
        // PostgreSQL writes "ssl_ciphers = '…'" (an include of postgresql.conf under any name); nginx never assigns with '='.
        if (HasKeyword(text, "ssl_ciphers") && AssignsWithEquals(text, "ssl_ciphers") || AssignsWithEquals(text, "ssl_min_protocol_version")) { return ConfigType.Unknown; }
        if (Has(text, "ssl_protocols") || Has(text, "ssl_ciphers") || Has(text, "ssl_certificate") || HasLine(text, "server {") || HasLine(text, "http {")) { return ConfigType.Nginx; }
        if (Has(text, "SCHANNEL", StringComparison.OrdinalIgnoreCase) || HasLine(text, "Name") && Has(text, "CipherSuite") && Has(text, "TLS_")) { return ConfigType.WindowsSchannel; }
        if (HasKeyword(text, "PermitRootLogin") || HasKeyword(text, "Subsystem") || HasKeyword(text, "HostKey") || HasKeyword(text, "UsePAM")) { return ConfigType.Sshd; }
        // pg_hba-style access rules (host/hostssl/local lines) under another name are not ssh_config.
        if (HasKeyword(text, "hostssl") || HasKeyword(text, "hostnossl") || HasKeyword(text, "local") && HasKeyword(text, "host")) { return ConfigType.Unknown; }
        if (HasKeyword(text, "Host") || HasKeyword(text, "IdentityFile")) { return ConfigType.SshClient; }
        if (HasKeyword(text, "KexAlgorithms") || HasKeyword(text, "Ciphers") || HasKeyword(text, "MACs")) { return ConfigType.Sshd; }
        return ConfigType.Unknown;
    }

    public static IConfigReader ReaderFor(ConfigType type) => type switch
    {
        ConfigType.Nginx => new NginxReader(),
        ConfigType.Apache => new ApacheReader(),
        ConfigType.Haproxy => new HaproxyReader(),
        ConfigType.Postfix => new PostfixReader(),
        ConfigType.Sshd => new SshReader(server: true),
        ConfigType.SshClient => new SshReader(server: false),
        ConfigType.JavaSecurity => new JavaSecurityReader(),
        ConfigType.WindowsSchannel => new WindowsSchannelReader(),
        ConfigType.Exim => new EximReader(),
        ConfigType.GnuTlsPriority => new GnuTlsPriorityFileReader(),
        ConfigType.OpenSslConf => new OpenSslConfReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no reader for an unknown type"),
    };

    private static bool Has(string text, string s, StringComparison c = StringComparison.Ordinal) => text.Contains(s, c);

    private static bool HasLine(string text, string start)
    {
        foreach (var (_, line) in ConfigLines.Number(text))
        {
            if (line.TrimStart().StartsWith(start, StringComparison.Ordinal)) { return true; }
        }
        return false;
    }

    private static bool AssignsWithEquals(string text, string keyword)
    {
        foreach (var (_, line) in ConfigLines.Number(text))
        {
            var t = line.TrimStart();
            if (t.StartsWith(keyword, StringComparison.OrdinalIgnoreCase) && t[keyword.Length..].TrimStart().StartsWith('=')) { return true; }
        }
        return false;
    }

    private static bool HasKeyword(string text, string keyword)
    {
        foreach (var (_, line) in ConfigLines.Number(text))
        {
            var t = line.TrimStart();
            if (t.StartsWith(keyword, StringComparison.OrdinalIgnoreCase) && t.Length > keyword.Length && (char.IsWhiteSpace(t[keyword.Length]) || t[keyword.Length] == '=')) { return true; }
        }
        return false;
    }
}
