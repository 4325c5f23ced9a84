using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.Readers;

/// <summary>
/// Postfix main.cf: smtpd_/smtp_/lmtp_/tlsproxy_ tls_protocols and tls_mandatory_protocols (">=TLSv1.2", "!SSLv2, !SSLv3",
/// "TLSv1.2 TLSv1.3"), tls_ciphers and tls_mandatory_ciphers grades (high, medium, low, export, null) expanded through
/// tls_&lt;grade&gt;_cipherlist (the file's value, else Postfix's default) with tls_exclude_ciphers appended, and the
/// cipher lists themselves. "$name" references to other parameters are resolved within the file; lines continue when
/// the next line starts with white space.
/// </summary>
public sealed class PostfixReader : IConfigReader
{
    public ConfigType Type => ConfigType.Postfix;

    /// <summary>Postfix 3.x defaults of tls_&lt;grade&gt;_cipherlist (postconf(5)).</summary>
    internal static readonly Dictionary<string, string> DefaultGradeLists = new(StringComparer.Ordinal)
    {
        ["high"] = "aNULL:-aNULL:HIGH:@STRENGTH",
        ["medium"] = "aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH",
        ["low"] = "aNULL:-aNULL:HIGH:MEDIUM:LOW:+RC4:@STRENGTH",
        ["export"] = "aNULL:-aNULL:HIGH:MEDIUM:LOW:EXPORT:+RC4:@STRENGTH",
        ["null"] = "eNULL:!aNULL",
    };

    private static readonly string[] Prefixes = { "smtpd_", "smtp_", "lmtp_", "tlsproxy_", "postscreen_" };

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var parameters = new Dictionary<string, (int Line, string Value)>(StringComparer.Ordinal);
        foreach (var (line, content) in Logical(text))
        {
            var eq = content.IndexOf('=');
            if (eq <= 0) { continue; }
            var name = content[..eq].Trim();
            if (name.Length == 0 || name.Any(char.IsWhiteSpace)) { continue; }
            parameters[name] = (line, content[(eq + 1)..].Trim());
        }
        string Resolve(string v, int depth = 0)
        {
            if (depth > 8 || v.IndexOf('$') < 0) { return v; }
            foreach (var (k, p) in parameters)
            {
                v = v.Replace("${" + k + "}", p.Value, StringComparison.Ordinal).Replace("$" + k, p.Value, StringComparison.Ordinal);
            }
            return Resolve(v, depth + 1);
        }

