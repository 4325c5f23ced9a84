namespace CryptrecCheck.Config.Readers;

/// <summary>
/// OpenSSL's configuration file (openssl.cnf, config(5) and SSL_CONF_cmd(3) of OpenSSL 3): the SSL settings that OpenSSL
/// applies to every TLS context an application creates after loading the file, which nginx, Apache, HAProxy, Postfix and
/// most other OpenSSL-based servers do. The chain is followed as OpenSSL follows it: <c>openssl_conf = &lt;init&gt;</c> in
/// the file's default section, <c>ssl_conf = &lt;ssl&gt;</c> in that section, and in it one line per configuration name,
/// <c>system_default = &lt;commands&gt;</c> being the one applied to every context. The commands read are the ones that
/// choose cryptography: CipherString, Ciphersuites, MinProtocol, MaxProtocol, Protocol, Groups/Curves and
/// (Client)SignatureAlgorithms; other commands (Options, …) are not judged. A configuration name other than
/// system_default applies only to applications that ask for it by name, and says so in its notes. <c>.include</c> and
/// <c>.pragma</c> lines are not followed (noted on the directives read), nor is <c>$var</c> substitution applied.
/// </summary>
public sealed class OpenSslConfReader : IConfigReader
{
    public ConfigType Type => ConfigType.OpenSslConf;

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        // Every section's lines, in order; the part before the first [section] is the default section "".
        var sections = new Dictionary<string, List<(int Line, string Key, string Value)>>(StringComparer.Ordinal) { [""] = new() };
        var current = sections[""];
        var unfollowed = new List<string>();
        foreach (var (line, raw) in ConfigLines.Number(text))
        {
            var t = ConfigLines.StripComment(raw).Trim();
            if (t.Length == 0) { continue; }
            if (t[0] == '.')
            {
                unfollowed.Add($"line {line}: {t}");
                continue;
            }
            if (t[0] == '[')
            {
                var close = t.IndexOf(']');
                var name = (close > 0 ? t[1..close] : t[1..]).Trim();
                if (!sections.TryGetValue(name, out current))
                {
                    current = new List<(int, string, string)>();
                    sections[name] = current;
                }
                continue;
            }
            var eq = t.IndexOf('=');
            if (eq <= 0) { continue; }
            current.Add((line, t[..eq].Trim(), ConfigLines.Unquote(t[(eq + 1)..].Trim())));
        }

        var result = new List<ConfigDirective>();
        var notes = unfollowed.Count == 0 ? Array.Empty<string>()
            : new[] { $"not followed: {string.Join("; ", unfollowed)}" };
        // OpenSSL takes the last assignment of a name in a section.
        static (int Line, string Value)? Last(List<(int Line, string Key, string Value)> lines, string key)
        {
            var hit = lines.LastOrDefault(l => l.Key == key);
            return hit.Key == null ? null : (hit.Line, hit.Value);
        }
        if (Last(sections[""], "openssl_conf") is not { } init || !sections.TryGetValue(init.Value, out var initLines)
            || Last(initLines, "ssl_conf") is not { } ssl || !sections.TryGetValue(ssl.Value, out var sslLines))
        {
            return result;
        }
        foreach (var (_, app, commandSection) in sslLines)
        {
            if (!sections.TryGetValue(commandSection, out var commands)) { continue; }
            var appNotes = app == "system_default" ? notes
                : notes.Append($"[{commandSection}] applies only to applications that load the SSL configuration \"{app}\", not to every TLS context").ToArray();
            foreach (var (line, key, value) in commands)
            {
                if (OpenSslConfCommand.Directive(path, line, $"{app}: {key}", key, value) is { } d)
                {
                    result.Add(appNotes.Length == 0 ? d : d with { Notes = d.Notes.Concat(appNotes).ToList() });
                }
            }
        }
        return result;
    }
}
