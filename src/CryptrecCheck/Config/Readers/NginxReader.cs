using CryptrecCheck.Config.OpenSsl;

namespace CryptrecCheck.Config.Readers;

/// <summary>
/// nginx: ssl_protocols, ssl_ciphers, ssl_conf_command (Ciphersuites, Groups/Curves, MinProtocol/MaxProtocol, SignatureAlgorithms),
/// ssl_ecdh_curve, and the same for proxy_ssl_*, grpc_ssl_*, uwsgi_ssl_* and the mail/stream modules; include globs
/// relative to the directory of the main file (nginx's conf prefix). When TLS is on (ssl_certificate or "listen … ssl")
/// and ssl_protocols or ssl_ciphers is never set, nginx's defaults are reported as such.
/// </summary>
public sealed class NginxReader : IConfigReader
{
    public ConfigType Type => ConfigType.Nginx;

    /// <summary>What an absent ssl_protocols may enable: nginx's default depends on its version — TLSv1 TLSv1.1 TLSv1.2 up to
    /// 1.23.3 (Debian 12 ships 1.22.1, Ubuntu 22.04 1.18; checked against the installed 1.22.1: TLS 1.0 negotiated, TLS
    /// 1.3 refused), TLSv1.2 TLSv1.3 since 1.23.4 — and a configuration file does not say which nginx reads it, so the
    /// union is judged. Assuming the newer default made an nginx 1.22 server that negotiates TLS 1.0 "compliant".</summary>
    public const string DefaultProtocols = "TLSv1 TLSv1.1 TLSv1.2 TLSv1.3";

    private const string DefaultProtocolsNote =
        "not set: nginx's default depends on its version (TLSv1 TLSv1.1 TLSv1.2 before 1.23.4, e.g. Debian 12's 1.22; TLSv1.2 TLSv1.3 since), judged as either; set ssl_protocols explicitly";

