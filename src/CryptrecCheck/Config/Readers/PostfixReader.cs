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
        var legacyOn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, content) in Logical(text))
        {
            var eq = content.IndexOf('=');
            if (eq <= 0) { continue; }
            var name = content[..eq].Trim();
            if (name.Length == 0 || name.Any(char.IsWhiteSpace)) { continue; }
            parameters[name] = (line, content[(eq + 1)..].Trim());
        }
        var undefined = new HashSet<string>(StringComparer.Ordinal);
        // "$name", "${name}", "$(name)": the whole name (letters, digits, '_') is looked up, as postconf does — replacing
        // known names as substrings turned "$grade_old" into "high_old" when "grade" was also set. A name the file does not
        // set takes Postfix's built-in value where this reader knows it (BuiltIn, postconf -d); any other expands to
        // nothing here and is noted (postconf uses the built-in value, or warns "undefined parameter").
        string Resolve(string v, int depth = 0)
        {
            if (depth > 8 || v.IndexOf('$') < 0) { return v; }
            var expanded = System.Text.RegularExpressions.Regex.Replace(v, @"\$(?:\{(\w+)\}|\((\w+)\)|(\w+))", m =>
            {
                var key = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
                if (parameters.TryGetValue(key, out var p)) { return p.Value; }
                if (BuiltIn(key) is { } builtIn) { return builtIn; }
                undefined.Add(key);
                return string.Empty;
            }, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return expanded == v ? v : Resolve(expanded, depth + 1);
        }

        // Where TLS is on and the protocols or cipher grade are not set, Postfix's own defaults apply (postconf -d, Postfix
        // 3.6 and later): ">=TLSv1" and "medium", for the opportunistic parameters and, at the levels that make TLS
        // mandatory, for the mandatory ones, which are then the ones in force (postconf(5)). TLS is on when
        // *_tls_security_level is set to anything but none, or, when it is not set, by the legacy *_use_tls = yes (may) or
        // *_enforce_tls = yes (encrypt).
        var defaults = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in new[] { "smtpd_", "smtp_" })
        {
            string level;
            string? legacy = null;
            // An empty level counts as unset: Postfix then applies the legacy parameters.
            if (parameters.TryGetValue(role + "tls_security_level", out var set) && Resolve(set.Value).Trim().Length > 0) { level = Resolve(set.Value).Trim().ToLowerInvariant(); }
            else if (parameters.TryGetValue(role + "enforce_tls", out var enforce) && Resolve(enforce.Value).Trim().Equals("yes", StringComparison.OrdinalIgnoreCase)) { level = "encrypt"; legacy = role + "enforce_tls = yes"; }
            else if (parameters.TryGetValue(role + "use_tls", out var use) && Resolve(use.Value).Trim().Equals("yes", StringComparison.OrdinalIgnoreCase)) { level = "may"; legacy = role + "use_tls = yes"; }
            else { continue; }
            if (level is "" or "none") { continue; }
            var tails = level is "may" or "dane"
                ? new[] { "tls_protocols", "tls_ciphers" }
                : new[] { "tls_protocols", "tls_ciphers", "tls_mandatory_protocols", "tls_mandatory_ciphers" };
            foreach (var tail in tails)
            {
                if (parameters.TryAdd(role + tail, (0, BuiltIn(role + tail)!))) { defaults.Add(role + tail); }
            }
            if (legacy != null) { legacyOn[role] = legacy; }
        }

        var result = new List<ConfigDirective>();
        var undefinedAt = new Dictionary<int, List<string>>();
        foreach (var (name, (line, raw)) in parameters.OrderBy(p => p.Value.Line))
        {
            undefined.Clear();
            var value = Resolve(raw);
            if (undefined.Count > 0 && line > 0) { undefinedAt[line] = undefined.Select(u => "$" + u).ToList(); }
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
                if (list == null || grade is not ("high" or "medium" or "low" or "export" or "null"))
                {
                    // Was dropped without a word, so a file whose only cipher setting was invalid passed.
                    result.Add(new ConfigDirective
                    {
                        File = path, Line = line, Directive = name, Value = value, Kind = DirectiveKind.TlsCipherString, CipherString = value, Notes = notes,
                        Problem = $"\"{value}\" is not a Postfix cipher grade (high, medium, low, export, null): Postfix cannot set up TLS with it",
                    });
                    continue;
                }
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
                var role = Prefixes.First(p => result[i].Directive.StartsWith(p, StringComparison.Ordinal));
                var notes = result[i].Notes.Append("not set: Postfix default (postconf -d, Postfix ≥ 3.6)");
                if (legacyOn.TryGetValue(role, out var legacy)) { notes = notes.Append($"TLS on by the legacy {legacy}"); }
                result[i] = result[i] with { IsDefault = true, Notes = notes.ToList() };
            }
            if (result[i].Line > 0 && undefinedAt.TryGetValue(result[i].Line, out var names))
            {
                result[i] = result[i] with { Notes = result[i].Notes.Append($"{string.Join(", ", names)}: not set in this file, and its built-in value is not known to this reader (expanded to nothing; postconf uses the built-in value or warns \"undefined parameter\")").ToList() };
            }
        }
        return result;
    }

    /// <summary>Built-in values (postconf -d, Postfix ≥ 3.6) of the parameters a TLS setting may refer to.</summary>
    private static string? BuiltIn(string name)
    {
        if (name.StartsWith("tls_", StringComparison.Ordinal) && name.EndsWith("_cipherlist", StringComparison.Ordinal)
            && DefaultGradeLists.TryGetValue(name[4..^11], out var list)) { return list; }
        var role = Prefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));
        return (role == null ? null : name[role.Length..]) switch
        {
            "tls_protocols" or "tls_mandatory_protocols" => ">=TLSv1",
            "tls_ciphers" or "tls_mandatory_ciphers" => "medium",
            "tls_exclude_ciphers" or "tls_mandatory_exclude_ciphers" => string.Empty,
            _ => null,
        };
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
