using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.Readers;

/// <summary>
/// Apache httpd (mod_ssl, and mod_gnutls's GnuTLSPriorities / GnuTLSProxyPriorities): SSLProtocol / SSLProxyProtocol (all, +X, -X), SSLCipherSuite / SSLProxyCipherSuite (with the
/// optional protocol argument: "SSLCipherSuite TLSv1.3 …" sets the TLS 1.3 suites), SSLOpenSSLConfCmd, and
/// Include / IncludeOptional relative to the directory of the main file (the ServerRoot of a Debian layout). Directive
/// names are case-insensitive; lines continue with a trailing backslash.
/// </summary>
public sealed class ApacheReader : IConfigReader
{
    public ConfigType Type => ConfigType.Apache;

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        ReadOne(path, text, 0, baseDir, context, result);
        return result;
    }

    private static void ReadOne(string path, string text, int depth, string baseDir, ConfigReadContext ctx, List<ConfigDirective> result)
    {
        foreach (var (line, content) in LogicalLines(text))
        {
            var t = ConfigLines.StripComment(content).Trim();
            if (t.Length == 0 || t[0] == '<') { continue; }
            var words = Words(t);
            if (words.Count < 2) { continue; }
            var name = words[0];
            var args = words.Skip(1).ToList();
            var value = string.Join(' ', args);
            switch (name.ToLowerInvariant())
            {
                case "include":
                case "includeoptional":
                    ctx.Include(args[0], baseDir, depth, path, line, (f, x, d) => ReadOne(f, x, d, baseDir, ctx, result));
                    break;
                case "sslprotocol":
                case "sslproxyprotocol":
                    result.Add(Protocols(path, line, name, value, args));
                    break;
                case "sslciphersuite":
                case "sslproxyciphersuite":
                    if (args.Count >= 2 && args[0].Equals("TLSv1.3", StringComparison.OrdinalIgnoreCase))
                    {
                        result.Add(new ConfigDirective
                        {
                            File = path, Line = line, Directive = $"{name} TLSv1.3", Value = args[1], Kind = DirectiveKind.Tls13Ciphersuites,
                            Names = args[1].Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                        });
                    }
                    else
                    {
                        var spec = args.Count >= 2 && args[0].Equals("SSL", StringComparison.OrdinalIgnoreCase) ? args[1] : args[0];
                        result.Add(new ConfigDirective { File = path, Line = line, Directive = name, Value = value, Kind = DirectiveKind.TlsCipherString, CipherString = spec });
                    }
                    break;
                case "gnutlspriorities":
                case "gnutlsproxypriorities":
                    // mod_gnutls (Debian libapache2-mod-gnutls): a GnuTLS priority string instead of mod_ssl's directives.
                    result.Add(new ConfigDirective { File = path, Line = line, Directive = name, Value = args[0], Kind = DirectiveKind.GnuTlsPriority });
                    break;
                case "sslopensslconfcmd":
                    if (args.Count >= 2)
                    {
                        var d = OpenSslConfCommand.Directive(path, line, $"{name} {args[0]}", args[0], string.Join(' ', args.Skip(1)));
                        if (d != null) { result.Add(d); }
                    }
                    break;
            }
        }
    }

    /// <summary>mod_ssl's rule: a word without sign sets the list, +X adds, -X removes; "all" is every version the
    /// TLS library offers (OpenSSL 3 has no SSLv3: TLSv1 to TLSv1.3).</summary>
    private static ConfigDirective Protocols(string path, int line, string directive, string value, List<string> args)
    {
        var set = new List<TlsProtocolVersion>();
        var notes = new List<string>();
        foreach (var raw in args)
        {
            var sign = raw[0] is '+' or '-' ? raw[0] : ' ';
            var w = sign == ' ' ? raw : raw[1..];
            List<TlsProtocolVersion>? these = w.Equals("all", StringComparison.OrdinalIgnoreCase)
                ? TlsProtocolWords.Range(TlsProtocolVersion.Tls10, TlsProtocolVersion.Tls13)
                : TlsProtocolWords.Parse(w) is { } v ? new List<TlsProtocolVersion> { v } : null;
            if (these == null) { notes.Add($"unknown protocol \"{raw}\" (httpd refuses to start)"); continue; }
            if (sign == '-') { set.RemoveAll(these.Contains); }
            else
            {
                if (sign == ' ') { set.Clear(); }
                foreach (var x in these) { if (!set.Contains(x)) { set.Add(x); } }
            }
        }
        set.Sort();
        return new ConfigDirective { File = path, Line = line, Directive = directive, Value = value, Kind = DirectiveKind.TlsProtocols, Protocols = set, Notes = notes };
    }

    internal static IEnumerable<(int Line, string Text)> LogicalLines(string text)
    {
        var sb = new System.Text.StringBuilder();
        var start = 0;
        foreach (var (n, raw) in ConfigLines.Number(text))
        {
            if (sb.Length == 0) { start = n; }
            if (raw.EndsWith('\\')) { sb.Append(raw, 0, raw.Length - 1).Append(' '); continue; }
            sb.Append(raw);
            yield return (start, sb.ToString());
            sb.Clear();
        }
        if (sb.Length > 0) { yield return (start, sb.ToString()); }
    }

    internal static List<string> Words(string s)
    {
        var words = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quote = '\0';
        foreach (var c in s)
        {
            if (quote != '\0') { if (c == quote) { quote = '\0'; } else { sb.Append(c); } continue; }
            if (c is '"' or '\'') { quote = c; continue; }
            if (char.IsWhiteSpace(c)) { if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); } continue; }
            sb.Append(c);
        }
        if (sb.Length > 0) { words.Add(sb.ToString()); }
        return words;
    }
}
