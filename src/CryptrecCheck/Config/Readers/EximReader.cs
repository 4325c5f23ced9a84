using CryptrecCheck.Config.GnuTls;

namespace CryptrecCheck.Config.Readers;

/// <summary>
/// Exim (exim4.conf, the Debian split conf.d files): <c>tls_require_ciphers</c> in the main section and in smtp
/// transports. Exim built with GnuTLS (Debian's exim4-daemon-light/-heavy) passes the value to GnuTLS as a priority
/// string; built with OpenSSL, it is an OpenSSL cipher string. A value in GnuTLS's syntax (NORMAL:…, a VERS-/%… element)
/// is read as a priority string; any other value as an OpenSSL cipher string, with a note. Macros (<c>NAME = value</c>,
/// upper-case first letter) defined earlier in the file are substituted; <c>.include</c> / <c>.include_if_exists</c> are
/// followed; lines ending in a backslash continue; values containing <c>$</c> expansions are noted, not evaluated. An
/// absent tls_require_ciphers is not reported (Exim then uses the TLS library's default).
/// </summary>
public sealed class EximReader : IConfigReader
{
    public ConfigType Type => ConfigType.Exim;

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        ReadOne(path, text, 0, baseDir, context, macros, result);
        return result;
    }

    private static void ReadOne(string path, string text, int depth, string baseDir, ConfigReadContext ctx, Dictionary<string, string> macros, List<ConfigDirective> result)
    {
        foreach (var (line, content) in LogicalLines(text))
        {
            var t = content.Trim();
            if (t.Length == 0 || t[0] == '#') { continue; }
            if (t.StartsWith(".include", StringComparison.Ordinal))
            {
                var sp = t.IndexOf(' ');
                if (sp > 0) { ctx.Include(t[(sp + 1)..].Trim(), baseDir, depth, path, line, (f, x, d) => ReadOne(f, x, d, baseDir, ctx, macros, result)); }
                continue;
            }
            if (t[0] == '.') { continue; } // .ifdef/.endif: both branches are read (what an administrator may enable)
            var eq = t.IndexOf('=');
            if (eq <= 0) { continue; }
            var name = t[..eq].Trim();
            var value = t[(eq + 1)..].Trim();
            if (name.Length > 0 && char.IsUpper(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                if (!macros.ContainsKey(name)) { macros[name] = Substitute(value, macros); }
                continue;
            }
            if (!string.Equals(name, "tls_require_ciphers", StringComparison.Ordinal)) { continue; }
            var v = ConfigLines.Unquote(Substitute(value, macros));
            var notes = new List<string>();
            if (v.Contains('$', StringComparison.Ordinal))
            {
                notes.Add("the value contains an Exim expansion ($…), which is not evaluated");
                result.Add(new ConfigDirective { File = path, Line = line, Directive = name, Value = v, Kind = DirectiveKind.EnabledNames, Names = Array.Empty<string>(), Notes = notes });
                continue;
            }
            if (GnuTlsPriorityString.LooksLikePriorityString(v))
            {
                notes.Add("read as a GnuTLS priority string (Exim built with GnuTLS, as Debian builds it)");
                result.Add(new ConfigDirective { File = path, Line = line, Directive = name, Value = v, Kind = DirectiveKind.GnuTlsPriority, Notes = notes });
            }
            else
            {
                notes.Add("read as an OpenSSL cipher string (Exim built with OpenSSL); Exim built with GnuTLS would pass it to GnuTLS instead");
                result.Add(new ConfigDirective { File = path, Line = line, Directive = name, Value = v, Kind = DirectiveKind.TlsCipherString, CipherString = v, Notes = notes });
            }
        }
    }

    /// <summary>Replaces macro names (whole words) by their values, once, as Exim does before reading an option.</summary>
    private static string Substitute(string value, Dictionary<string, string> macros)
    {
        if (macros.Count == 0) { return value; }
        var sb = new System.Text.StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            if (char.IsUpper(value[i]) && (i == 0 || !(char.IsLetterOrDigit(value[i - 1]) || value[i - 1] == '_')))
            {
                var j = i;
                while (j < value.Length && (char.IsLetterOrDigit(value[j]) || value[j] == '_')) { j++; }
                var word = value[i..j];
                if (macros.TryGetValue(word, out var m)) { sb.Append(m); i = j; continue; }
                sb.Append(word);
                i = j;
                continue;
            }
            sb.Append(value[i]);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>Exim's continuation: a trailing backslash joins the next line, whose leading white space is dropped.</summary>
    private static IEnumerable<(int Line, string Text)> LogicalLines(string text)
    {
        var sb = new System.Text.StringBuilder();
        var start = 0;
        foreach (var (n, raw) in ConfigLines.Number(text))
        {
            var part = sb.Length > 0 ? raw.TrimStart() : raw;
            if (sb.Length == 0) { start = n; }
            if (part.EndsWith('\\')) { sb.Append(part, 0, part.Length - 1); continue; }
            sb.Append(part);
            yield return (start, sb.ToString());
            sb.Clear();
        }
        if (sb.Length > 0) { yield return (start, sb.ToString()); }
    }
}
