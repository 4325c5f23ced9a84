namespace CryptrecCheck.Config.Readers;

/// <summary>
/// Windows: SChannel registry exports (.reg: …\SCHANNEL\Protocols\TLS 1.0\Server "Enabled"=dword:…, …\Ciphers\RC4 128/128,
/// …\Hashes\MD5, …\KeyExchangeAlgorithms\PKCS; the suite order in …\Cryptography\Configuration\SSL\00010002 "Functions"),
/// and text captured from Get-TlsCipherSuite (its "Name : TLS_…" lines, or one suite name per line).
/// A key whose "Enabled" value is non-zero (or a suite listed) is enabled and judged; a disabled key is noted.
/// </summary>
public sealed class WindowsSchannelReader : IConfigReader
{
    public ConfigType Type => ConfigType.WindowsSchannel;

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        string? section = null;
        var suites = new List<string>();
        var firstSuiteLine = 0;
        foreach (var (line, raw) in ConfigLines.Number(text.Replace("\0", string.Empty, StringComparison.Ordinal)))
        {
            var t = raw.Trim();
            if (t.Length == 0) { continue; }
            if (t.StartsWith('[') && t.EndsWith(']')) { section = t[1..^1]; continue; }
            var eq = t.IndexOf('=');
            if (section != null && eq > 0)
            {
                var name = t[..eq].Trim().Trim('"');
                var value = t[(eq + 1)..].Trim();
                var schannel = section.IndexOf(@"\SCHANNEL\", StringComparison.OrdinalIgnoreCase);
                if (schannel >= 0 && name.Equals("Enabled", StringComparison.OrdinalIgnoreCase))
                {
                    var parts = section[(schannel + 10)..].Split('\\');
                    if (parts.Length >= 2)
                    {
                        var on = !value.Equals("dword:00000000", StringComparison.OrdinalIgnoreCase);
                        var item = parts[0].Equals("Protocols", StringComparison.OrdinalIgnoreCase) ? parts[1] : parts[^1];
                        var role = parts.Length >= 3 ? $" ({parts[2]})" : string.Empty;
                        result.Add(new ConfigDirective
                        {
                            File = path, Line = line, Directive = $@"SCHANNEL\{string.Join('\\', parts)} Enabled", Value = value, Kind = DirectiveKind.EnabledNames,
                            Names = on ? new[] { item } : Array.Empty<string>(),
                            Notes = on ? new[] { $"{item}{role} enabled" } : new[] { $"{item}{role} disabled" },
                        });
                    }
                }
                else if (name.Equals("Functions", StringComparison.OrdinalIgnoreCase) && value.StartsWith('"'))
                {
                    var list = value.Trim('"').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    result.Add(new ConfigDirective { File = path, Line = line, Directive = "SSL Cipher Suite Order (Functions)", Value = value, Kind = DirectiveKind.EnabledNames, Names = list });
                }
                continue;
            }
            // Get-TlsCipherSuite: "Name                  : TLS_…", or a bare list of names.
            var colon = t.IndexOf(':');
            var candidate = colon > 0 && t[..colon].Trim().Equals("Name", StringComparison.OrdinalIgnoreCase) ? t[(colon + 1)..].Trim()
                : t.StartsWith("TLS_", StringComparison.Ordinal) && !t.Contains(' ', StringComparison.Ordinal) ? t : null;
            if (candidate != null)
            {
                if (suites.Count == 0) { firstSuiteLine = line; }
                suites.Add(candidate);
            }
        }
        if (suites.Count > 0)
        {
            result.Add(new ConfigDirective
            {
                File = path, Line = firstSuiteLine, Directive = "Get-TlsCipherSuite", Value = $"{suites.Count} suites", Kind = DirectiveKind.EnabledNames, Names = suites,
            });
        }
        return result;
    }
}
