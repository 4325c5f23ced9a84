using CryptrecCheck.Config.OpenSsl;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.Readers;

/// <summary>OpenSSL SSL_CONF commands as nginx (ssl_conf_command), Apache (SSLOpenSSLConfCmd) and HAProxy pass them.</summary>
internal static class OpenSslConfCommand
{
    /// <summary>OpenSSL 3.0's default supported groups (used for "auto" and when nothing is configured).</summary>
    internal static readonly string[] DefaultGroups = { "x25519", "secp256r1", "x448", "secp521r1", "secp384r1", "ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192" };

    internal static ConfigDirective? Directive(string path, int line, string directive, string command, string value)
    {
        switch (command.ToLowerInvariant())
        {
            case "ciphersuites":
                return new ConfigDirective
                {
                    File = path, Line = line, Directive = directive, Value = value, Kind = DirectiveKind.Tls13Ciphersuites,
                    Names = value.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                };
            case "cipherstring":
                return new ConfigDirective { File = path, Line = line, Directive = directive, Value = value, Kind = DirectiveKind.TlsCipherString, CipherString = value };
            case "groups":
            case "curves":
                return new ConfigDirective
                {
                    File = path, Line = line, Directive = directive, Value = value, Kind = DirectiveKind.TlsGroups,
                    Names = value.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                };
            case "signaturealgorithms":
            case "clientsignaturealgorithms":
            {
                var (schemes, problem) = OpenSslSignatureAlgorithms.Parse(value);
                return new ConfigDirective
                {
                    File = path, Line = line, Directive = directive, Value = value, Kind = DirectiveKind.TlsSignatureAlgorithms, Names = schemes, Problem = problem,
                    Notes = command.StartsWith("client", StringComparison.OrdinalIgnoreCase)
                        ? new[] { "signatures accepted on client certificates" } : Array.Empty<string>(),
                };
            }
            case "minprotocol":
                return MinMax(path, line, directive, value, min: true);
            case "maxprotocol":
                return MinMax(path, line, directive, value, min: false);
            case "protocol":
                return ProtocolList(path, line, directive, value);
            default:
                return null;
        }
    }

    private static ConfigDirective MinMax(string path, int line, string directive, string value, bool min)
    {
        var notes = new List<string>();
        var word = value.Trim();
        // OpenSSL compares the names exactly ("tlsv1.2" and "none" are bad values for nginx -t).
        TlsProtocolVersion? v = word switch
        {
            "SSLv3" => TlsProtocolVersion.Ssl30,
            "TLSv1" => TlsProtocolVersion.Tls10,
            "TLSv1.1" => TlsProtocolVersion.Tls11,
            "TLSv1.2" => TlsProtocolVersion.Tls12,
            "TLSv1.3" => TlsProtocolVersion.Tls13,
            _ => null,
        };
        string? problem = null;
        if (v == null)
        {
            // "None" is OpenSSL's "no limit" (nginx -t accepts it); a DTLS version does not bound TLS. Anything else
            // OpenSSL rejects: it is an invalid value, not "no version left".
            if (word == "None") { notes.Add("None: no limit"); }
            else if (word is "DTLSv1" or "DTLSv1.2") { notes.Add($"{word} bounds DTLS, not TLS"); }
            else { problem = $"unknown protocol version \"{word}\": OpenSSL rejects the configuration command"; }
        }
        var versions = problem != null ? new List<TlsProtocolVersion>()
            : v == null ? TlsProtocolWords.Range(TlsProtocolVersion.Tls10, TlsProtocolVersion.Tls13)
            : min ? TlsProtocolWords.Range(v.Value, TlsProtocolVersion.Tls13) : TlsProtocolWords.Range(TlsProtocolVersion.Tls10, v.Value);
        return new ConfigDirective { File = path, Line = line, Directive = directive, Value = value, Kind = DirectiveKind.TlsProtocols, Protocols = versions, Notes = notes, Problem = problem };
    }

    /// <summary>"Protocol -ALL,TLSv1.2" / "Protocol ALL,-TLSv1,-TLSv1.1": comma-separated, +/- prefixes, ALL.</summary>
    private static ConfigDirective ProtocolList(string path, int line, string directive, string value)
    {
        var set = new List<TlsProtocolVersion>();
        var notes = new List<string>();
        foreach (var raw in value.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw;
            var remove = w.StartsWith('-');
            if (w[0] is '-' or '+') { w = w[1..]; }
            var add = w.Equals("ALL", StringComparison.OrdinalIgnoreCase)
                ? TlsProtocolWords.Range(TlsProtocolVersion.Tls10, TlsProtocolVersion.Tls13)
                : TlsProtocolWords.Parse(w) is { } v ? new List<TlsProtocolVersion> { v } : null;
            if (add == null) { notes.Add($"unknown protocol \"{raw}\""); continue; }
            foreach (var x in add) { if (remove) { set.Remove(x); } else if (!set.Contains(x)) { set.Add(x); } }
        }
        return new ConfigDirective { File = path, Line = line, Directive = directive, Value = value, Kind = DirectiveKind.TlsProtocols, Protocols = set, Notes = notes };
    }
}