    public const string DefaultCiphers = "HIGH:!aNULL:!MD5";

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var tlsOn = false;
        var blocks = new Blocks();
        ReadOne(path, text, 0, baseDir, context, result, ref tlsOn, blocks);
        if (tlsOn)
        {
            if (!result.Any(d => d.Directive == "ssl_protocols"))
            {
                result.Add(Protocols(path, 0, "ssl_protocols", DefaultProtocols, isDefault: true,
                    DefaultProtocolsNote));
            }
            if (!result.Any(d => d.Directive == "ssl_ciphers"))
            {
                result.Add(new ConfigDirective
                {
                    File = path, Line = 0, Directive = "ssl_ciphers", Value = DefaultCiphers, Kind = DirectiveKind.TlsCipherString,
                    CipherString = DefaultCiphers, IsDefault = true, Notes = new[] { "nginx default" },
                });
            }
            // nginx sets no signature algorithms of its own: OpenSSL's built-in list applies, and a TLS 1.2 client that offers
            // only SHA-224 or SHA-1 pairs gets a key exchange signed with one of them where the security level allows it. Where
            // server blocks with TLS on are read, their own entries (below) say what each uses, TLS 1.3 alone and @SECLEVEL
            // included; the file-level default is for files without them.
            // (Only the server side's own "ssl_conf_command SignatureAlgorithms" counts: not proxy_/grpc_/uwsgi_ ones, which are
            // for upstream connections, nor ClientSignatureAlgorithms.)
            if (!blocks.PerServer.Any(d => d.Kind == DirectiveKind.TlsSignatureAlgorithms) && !result.Any(d => d.Kind == DirectiveKind.TlsSignatureAlgorithms
                    && d.Directive.Equals("ssl_conf_command SignatureAlgorithms", StringComparison.OrdinalIgnoreCase)))
            {
                result.Add(OpenSslSignatureAlgorithms.DefaultDirective(path, 0, "ssl_conf_command SignatureAlgorithms",
                    "not set: set ssl_conf_command SignatureAlgorithms to exclude SHA-224 and SHA-1"));
            }
        }
        result.AddRange(blocks.PerServer);
        return result;
    }

    /// <summary>One open block (http, server, location, …) with what it sets of ssl_protocols / ssl_ciphers.</summary>
    private sealed class Block
    {
        internal required string Name { get; init; }
        internal required string File { get; init; }
        internal required int Line { get; init; }
        internal ConfigDirective? Protocols { get; set; }
        internal ConfigDirective? Ciphers { get; set; }

        /// <summary>Any ssl_conf_command in this block: nginx then uses this block's commands alone, not the http block's.</summary>
        internal bool ConfCommands { get; set; }
        internal ConfigDirective? SignatureAlgorithms { get; set; }
        internal bool TlsOn { get; set; }
        internal List<string> ServerNames { get; } = new();
        internal List<string> Listens { get; } = new();
    }

    /// <summary>
    /// The block structure across includes, and for each server block with TLS on the ssl_protocols and ssl_ciphers that
    /// apply to it: its own, else the enclosing http block's (nginx inherits them from http into server; both directives
    /// are valid only in http and server), else nginx's default — reported as a directive named after the server.
    /// </summary>
    private sealed class Blocks
    {
        internal readonly List<Block> Stack = new();
        internal readonly List<ConfigDirective> PerServer = new();

        internal Block? Top => Stack.Count > 0 ? Stack[^1] : null;

        internal void Close()
        {
            if (Stack.Count == 0) { return; }
            var b = Stack[^1];
            Stack.RemoveAt(Stack.Count - 1);
            if (b.Name != "server" || !b.TlsOn || Stack.Any(x => x.Name is "stream" or "mail")) { return; }
            var label = $"server {(b.ServerNames.Count > 0 ? string.Join(' ', b.ServerNames) : "_")}"
                + (b.Listens.Count > 0 ? $" (listen {string.Join(", ", b.Listens)})" : string.Empty);
            var http = Stack.LastOrDefault(x => x.Name == "http");
            var protocols = Effective(b, label, "ssl_protocols", b.Protocols, http?.Protocols);
            PerServer.Add(protocols);
            var ciphers = Effective(b, label, "ssl_ciphers", b.Ciphers, http?.Ciphers);
            PerServer.Add(ciphers);
            var sigalgs = EffectiveSignatureAlgorithms(b, label, http, ciphers.CipherString ?? ciphers.Value);
            // TLS 1.3 signs only with the schemes it defines for the handshake: a TLS 1.3-only server never uses the rest.
            PerServer.Add(protocols.Protocols is { Count: > 0 } p && p.All(v => v == Policy.Tls.TlsProtocolVersion.Tls13)
                ? sigalgs with { Tls13Only = true } : sigalgs);
        }

        /// <summary>The signature algorithms a server block's handshakes use. nginx does not merge ssl_conf_command lists: a
        /// server block with any ssl_conf_command of its own uses only its own (an http "SignatureAlgorithms ECDSA+SHA256" beside
        /// a server's "Ciphersuites …" leaves the server signing with SHA-224: SignatureAlgorithmsNginxTests checks this against
        /// the running nginx), else the http block's; else OpenSSL's built-in list. The server's cipher string goes with it: OpenSSL
        /// applies its @SECLEVEL to the signature algorithms too.</summary>
        private static ConfigDirective EffectiveSignatureAlgorithms(Block server, string label, Block? http, string cipherString)
        {
            var name = $"{label}: ssl_conf_command SignatureAlgorithms";
            ConfigDirective d;
            if (server.ConfCommands)
            {
                d = server.SignatureAlgorithms is { } own
                    ? own with { Directive = name, Notes = own.Notes.Append($"set in the server block ({own.File}:{own.Line})").ToList() }
                    : OpenSslSignatureAlgorithms.DefaultDirective(server.File, server.Line, name,
                        "not set in the server block, whose own ssl_conf_command lines replace the http block's: set ssl_conf_command SignatureAlgorithms there");
            }
            else if (http?.SignatureAlgorithms is { } inherited)
            {
                d = inherited with { Directive = name, Notes = inherited.Notes.Append($"inherited from http ({inherited.File}:{inherited.Line})").ToList() };
            }
            else
            {
                d = OpenSslSignatureAlgorithms.DefaultDirective(server.File, server.Line, name,
                    "not set in the server block nor in http: set ssl_conf_command SignatureAlgorithms to exclude SHA-224 and SHA-1");
            }
            return d with { ServerCipherString = cipherString };
        }

        private static ConfigDirective Effective(Block server, string label, string directive, ConfigDirective? own, ConfigDirective? inherited)
        {
            var name = $"{label}: {directive}";
            if (own != null) { return own with { Directive = name, Notes = own.Notes.Concat(new[] { $"set in the server block ({own.File}:{own.Line})" }).ToList() }; }
            if (inherited != null)
            {
                return inherited with { Directive = name, Notes = inherited.Notes.Concat(new[] { $"inherited from http ({inherited.File}:{inherited.Line})" }).ToList() };
            }
            var d = directive == "ssl_protocols"
                ? Protocols(server.File, server.Line, name, DefaultProtocols, isDefault: true, DefaultProtocolsNote)
                : new ConfigDirective
                {
                    File = server.File, Line = server.Line, Directive = name, Value = DefaultCiphers, Kind = DirectiveKind.TlsCipherString,
                    CipherString = DefaultCiphers, IsDefault = true, Notes = new[] { "nginx default" },
                };
            return d;
        }
    }

    private static void ReadOne(string path, string text, int depth, string baseDir, ConfigReadContext ctx, List<ConfigDirective> result, ref bool tlsOn, Blocks blocks)
    {
        foreach (var (line, words, end) in StatementsWithEnds(text))
        {
            if (end == '}') { if (words.Count == 0) { blocks.Close(); } continue; }
            if (words.Count == 0) { continue; }
            if (end == '{')
            {
                blocks.Stack.Add(new Block { Name = words[0], File = path, Line = line });
                continue;
            }
            var name = words[0];
            var args = words.Skip(1).ToList();
            var value = string.Join(' ', args);
            if (name == "include" && args.Count == 1)
            {
                var on = tlsOn;
                var collected = new List<ConfigDirective>();
                ctx.Include(args[0], baseDir, depth, path, line, (f, t, d) => ReadOne(f, t, d, baseDir, ctx, collected, ref on, blocks));
                tlsOn = on;
                result.AddRange(collected);
                continue;
            }
            var top = blocks.Top;
            if (name == "ssl_certificate" || name == "listen" && args.Any(a => a == "ssl") || name == "ssl" && args.FirstOrDefault() == "on")
            {
                tlsOn = true;
                if (top != null) { top.TlsOn = true; }
            }
            if (top != null && name == "server_name") { top.ServerNames.AddRange(args); }
            if (top != null && name == "listen" && args.Count > 0) { top.Listens.Add(args[0]); }
            if (name.EndsWith("ssl_protocols", StringComparison.Ordinal))
            {
                var d = Protocols(path, line, name, value, isDefault: false, null);
                result.Add(d);
                if (top != null && name == "ssl_protocols") { top.Protocols = d; }
            }
            else if (name.EndsWith("ssl_ciphers", StringComparison.Ordinal) && args.Count == 1)
            {
                var d = new ConfigDirective { File = path, Line = line, Directive = name, Value = value, Kind = DirectiveKind.TlsCipherString, CipherString = args[0] };
                result.Add(d);
                if (top != null && name == "ssl_ciphers") { top.Ciphers = d; }
            }
            else if (name.EndsWith("ssl_ecdh_curve", StringComparison.Ordinal) && args.Count == 1)
            {
                result.Add(Groups(path, line, name, args[0]));
            }
            else if (name.EndsWith("ssl_conf_command", StringComparison.Ordinal) && args.Count == 2)
            {
                var d = OpenSslConfCommand.Directive(path, line, $"{name} {args[0]}", args[0], args[1]);
                if (d != null) { result.Add(d); }
                if (top != null && name == "ssl_conf_command")
                {
                    top.ConfCommands = true;
                    if (d is { Kind: DirectiveKind.TlsSignatureAlgorithms } && args[0].Equals("SignatureAlgorithms", StringComparison.OrdinalIgnoreCase)) { top.SignatureAlgorithms = d; }
                }
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
    internal static IEnumerable<(int Line, List<string> Words)> Statements(string text) =>
        StatementsWithEnds(text).Where(x => x.Words.Count > 0).Select(x => (x.Line, x.Words));

    /// <summary>As <see cref="Statements"/>, with what ended each statement (';', '{', '}' — a lone '}' has no words — or
    /// '\0' at the end of the text).</summary>
    internal static IEnumerable<(int Line, List<string> Words, char End)> StatementsWithEnds(string text)
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
                if (words.Count > 0) { yield return (startLine, words, c); words = new List<string>(); }
                else if (c == '}') { yield return (line, new List<string>(), c); }
                i++;
                continue;
            }
            if (words.Count == 0 && sb.Length == 0) { startLine = line; }
            sb.Append(c);
            i++;
        }
        Flush();
        if (words.Count > 0) { yield return (startLine, words, '\0'); }
    }
}
