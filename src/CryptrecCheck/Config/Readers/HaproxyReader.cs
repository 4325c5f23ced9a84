using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.Readers;

/// <summary>
/// HAProxy: the global ssl-default-bind-* and ssl-default-server-* settings (ciphers, ciphersuites, options with
/// no-tlsvXX / ssl-min-ver / ssl-max-ver / force-tlsvXX, curves) and the same keywords on "bind" and "server" lines.
/// Protocol sets start from HAProxy's default minimum, TLSv1.2 (since HAProxy 2.2), to TLSv1.3.
/// </summary>
public sealed class HaproxyReader : IConfigReader
{
    public ConfigType Type => ConfigType.Haproxy;

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        foreach (var (line, content) in ConfigLines.Number(text))
        {
            var t = ConfigLines.StripComment(content).Trim();
            if (t.Length == 0) { continue; }
            var words = ApacheReader.Words(t);
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
                case "ssl-default-bind-options":
                case "ssl-default-server-options":
                    result.Add(Protocols(path, line, key, words.Skip(1).ToList()));
                    break;
                case "bind":
                case "server":
                case "default-server":
                    ReadLine(path, line, key, words, result);
                    break;
            }
        }
        return result;
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
                case "ssl-min-ver" or "ssl-max-ver" when next != null: protocolWords.Add(w); protocolWords.Add(next); i++; break;
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
        for (var i = 0; i < args.Count; i++)
        {
            var w = args[i];
            if (w is "ssl-min-ver" or "ssl-max-ver" && i + 1 < args.Count)
            {
                var v = TlsProtocolWords.Parse(args[++i]);
                if (v == null) { notes.Add($"unknown protocol \"{args[i]}\""); continue; }
                if (w == "ssl-min-ver") { min = v.Value; } else { max = v.Value; }
            }
            else if (w.StartsWith("force-", StringComparison.Ordinal) && TlsProtocolWords.Parse(w[6..]) is { } f) { min = f; max = f; }
            else if (w.StartsWith("no-", StringComparison.Ordinal) && TlsProtocolWords.Parse(w[3..]) is { } n) { excluded.Add(n); }
        }
        var set = TlsProtocolWords.Range(min, max).Where(v => !excluded.Contains(v)).ToList();
        return new ConfigDirective { File = path, Line = line, Directive = directive, Value = string.Join(' ', args), Kind = DirectiveKind.TlsProtocols, Protocols = set, Notes = notes };
    }
}
