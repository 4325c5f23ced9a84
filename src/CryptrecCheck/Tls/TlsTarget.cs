using System.Globalization;
using System.Net;

namespace CryptrecCheck.Tls;

/// <summary>One endpoint to scan: host (name or IP literal), port, SNI and STARTTLS protocol.</summary>
public sealed record TlsTarget
{
    public required string Host { get; init; }

    public required int Port { get; init; }

    /// <summary>The server name sent in SNI; defaults to the host when it is a name, none for IP literals.</summary>
    public string? Sni { get; init; }

    public StartTlsProtocol StartTls { get; init; }

    /// <summary>The target as the user wrote it (normalised): host:port, [v6]:port.</summary>
    public string Display => (Host.Contains(':') ? "[" + Host + "]" : Host) + ":" + Port.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => Display;

    /// <summary>
    /// Parses host, host:port, IPv4, IPv4:port, [IPv6]:port, [IPv6] or a bare IPv6 literal. The port defaults to the
    /// STARTTLS protocol's port, else 443; STARTTLS is inferred from well-known ports unless given.
    /// </summary>
    public static bool TryParse(string? text, out TlsTarget? target, out string? error, string? sni = null, StartTlsProtocol? startTls = null)
    {
        target = null;
        error = null;
        var t = (text ?? string.Empty).Trim();
        if (t.Length == 0) { error = "empty target"; return false; }
        if (t.Length > 300) { error = $"target \"{t.Substring(0, 40)}…\" is longer than 300 characters"; return false; }
        if (t.Contains("://", StringComparison.Ordinal)) { error = $"\"{t}\": give host or host:port, not a URL"; return false; }
        string host;
        string? portText = null;
        if (t.StartsWith('['))
        {
            var close = t.IndexOf(']');
            if (close < 0) { error = $"\"{t}\": missing ']' after the IPv6 address"; return false; }
            host = t.Substring(1, close - 1);
            var rest = t.Substring(close + 1);
            if (rest.Length > 0)
            {
                if (!rest.StartsWith(':')) { error = $"\"{t}\": expected ':port' after ']'"; return false; }
                portText = rest.Substring(1);
            }
            if (!IPAddress.TryParse(host, out var a) || a.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
            {
                error = $"\"{t}\": \"{host}\" is not an IPv6 address";
                return false;
            }
        }
        else if (t.Count(c => c == ':') > 1)
        {
            if (!IPAddress.TryParse(t, out _)) { error = $"\"{t}\" is not an IPv6 address (write [addr]:port with a port)"; return false; }
            host = t;
        }
        else
        {
            var colon = t.IndexOf(':');
            host = colon < 0 ? t : t.Substring(0, colon);
            if (colon >= 0) { portText = t.Substring(colon + 1); }
        }
        if (host.Length == 0) { error = $"\"{t}\": empty host"; return false; }
        if (!IPAddress.TryParse(host, out _) && !IsHostName(host)) { error = $"\"{t}\": \"{host}\" is not a valid host name or IP address"; return false; }
        int port;
        if (portText != null)
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            {
                error = $"\"{t}\": port \"{portText}\" is not a number in 1..65535";
                return false;
            }
        }
        else
        {
            port = startTls switch
            {
                StartTlsProtocol.Smtp => 25,
                StartTlsProtocol.Imap => 143,
                StartTlsProtocol.Pop3 => 110,
                StartTlsProtocol.Ftp => 21,
                StartTlsProtocol.Ldap => 389,
                StartTlsProtocol.Xmpp => 5222,
                StartTlsProtocol.Postgres => 5432,
                _ => 443,
            };
        }
        var isIp = IPAddress.TryParse(host, out _);
        target = new TlsTarget
        {
            Host = host,
            Port = port,
            Sni = !string.IsNullOrWhiteSpace(sni) ? sni.Trim() : isIp ? null : host,
            StartTls = startTls ?? StartTlsProtocolNames.FromPort(port),
        };
        return true;
    }

    /// <summary>A DNS host name: dot-separated labels of letters, digits, hyphens (and underscores), at most 63 characters
    /// each and 253 in all. Used for targets and for --sni.</summary>
    public static bool IsHostName(string h)
    {
        if (h.Length > 253) { return false; }
        foreach (var label in h.TrimEnd('.').Split('.'))
        {
            if (label.Length is 0 or > 63) { return false; }
            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_')) { return false; }
            }
            if (label.StartsWith('-') || label.EndsWith('-')) { return false; }
        }
        return true;
    }
}
