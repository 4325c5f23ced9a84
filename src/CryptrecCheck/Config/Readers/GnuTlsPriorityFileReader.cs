namespace CryptrecCheck.Config.Readers;

/// <summary>
/// GnuTLS priority strings in a file: GnuTLS's system-wide configuration (/etc/gnutls/config: <c>KEYWORD = string</c> in
/// <c>[priorities]</c>, <c>default-priority-string</c> in <c>[overrides]</c>), or, with <c>--type gnutls-priority</c>, any
/// file holding one priority string per line (<c>#</c> and <c>;</c> start comments). Other [overrides] settings
/// (tls-disabled-cipher, insecure-hash, …) narrow what every priority string enables; they are noted, not applied.
/// </summary>
public sealed class GnuTlsPriorityFileReader : IConfigReader
{
    public ConfigType Type => ConfigType.GnuTlsPriority;

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        var section = string.Empty;
        var overrides = new List<string>();
        foreach (var (line, raw) in ConfigLines.Number(text))
        {
            var t = raw.Trim();
            if (t.Length == 0 || t[0] is '#' or ';') { continue; }
            if (t[0] == '[' && t[^1] == ']') { section = t[1..^1].Trim().ToLowerInvariant(); continue; }
            var eq = t.IndexOf('=');
            if (eq > 0)
            {
                var key = t[..eq].Trim();
                var value = ConfigLines.Unquote(t[(eq + 1)..].Trim());
                if (section == "overrides")
                {
                    if (key.Equals("default-priority-string", StringComparison.OrdinalIgnoreCase))
                    {
                        result.Add(new ConfigDirective { File = path, Line = line, Directive = $"[overrides] {key}", Value = value, Kind = DirectiveKind.GnuTlsPriority });
                    }
                    else { overrides.Add($"{key} = {value}"); }
                    continue;
                }
                if (section is "priorities" or "")
                {
                    result.Add(new ConfigDirective { File = path, Line = line, Directive = section.Length > 0 ? $"[{section}] {key}" : key, Value = value, Kind = DirectiveKind.GnuTlsPriority });
                }
                continue;
            }
            if (section.Length == 0)
            {
                result.Add(new ConfigDirective { File = path, Line = line, Directive = "priority", Value = t, Kind = DirectiveKind.GnuTlsPriority });
            }
        }
        if (overrides.Count > 0)
        {
            for (var i = 0; i < result.Count; i++)
            {
                result[i] = result[i] with { Notes = result[i].Notes.Concat(new[] { $"[overrides] not applied to this expansion: {string.Join("; ", overrides)}" }).ToList() };
            }
        }
        return result;
    }
}
