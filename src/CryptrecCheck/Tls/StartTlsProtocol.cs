namespace CryptrecCheck.Tls;

/// <summary>Application protocols whose plaintext dialogue upgrades to TLS before the handshake.</summary>
public enum StartTlsProtocol
{
    None,
    Smtp,
    Imap,
    Pop3,
    Ftp,
    Ldap,
    Xmpp,
    Postgres,
}

/// <summary>Names and well-known ports of <see cref="StartTlsProtocol"/>.</summary>
public static class StartTlsProtocolNames
{
    public static bool TryParse(string? text, out StartTlsProtocol p)
    {
        switch ((text ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "smtp": p = StartTlsProtocol.Smtp; return true;
            case "imap": p = StartTlsProtocol.Imap; return true;
            case "pop3": p = StartTlsProtocol.Pop3; return true;
            case "ftp": p = StartTlsProtocol.Ftp; return true;
            case "ldap": p = StartTlsProtocol.Ldap; return true;
            case "xmpp": p = StartTlsProtocol.Xmpp; return true;
            case "postgres": case "postgresql": p = StartTlsProtocol.Postgres; return true;
            case "none": case "": p = StartTlsProtocol.None; return true;
            default: p = StartTlsProtocol.None; return false;
        }
    }

    public static string Id(this StartTlsProtocol p) => p.ToString().ToLowerInvariant();

    /// <summary>The protocol a well-known plaintext port implies (25/587 SMTP, 143 IMAP, 110 POP3, 21 FTP, 389 LDAP, 5222 XMPP, 5432 PostgreSQL).</summary>
    public static StartTlsProtocol FromPort(int port) => port switch
    {
        25 or 587 => StartTlsProtocol.Smtp,
        143 => StartTlsProtocol.Imap,
        110 => StartTlsProtocol.Pop3,
        21 => StartTlsProtocol.Ftp,
        389 => StartTlsProtocol.Ldap,
        5222 => StartTlsProtocol.Xmpp,
        5432 => StartTlsProtocol.Postgres,
        _ => StartTlsProtocol.None,
    };
}
