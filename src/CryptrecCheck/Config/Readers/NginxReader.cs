using CryptrecCheck.Config.OpenSsl;

namespace CryptrecCheck.Config.Readers;

/// <summary>
/// nginx: ssl_protocols, ssl_ciphers, ssl_conf_command (Ciphersuites, Groups/Curves, MinProtocol/MaxProtocol),
/// ssl_ecdh_curve, and the same for proxy_ssl_*, grpc_ssl_*, uwsgi_ssl_* and the mail/stream modules; include globs
/// relative to the directory of the main file (nginx's conf prefix). When TLS is on (ssl_certificate or "listen … ssl")
/// and ssl_protocols or ssl_ciphers is never set, nginx's defaults are reported as such.
/// </summary>
public sealed class NginxReader : IConfigReader
{
    public ConfigType Type => ConfigType.Nginx;

    /// <summary>nginx ≥ 1.23.4 (1.9.1–1.23.3: TLSv1 TLSv1.1 TLSv1.2, plus TLSv1.3 from 1.13.0).</summary>
    public const string DefaultProtocols = "TLSv1.2 TLSv1.3";

    public const string DefaultCiphers = "HIGH:!aNULL:!MD5";

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var tlsOn = false;
        ReadOne(path, text, 0, baseDir, context, result, ref tlsOn);
        if (tlsOn)
        {
            if (!result.Any(d => d.Directive == "ssl_protocols"))
            {
                result.Add(Protocols(path, 0, "ssl_protocols", DefaultProtocols, isDefault: true,
                    "nginx default since 1.23.4 (earlier versions also enable TLSv1 and TLSv1.1)"));
            }
            if (!result.Any(d => d.Directive == "ssl_ciphers"))
            {
                result.Add(new ConfigDirective
                {
                    File = path, Line = 0, Directive = "ssl_ciphers", Value = DefaultCiphers, Kind = DirectiveKind.TlsCipherString,
                    CipherString = DefaultCiphers, IsDefault = true, Notes = new[] { "nginx default" },
                });
            }
        }
        return result;
    }

    private static void ReadOne(string path, string text, int depth, string baseDir, ConfigReadContext ctx, List<ConfigDirective> result, ref bool tlsOn)
    {
        foreach (var (line, words) in Statements(text))
        {
            if (words.Count == 0) { continue; }
            var name = words[0];
            var args = words.Skip(1).ToList();
            var value = string.Join(' ', args);
            if (name == "include" && args.Count == 1)
            {
                var on = tlsOn;
                var collected = new List<ConfigDirective>();
                ctx.Include(args[0], baseDir, depth, path, line, (f, t, d) => ReadOne(f, t, d, baseDir, ctx, collected, ref on));
                tlsOn = on;
                result.AddRange(collected);
                continue;
            }
            if (name == "ssl_certificate" || name == "listen" && args.Any(a => a == "ssl") || name == "ssl" && args.FirstOrDefault() == "on") { tlsOn = true; }
            if (name.EndsWith("ssl_protocols", StringComparison.Ordinal))
            {
                result.Add(Protocols(path, line, name, value, isDefault: false, null));
            }
            else if (name.EndsWith("ssl_ciphers", StringComparison.Ordinal) && args.Count == 1)
            {
                result.Add(new ConfigDirective { File = path, Line = line, Directive = name, Value = value, Kind = DirectiveKind.TlsCipherString, CipherString = args[0] });
            }
            else if (name.EndsWith("ssl_ecdh_curve", StringComparison.Ordinal) && args.Count == 1)
            {
                result.Add(Groups(path, line, name, args[0]));
            }
            else if (name.EndsWith("ssl_conf_command", StringComparison.Ordinal) && args.Count == 2)
            {
                var d = OpenSslConfCommand.Directive(path, line, $"{name} {args[0]}", args[0], args[1]);
                if (d != null) { result.Add(d); }
            }
        }
    }

    internal static ConfigDirective Groups(string path, int line, string directive, string value)
    {
        var notes = new List<string>();
        IReadOnlyList<string> names;
        if (value == "auto")
        {
            names = OpenSslConfCommand.DefaultGroups;
            notes.Add("auto: OpenSSL 3's default groups");
        }
        else
        {
            names = value.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        return new ConfigDirective { File = path, Line = line, Directive = directive, Value = value, Kind = DirectiveKind.TlsGroups, Names = names, Notes = notes };
    }

    private static ConfigDirective Protocols(string path, int line, string directive, string value, bool isDefault, string? note)
    {
        var notes = new List<string>();
        if (note != null) { notes.Add(note); }
        var versions = new List<Policy.Tls.TlsProtocolVersion>();
        foreach (var w in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TlsProtocolWords.Parse(w) is { } v) { if (!versions.Contains(v)) { versions.Add(v); } }
            else { notes.Add($"unknown protocol \"{w}\" (nginx refuses to start)"); }
        }
        return new ConfigDirective { File = path, Line = line, Directive = directive, Value = value, Kind = DirectiveKind.TlsProtocols, Protocols = versions, IsDefault = isDefault, Notes = notes };
    }

    /// <summary>nginx statements: words separated by blanks, quoted strings, '#' comments, ending at ';', '{' or '}'.</summary>
    internal static IEnumerable<(int Line, List<string> Words)> Statements(string text)
    {
        var words = new List<string>();
        var sb = new System.Text.StringBuilder();
        var line = 1;
        var startLine = 1;
        var i = 0;
        void Flush()
        {
            if (sb.Length > 0) { if (words.Count == 0) { startLine = line; } words.Add(sb.ToString()); sb.Clear(); }
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') { Flush(); line++; i++; continue; }
            if (char.IsWhiteSpace(c)) { Flush(); i++; continue; }
            if (c == '#' && sb.Length == 0)
            {
                while (i < text.Length && text[i] != '\n') { i++; }
                continue;
            }
            if (c is '"' or '\'')
            {
                if (words.Count == 0 && sb.Length == 0) { startLine = line; }
                var q = c;
                i++;
                while (i < text.Length && text[i] != q)
                {
                    if (text[i] == '\\' && i + 1 < text.Length) { i++; }
                    if (text[i] == '\n') { line++; }
                    sb.Append(text[i]);
                    i++;
                }
                i++;
                if (words.Count == 0) { words.Add(sb.ToString()); sb.Clear(); } else { words.Add(sb.ToString()); sb.Clear(); }
                continue;
            }
            if (c is ';' or '{' or '}')
            {
                Flush();
                if (words.Count > 0) { yield return (startLine, words); words = new List<string>(); }
                i++;
                continue;
            }
            if (words.Count == 0 && sb.Length == 0) { startLine = line; }
            sb.Append(c);
            i++;
        }
        Flush();
        if (words.Count > 0) { yield return (startLine, words); }
    }
}
