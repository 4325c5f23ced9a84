using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.Readers;

/// <summary>
/// HAProxy: the global ssl-default-bind-* and ssl-default-server-* settings (ciphers, ciphersuites, options with
/// no-tlsvXX / ssl-min-ver / ssl-max-ver / force-tlsvXX, curves) and the same keywords on "bind" and "server" lines.
/// Protocol sets start from HAProxy's default minimum, TLSv1.2 (since HAProxy 2.2), to TLSv1.3. A "bind … ssl" or
/// "server … ssl" line that sets no cipher list, with no ssl-default-bind-ciphers / ssl-default-server-ciphers either,
/// runs with OpenSSL's default list (HAProxy has none of its own unless built with one; the Debian package is not):
/// reported as a default on that line, and likewise its protocol range. The signature algorithms (bind "sigalgs" /
/// "client-sigalgs", ssl-default-bind-sigalgs; HAProxy 2.6, Debian 12's, knows neither keyword and always uses OpenSSL's
/// built-in list) are read where set; a "bind … ssl" line without them is given OpenSSL's built-in list as its default.
/// </summary>
public sealed class HaproxyReader : IConfigReader
{
    public ConfigType Type => ConfigType.Haproxy;

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        var tlsLines = new List<(int Line, string Key, bool Ciphers, bool Protocols)>();
        // What default-server lines set: a server line inherits those of its own section before it, and those of the last
        // "defaults" section (each defaults section replaces the previous one's), not those of other proxies.
        string? section = null;
        (bool Ciphers, bool Protocols) inSection = default, fromDefaults = default;
        foreach (var (line, content) in ConfigLines.Number(text))
        {
            var t = ConfigLines.StripComment(content).Trim();
            if (t.Length == 0) { continue; }
            var words = ApacheReader.Words(t);
            if (words.Count == 0) { continue; } // a line of empty quotes ("")
            if (words[0] is "global" or "defaults" or "frontend" or "backend" or "listen" or "peers" or "resolvers" or "userlist"
                or "program" or "http-errors" or "ring" or "mailers" or "cache" or "crt-store")
            {
                section = words[0];
                inSection = default;
                if (section == "defaults") { fromDefaults = default; }
                continue;
            }
            if (words.Count < 2) { continue; }
            var key = words[0];
            switch (key)
            {
                case "ssl-default-bind-ciphers":
                case "ssl-default-server-ciphers":
                    result.Add(Cipher(path, line, key, words[1]));
                    break;
                case "ssl-default-bind-ciphersuites":
                case "ssl-default-server-ciphersuites":
                    result.Add(Suites13(path, line, key, words[1]));
                    break;
                case "ssl-default-bind-curves":
                case "ssl-default-server-curves":
                    result.Add(NginxReader.Groups(path, line, key, words[1]));
                    break;
                case "ssl-default-bind-sigalgs":
                case "ssl-default-server-sigalgs":
                case "ssl-default-bind-client-sigalgs":
                case "ssl-default-server-client-sigalgs":
                    result.Add(OpenSslConfCommand.Directive(path, line, key, key.Contains("client", StringComparison.Ordinal) ? "ClientSignatureAlgorithms" : "SignatureAlgorithms", words[1])!);
                    break;
                case "ssl-default-bind-options":
                case "ssl-default-server-options":
                    result.Add(Protocols(path, line, key, words.Skip(1).ToList()));
                    break;
                case "bind":
                case "server":
                case "default-server":
                    var before = result.Count;
                    ReadLine(path, line, key, words, result);
                    var added = result.Skip(before).ToList();
                    var (c, p) = (added.Any(d => d.Kind == DirectiveKind.TlsCipherString), added.Any(d => d.Kind == DirectiveKind.TlsProtocols));
                    if (key == "default-server")
                    {
                        inSection = (inSection.Ciphers || c, inSection.Protocols || p);
                        if (section == "defaults") { fromDefaults = inSection; }
                    }
                    else if (words.Contains("ssl"))
                    {
                        var inherited = key == "server" ? (inSection.Ciphers || fromDefaults.Ciphers, inSection.Protocols || fromDefaults.Protocols) : (false, false);
                        tlsLines.Add((line, key, c || inherited.Item1, p || inherited.Item2));
                    }
                    break;
            }
        }
        AddDefaults(path, result, tlsLines);
        return result;
    }

    private static void AddDefaults(string path, List<ConfigDirective> result, List<(int Line, string Key, bool Ciphers, bool Protocols)> tlsLines)
    {
        foreach (var (line, key, ciphers, protocols) in tlsLines)
        {
            var side = key == "bind" ? "bind" : "server";
            if (!ciphers && !result.Any(d => d.Directive == $"ssl-default-{side}-ciphers"))
            {
                result.Add(new ConfigDirective
                {
                    File = path, Line = line, Directive = $"{key} … ciphers", Value = "DEFAULT", Kind = DirectiveKind.TlsCipherString, CipherString = "DEFAULT", IsDefault = true,
                    Notes = new[] { $"not set on this line nor by ssl-default-{side}-ciphers: OpenSSL's DEFAULT list (HAProxy has no default cipher list of its own)" },
                });
            }
            if (!protocols && !result.Any(d => d.Directive == $"ssl-default-{side}-options" && d.Kind == DirectiveKind.TlsProtocols))
            {
                var d = Protocols(path, line, $"{key} … ssl-min-ver", new List<string>());
                result.Add(d with { IsDefault = true, Notes = new[] { $"not set on this line nor by ssl-default-{side}-options: HAProxy's default TLSv1.2 to TLSv1.3 (HAProxy ≥ 2.2)" } });
            }
            // What a client may make this frontend sign with: OpenSSL's built-in list unless sigalgs is set.
            if (key == "bind" && !result.Any(d => d.Kind == DirectiveKind.TlsSignatureAlgorithms
                    && (d.Directive == "ssl-default-bind-sigalgs" || (d.Line == line && d.Directive == "bind … sigalgs"))))
            {
                result.Add(OpenSsl.OpenSslSignatureAlgorithms.DefaultDirective(path, line, "bind … sigalgs",
                    "not set on this line nor by ssl-default-bind-sigalgs (HAProxy 2.6, Debian 12's, has neither keyword)"));
            }
        }
    }

    private static void ReadLine(string path, int line, string key, List<string> words, List<ConfigDirective> result)
    {
        var protocolWords = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            switch (w)
            {
                case "ciphers" when next != null: result.Add(Cipher(path, line, $"{key} … ciphers", next)); i++; break;
                case "ciphersuites" when next != null: result.Add(Suites13(path, line, $"{key} … ciphersuites", next)); i++; break;
                case "curves" when next != null: result.Add(NginxReader.Groups(path, line, $"{key} … curves", next)); i++; break;
                case "ciphers" or "ciphersuites" or "curves":
                    // The keyword ends the line: haproxy -c refuses it ("expects a cipher suite list" and the like).
                    result.Add(new ConfigDirective
                    {
                        File = path, Line = line, Directive = $"{key} … {w}", Value = string.Empty,
                        Kind = w == "curves" ? DirectiveKind.TlsGroups : w == "ciphersuites" ? DirectiveKind.Tls13Ciphersuites : DirectiveKind.TlsCipherString,
                        Names = Array.Empty<string>(), Problem = $"{w} without a value: HAProxy refuses the configuration",
                    });
                    break;
                case "sigalgs" or "client-sigalgs" when next != null:
                    result.Add(OpenSslConfCommand.Directive(path, line, $"{key} … {w}", w == "sigalgs" ? "SignatureAlgorithms" : "ClientSignatureAlgorithms", next)!);
                    i++;
                    break;
                case "ssl-min-ver" or "ssl-max-ver": protocolWords.Add(w); if (next != null) { protocolWords.Add(next); i++; } break;
                default:
                    if (w.StartsWith("no-tlsv", StringComparison.Ordinal) || w.StartsWith("force-tlsv", StringComparison.Ordinal) || w is "no-sslv3" or "force-sslv3")
                    {
                        protocolWords.Add(w);
                    }
                    break;
            }
        }
        if (protocolWords.Count > 0) { result.Add(Protocols(path, line, $"{key} … {string.Join(' ', protocolWords)}", protocolWords)); }
    }

    private static ConfigDirective Cipher(string path, int line, string d, string v) =>
        new() { File = path, Line = line, Directive = d, Value = v, Kind = DirectiveKind.TlsCipherString, CipherString = v };

    private static ConfigDirective Suites13(string path, int line, string d, string v) => new()
    {
        File = path, Line = line, Directive = d, Value = v, Kind = DirectiveKind.Tls13Ciphersuites,
        Names = v.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };

    private static ConfigDirective Protocols(string path, int line, string directive, List<string> args)
    {
        var min = TlsProtocolVersion.Tls12;
        var max = TlsProtocolVersion.Tls13;
        var excluded = new List<TlsProtocolVersion>();
        var notes = new List<string> { "starting from HAProxy's default minimum TLSv1.2 (HAProxy ≥ 2.2)" };
        string? problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            var w = args[i];
            if (w is "ssl-min-ver" or "ssl-max-ver")
            {
                // haproxy -c: "'TLSv1.0.1' : unknown ssl/tls version" and a missing version are fatal errors.
                if (i + 1 >= args.Count) { problem = $"{w} without a version: HAProxy refuses the configuration"; break; }
                var v = HaproxyVersion(args[++i]);
                if (v == null) { problem = $"{w} {args[i]}: unknown SSL/TLS version; HAProxy refuses the configuration"; break; }
                if (w == "ssl-min-ver") { min = v.Value; } else { max = v.Value; }
            }
            else if (w.StartsWith("force-", StringComparison.Ordinal) || w.StartsWith("no-", StringComparison.Ordinal))
            {
                var word = w.StartsWith("force-", StringComparison.Ordinal) ? w[6..] : w[3..];
                if (!word.StartsWith("tlsv", StringComparison.Ordinal) && word != "sslv3") { continue; } // no-tls-tickets, …
                var v = HaproxyVersion(word);
                if (v == null) { problem = $"{w}: unknown keyword; HAProxy refuses the configuration"; break; }
                if (w[0] == 'f') { min = v.Value; max = v.Value; } else { excluded.Add(v.Value); }
            }
        }
        var set = problem != null ? new List<TlsProtocolVersion>() : TlsProtocolWords.Range(min, max).Where(v => !excluded.Contains(v)).ToList();
        return new ConfigDirective { File = path, Line = line, Directive = directive, Value = string.Join(' ', args), Kind = DirectiveKind.TlsProtocols, Protocols = set, Notes = notes, Problem = problem };
    }

    /// <summary>HAProxy's own version words: SSLv3, TLSv1.0–TLSv1.3 for ssl-min-ver/ssl-max-ver, and sslv3, tlsv10–tlsv13 in
    /// no-/force- keywords (case as HAProxy spells them).</summary>
    private static TlsProtocolVersion? HaproxyVersion(string w) => w switch
    {
        "SSLv3" or "sslv3" => TlsProtocolVersion.Ssl30,
        "TLSv1.0" or "tlsv10" => TlsProtocolVersion.Tls10,
        "TLSv1.1" or "tlsv11" => TlsProtocolVersion.Tls11,
        "TLSv1.2" or "tlsv12" => TlsProtocolVersion.Tls12,
        "TLSv1.3" or "tlsv13" => TlsProtocolVersion.Tls13,
        _ => null,
    };
}
