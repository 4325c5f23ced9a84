using CryptrecCheck.Config.OpenSsl;
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
        var state = new State();
        ReadOne(path, text, 0, baseDir, context, result, state);
        AddDefaults(path, result, state);
        // OpenSSL applies the @SECLEVEL of the scope's cipher string (else the server level's) to its signature algorithms.
        foreach (var (index, scope) in state.SignatureAlgorithms)
        {
            result[index] = result[index] with { ServerCipherString = CipherStringOf(scope, state) };
        }
        return result;
    }

    /// <summary>Where a directive sits: the open sections (VirtualHost, IfModule, IfDefine, If, …), shared across includes
    /// (an Include inside a VirtualHost reads into it), and what the server level and each virtual host set.</summary>
    private sealed class State
    {
        internal List<(string Kind, string Arg)> Sections { get; } = new();
        internal List<Scope> Hosts { get; } = new();
        internal Scope Server { get; } = new("server level", string.Empty, 0);
        internal Scope? Host { get; set; }

        /// <summary>Where each SignatureAlgorithms read sits in the result, and its scope: its security level is the one of the
        /// scope's cipher string, which may come later in the file.</summary>
        internal List<(int Index, Scope Scope)> SignatureAlgorithms { get; } = new();
    }

    /// <summary>The server level or one virtual host: whether it turns TLS on and sets the protocols and suites itself
    /// (unconditionally: a directive inside an &lt;IfModule&gt; of another module or an &lt;IfDefine&gt; may not apply).</summary>
    private sealed class Scope(string name, string file, int line)
    {
        internal string Name { get; } = name;
        internal string File { get; } = file;
        internal int Line { get; } = line;
        internal bool SslEngine { get; set; }
        internal bool Protocols { get; set; }
        internal bool Ciphers { get; set; }
        internal bool SignatureAlgorithms { get; set; }

        /// <summary>The TLS 1.0–1.2 cipher string set unconditionally in this scope (for its @SECLEVEL).</summary>
        internal string? CipherString { get; set; }
        internal List<string> ProtocolConditions { get; } = new();
        internal List<string> CipherConditions { get; } = new();
    }

    /// <summary>The condition of the innermost enclosing conditional sections, or null when the directive applies whatever
    /// the build: &lt;IfModule mod_ssl.c&gt; / ssl_module holds wherever mod_ssl's directives are read at all.</summary>
    private static string? Condition(State st)
    {
        var parts = st.Sections
            .Where(x => x.Kind.StartsWith("if", StringComparison.Ordinal)
                && !(x.Kind == "ifmodule" && x.Arg.Trim().ToLowerInvariant() is "mod_ssl.c" or "ssl_module" or "mod_ssl"))
            .Select(x => $"<{x.Kind switch { "ifmodule" => "IfModule", "ifdefine" => "IfDefine", "ifversion" => "IfVersion", "iffile" => "IfFile", "ifdirective" => "IfDirective", "ifsection" => "IfSection", _ => x.Kind }} {x.Arg}>")
            .ToList();
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    /// <summary>mod_ssl's built-in defaults, where TLS is on (SSLEngine on) and no file read sets the directive. Source: the
    /// mod_ssl reference of the installed Apache (Debian 12's apache2 2.4.71, package apache2-doc, manual/en/mod/mod_ssl.html):
    /// "Default: SSLProtocol all -SSLv3" and "Default: SSLCipherSuite DEFAULT (depends on OpenSSL version)". Debian's own
    /// mods-available/ssl.conf sets both explicitly (SSLProtocol all -SSLv3, SSLCipherSuite HIGH:!aNULL); when that file is
    /// read (apache2.conf includes mods-enabled/*.conf), its lines are reported instead.</summary>
    /// <remarks>mod_ssl merges the server level into each virtual host: a virtual host with TLS on that sets neither the
    /// directive itself nor inherits it from the server level runs with the built-in default, whatever other virtual hosts
    /// set (one "SSLProtocol" anywhere used to suppress the defaults of every host: a false "compliant"). A directive read
    /// only inside a conditional section that may not hold (another module's &lt;IfModule&gt;, &lt;IfDefine&gt;, …) does not
    /// count as set: the default is reported beside it, with the condition.</remarks>
    private static void AddDefaults(string path, List<ConfigDirective> result, State st)
    {
        const string source = "mod_ssl built-in default (Apache 2.4 manual, mod_ssl)";
        var scopes = new List<(Scope Scope, bool Protocols, bool Ciphers)>();
        if (st.Server.SslEngine) { scopes.Add((st.Server, !st.Server.Protocols, !st.Server.Ciphers)); }
        foreach (var h in st.Hosts.Where(h => h.SslEngine))
        {
            scopes.Add((h, !h.Protocols && !st.Server.Protocols, !h.Ciphers && !st.Server.Ciphers));
        }
        // One default entry per scope that needs it, named by a note (a single-host file keeps its one "SSLProtocol" default).
        var protocolScopes = scopes.Where(x => x.Protocols).Select(x => x.Scope).ToList();
        var cipherScopes = scopes.Where(x => x.Ciphers).Select(x => x.Scope).ToList();
        foreach (var scope in protocolScopes)
        {
            var d = Protocols(scope == st.Server ? path : scope.File, 0, "SSLProtocol", "all -SSLv3", new List<string> { "all", "-SSLv3" });
            result.Add(d with { IsDefault = true, Notes = d.Notes.Concat(new[] { source, Where(scope, st, "SSLProtocol") }).ToList() });
        }
        // mod_ssl sets no signature algorithms: OpenSSL's built-in list applies (SSLOpenSSLConfCmd is merged from the server
        // level into each virtual host, as the directives above).
        var sigalgScopes = scopes.Select(x => x.Scope)
            .Where(x => !x.SignatureAlgorithms && !st.Server.SignatureAlgorithms).ToList();
        foreach (var scope in sigalgScopes)
        {
            var d = OpenSslSignatureAlgorithms.DefaultDirective(scope == st.Server ? path : scope.File, 0, "SSLOpenSSLConfCmd SignatureAlgorithms",
                "not set: set SSLOpenSSLConfCmd SignatureAlgorithms to exclude SHA-224 and SHA-1", Where(scope, st, "SSLOpenSSLConfCmd SignatureAlgorithms"));
            result.Add(d with { ServerCipherString = CipherStringOf(scope, st) });
        }
        foreach (var scope in cipherScopes)
        {
            result.Add(new ConfigDirective
            {
                File = scope == st.Server ? path : scope.File, Line = 0, Directive = "SSLCipherSuite", Value = "DEFAULT", Kind = DirectiveKind.TlsCipherString, CipherString = "DEFAULT",
                IsDefault = true, Notes = new[] { source + "; OpenSSL's DEFAULT list", Where(scope, st, "SSLCipherSuite") },
            });
        }
    }

    /// <summary>The cipher string that applies in a scope: its own, else the server level's.</summary>
    private static string? CipherStringOf(Scope scope, State st) => scope.CipherString ?? st.Server.CipherString;

    private static string Where(Scope scope, State st, string directive)
    {
        var what = scope == st.Server
            ? $"TLS on at the server level, {directive} not set there"
            : $"for <VirtualHost {scope.Name}> ({scope.File}:{scope.Line}): {directive} set neither there nor at the server level";
        var conditions = directive == "SSLProtocol" ? scope.ProtocolConditions : directive == "SSLCipherSuite" ? scope.CipherConditions : new List<string>();
        return conditions.Count == 0 ? what : $"{what} (set only under {string.Join(", ", conditions.Distinct())}, which may not apply)";
    }

    private static void ReadOne(string path, string text, int depth, string baseDir, ConfigReadContext ctx, List<ConfigDirective> result, State st)
    {
        foreach (var (line, content) in LogicalLines(text))
        {
            var t = ConfigLines.StripComment(content).Trim();
            if (t.Length == 0) { continue; }
            if (t[0] == '<')
            {
                Section(t, path, line, st);
                continue;
            }
            var words = Words(t);
            if (words.Count < 2) { continue; }
            var name = words[0];
            var args = words.Skip(1).ToList();
            var value = string.Join(' ', args);
            var scope = st.Host ?? st.Server;
            var condition = Condition(st);
            var count = result.Count;
            switch (name.ToLowerInvariant())
            {
                case "include":
                case "includeoptional":
                    ctx.Include(args[0], baseDir, depth, path, line, (f, x, d) => ReadOne(f, x, d, baseDir, ctx, result, st));
                    continue;
                case "sslengine":
                    // A conditional "SSLEngine on" still counts: TLS may be on, and its defaults are then reported.
                    if (args[0].Equals("on", StringComparison.OrdinalIgnoreCase)) { scope.SslEngine = true; }
                    break;
                case "sslprotocol":
                case "sslproxyprotocol":
                    result.Add(Protocols(path, line, name, value, args));
                    if (name.Equals("SSLProtocol", StringComparison.OrdinalIgnoreCase)) { Mark(scope, condition, protocols: true); }
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
                        if (name.Equals("SSLCipherSuite", StringComparison.OrdinalIgnoreCase))
                        {
                            Mark(scope, condition, protocols: false);
                            if (condition == null) { scope.CipherString = spec; }
                        }
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
                        if (d is { Kind: DirectiveKind.TlsSignatureAlgorithms })
                        {
                            st.SignatureAlgorithms.Add((result.Count - 1, scope));
                            // Read under a condition that may not hold, it does not count as set: the default is reported beside it.
                            if (condition == null && args[0].Equals("SignatureAlgorithms", StringComparison.OrdinalIgnoreCase)) { scope.SignatureAlgorithms = true; }
                        }
                    }
                    break;
            }
            if (condition != null)
            {
                for (var i = count; i < result.Count; i++)
                {
                    result[i] = result[i] with { Notes = result[i].Notes.Append($"applies only if {condition} holds").ToList() };
                }
            }
        }
    }

    private static void Mark(Scope scope, string? condition, bool protocols)
    {
        if (condition != null) { (protocols ? scope.ProtocolConditions : scope.CipherConditions).Add(condition); return; }
        if (protocols) { scope.Protocols = true; } else { scope.Ciphers = true; }
    }

    /// <summary>Opens or closes a section: &lt;VirtualHost …&gt; starts a host scope; &lt;IfModule&gt;, &lt;IfDefine&gt;, &lt;If…&gt;
    /// make what they hold conditional; other sections (Directory, Location, …) are tracked only so that closing tags
    /// pair up.</summary>
    private static void Section(string t, string path, int line, State st)
    {
        var inner = t.TrimStart('<').TrimEnd('>').Trim();
        if (inner.StartsWith('/'))
        {
            var kind = inner[1..].Trim().ToLowerInvariant();
            var at = st.Sections.FindLastIndex(x => x.Kind == kind);
            if (at < 0) { return; } // unbalanced: httpd would refuse the file; nothing to close here
            st.Sections.RemoveRange(at, st.Sections.Count - at);
            if (kind == "virtualhost") { st.Host = null; }
            return;
        }
        var cut = inner.IndexOfAny(new[] { ' ', '\t' });
        var open = (cut < 0 ? inner : inner[..cut]).ToLowerInvariant();
        var arg = cut < 0 ? string.Empty : inner[(cut + 1)..].Trim();
        st.Sections.Add((open, arg));
        if (open == "virtualhost")
        {
            st.Host = new Scope(arg, path, line);
            st.Hosts.Add(st.Host);
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
