namespace CryptrecCheck.Config;

/// <summary>The configuration formats `config` reads.</summary>
public enum ConfigType
{
    Unknown,
    Nginx,
    Apache,
    Haproxy,
    Postfix,
    Sshd,
    SshClient,
    JavaSecurity,
    WindowsSchannel,
    Exim,
    GnuTlsPriority,
    OpenSslConf,
}

/// <summary>Wire names of <see cref="ConfigType"/> (the values of --type and of "type" in JSON).</summary>
public static class ConfigTypeNames
{
    public static string ToWireName(this ConfigType t) => t switch
    {
        ConfigType.Nginx => "nginx",
        ConfigType.Apache => "apache",
        ConfigType.Haproxy => "haproxy",
        ConfigType.Postfix => "postfix",
        ConfigType.Sshd => "sshd",
        ConfigType.SshClient => "ssh",
        ConfigType.JavaSecurity => "java-security",
        ConfigType.WindowsSchannel => "windows-schannel",
        ConfigType.Exim => "exim",
        ConfigType.GnuTlsPriority => "gnutls-priority",
        ConfigType.OpenSslConf => "openssl-conf",
        _ => "unknown",
    };

    public static bool TryParse(string? s, out ConfigType type)
    {
        foreach (var t in Enum.GetValues<ConfigType>())
        {
            if (t != ConfigType.Unknown && string.Equals(t.ToWireName(), s?.Trim(), StringComparison.OrdinalIgnoreCase)) { type = t; return true; }
        }
        type = ConfigType.Unknown;
        return false;
    }

    public const string All = "nginx, apache, haproxy, postfix, sshd, ssh, java-security, windows-schannel, exim, gnutls-priority, openssl-conf";
}