        // Where TLS is on (smtpd_/smtp_tls_security_level other than none) and the protocols or cipher grade are not set,
        // Postfix's own defaults apply (postconf -d, Postfix 3.6 and later): ">=TLSv1" and "medium".
        var defaults = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in new[] { "smtpd_", "smtp_" })
        {
            if (!parameters.TryGetValue(role + "tls_security_level", out var level) || Resolve(level.Value).Trim() is "" or "none") { continue; }
            foreach (var (tail, value) in new[] { ("tls_protocols", ">=TLSv1"), ("tls_ciphers", "medium") })
            {
                if (parameters.TryAdd(role + tail, (0, value))) { defaults.Add(role + tail); }
            }
        }

        var result = new List<ConfigDirective>();
        foreach (var (name, (line, raw)) in parameters.OrderBy(p => p.Value.Line))
        {
            var value = Resolve(raw);
            var role = Prefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
            var tail = role == null ? name : name[role.Length..];
            if (tail is "tls_protocols" or "tls_mandatory_protocols")
            {
                result.Add(Protocols(path, line, name, value));
            }
            else if (tail is "tls_ciphers" or "tls_mandatory_ciphers")
            {
                var grade = value.Trim().ToLowerInvariant();
                var listName = $"tls_{grade}_cipherlist";
                var notes = new List<string>();
                string? list = parameters.TryGetValue(listName, out var l) ? Resolve(l.Value) : DefaultGradeLists.GetValueOrDefault(grade);
                if (list == null) { notes.Add($"unknown cipher grade \"{value}\""); continue; }
                notes.Add(parameters.ContainsKey(listName) ? $"grade {grade}: {listName} from this file" : $"grade {grade}: Postfix default {listName}");
                var excludeName = role + (tail == "tls_ciphers" ? "tls_exclude_ciphers" : "tls_mandatory_exclude_ciphers");
                if (parameters.TryGetValue(excludeName, out var ex))
                {
                    foreach (var x in Resolve(ex.Value).Split(new[] { ',', ' ', ':' }, StringSplitOptions.RemoveEmptyEntries)) { list += ":!" + x; }
                    notes.Add($"with {excludeName}");
                }
                result.Add(new ConfigDirective { File = path, Line = line, Directive = name, Value = value, Kind = DirectiveKind.TlsCipherString, CipherString = list, Notes = notes });
            }
            else if (name is "tls_high_cipherlist" or "tls_medium_cipherlist" or "tls_low_cipherlist")
            {
                result.Add(new ConfigDirective { File = path, Line = line, Directive = name, Value = value, Kind = DirectiveKind.TlsCipherString, CipherString = value });
            }
            else if (name is "tls_eecdh_auto_curves" or "tls_ffdhe_auto_groups")
            {
                result.Add(new ConfigDirective
                {
                    File = path, Line = line, Directive = name, Value = value, Kind = DirectiveKind.TlsGroups,
                    Names = value.Split(new[] { ',', ' ', ':' }, StringSplitOptions.RemoveEmptyEntries),
                });
            }
        }
        for (var i = 0; i < result.Count; i++)
        {
            if (defaults.Contains(result[i].Directive))
            {
                result[i] = result[i] with { IsDefault = true, Notes = result[i].Notes.Append("not set: Postfix default (postconf -d, Postfix ≥ 3.6)").ToList() };
            }
        }
        return result;
    }

    /// <summary>Postfix protocol syntax: ">=V", "<=V", "!V" exclusions, or a list of versions to enable.</summary>
    private static ConfigDirective Protocols(string path, int line, string name, string value)
    {
        var notes = new List<string>();
        var min = TlsProtocolVersion.Tls10;
        var max = TlsProtocolVersion.Tls13;
        var excluded = new List<TlsProtocolVersion>();
        var included = new List<TlsProtocolVersion>();
        foreach (var raw in value.Split(new[] { ',', ' ', ':' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.StartsWith(">=", StringComparison.Ordinal) && TlsProtocolWords.Parse(raw[2..]) is { } lo) { min = lo; }
            else if (raw.StartsWith("<=", StringComparison.Ordinal) && TlsProtocolWords.Parse(raw[2..]) is { } hi) { max = hi; }
            else if (raw.StartsWith('!') && TlsProtocolWords.Parse(raw[1..]) is { } ex) { excluded.Add(ex); }
            else if (TlsProtocolWords.Parse(raw) is { } inc) { included.Add(inc); }
            else { notes.Add($"unknown protocol \"{raw}\""); }
        }
        var set = included.Count > 0 ? included.Where(v => !excluded.Contains(v)).ToList()
            : TlsProtocolWords.Range(min, max).Where(v => !excluded.Contains(v)).ToList();
        if (included.Count == 0 && value.Trim().Length == 0) { notes.Add("empty: every version the TLS library offers"); }
        return new ConfigDirective { File = path, Line = line, Directive = name, Value = value, Kind = DirectiveKind.TlsProtocols, Protocols = set, Notes = notes };
    }

    private static IEnumerable<(int Line, string Text)> Logical(string text)
    {
        var sb = new System.Text.StringBuilder();
        var start = 0;
        foreach (var (n, raw) in ConfigLines.Number(text))
        {
            var t = raw.TrimStart().StartsWith('#') ? string.Empty : raw;
            if (t.Length > 0 && char.IsWhiteSpace(t[0]) && sb.Length > 0) { sb.Append(' ').Append(t.Trim()); continue; }
            if (sb.Length > 0) { yield return (start, sb.ToString()); sb.Clear(); }
            if (t.Trim().Length == 0) { continue; }
            start = n;
            sb.Append(t.Trim());
        }
        if (sb.Length > 0) { yield return (start, sb.ToString()); }
    }
}
