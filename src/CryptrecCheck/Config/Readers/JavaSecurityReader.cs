namespace CryptrecCheck.Config.Readers;

/// <summary>
/// Java's java.security: jdk.tls.disabledAlgorithms and jdk.certpath.disabledAlgorithms (backslash-continued property
/// lines). A disabled-algorithms list says what is off; what matters is what stays on, so each directive reports the
/// weak protocols, ciphers and hashes that are NOT disabled (and are therefore still usable), for the policy to judge.
/// </summary>
public sealed class JavaSecurityReader : IConfigReader
{
    public ConfigType Type => ConfigType.JavaSecurity;

    /// <summary>(entry as Java spells it, name the resolver judges). Protocols and ciphers for TLS; hashes for both.</summary>
    private static readonly (string Entry, string Name)[] TlsCandidates =
    {
        ("SSLv3", "SSLv3"), ("TLSv1", "TLSv1.0"), ("TLSv1.1", "TLSv1.1"), ("RC4", "RC4"), ("DES", "DES"), ("3DES_EDE_CBC", "3DES-CBC"),
        ("NULL", "TLS_RSA_WITH_NULL_SHA256"), ("anon", "TLS_DH_anon_WITH_AES_128_GCM_SHA256"), ("MD5", "MD5"), ("MD5withRSA", "MD5withRSA"),
    };

    private static readonly (string Entry, string Name)[] CertCandidates =
    {
        ("MD2", "MD2"), ("MD5", "MD5"), ("SHA1", "SHA1withRSA"),
    };

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        foreach (var (line, content) in Properties(text))
        {
            var eq = content.IndexOfAny(new[] { '=', ':' });
            if (eq <= 0) { continue; }
            var key = content[..eq].Trim();
            var value = content[(eq + 1)..].Trim();
            var candidates = key switch
            {
                "jdk.tls.disabledAlgorithms" => TlsCandidates,
                "jdk.certpath.disabledAlgorithms" => CertCandidates,
                _ => null,
            };
            if (candidates == null) { continue; }
            var entries = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var disabled = entries.Select(e => e.Split(' ', 2)[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var enabled = new List<string>();
            var notes = new List<string>();
            foreach (var (entry, name) in candidates)
            {
                if (!disabled.Contains(entry)) { enabled.Add(name); notes.Add($"{entry} is not disabled"); }
            }
            foreach (var e in entries.Where(e => e.Contains("keySize", StringComparison.Ordinal)))
            {
                notes.Add($"key-size constraint: {e}");
            }
            result.Add(new ConfigDirective { File = path, Line = line, Directive = key, Value = value, Kind = DirectiveKind.EnabledNames, Names = enabled, Notes = notes });
        }
        return result;
    }

    private static IEnumerable<(int Line, string Text)> Properties(string text)
    {
        var sb = new System.Text.StringBuilder();
        var start = 0;
        foreach (var (n, raw) in ConfigLines.Number(text))
        {
            var t = raw.Trim();
            if (sb.Length == 0)
            {
                if (t.Length == 0 || t[0] is '#' or '!') { continue; }
                start = n;
            }
            if (t.EndsWith('\\')) { sb.Append(t, 0, t.Length - 1).Append(' '); continue; }
            sb.Append(t);
            yield return (start, sb.ToString());
            sb.Clear();
        }
        if (sb.Length > 0) { yield return (start, sb.ToString()); }
    }
}
