namespace CryptrecCheck.Config.Readers;

/// <summary>
/// OpenSSH sshd_config and ssh_config: Ciphers, MACs, KexAlgorithms, HostKeyAlgorithms, PubkeyAcceptedAlgorithms
/// (and PubkeyAcceptedKeyTypes), CASignatureAlgorithms, HostbasedAcceptedAlgorithms, with their +/-/^ forms; the first
/// value of a keyword wins, as in OpenSSH; a keyword inside a Match (sshd) or Host (ssh) block is reported with that
/// block's condition; Include globs relative to the main file's directory, depth-bounded. When a keyword is never set,
/// the defaults of <see cref="OpenSshAlgorithms.DefaultsVersion"/> are reported, marked as defaults.
/// </summary>
public sealed class SshReader(bool server) : IConfigReader
{
    public ConfigType Type => server ? ConfigType.Sshd : ConfigType.SshClient;

    public IReadOnlyList<ConfigDirective> Read(string path, string text, ConfigReadContext context)
    {
        var result = new List<ConfigDirective>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string? block = null;
        ReadOne(path, text, 0, baseDir, context, result, seen, ref block);
        foreach (var (name, (kind, def)) in OpenSshAlgorithms.Directives)
        {
            if (seen.Contains(name)) { continue; }
            if (!server && name is "HostbasedAcceptedAlgorithms" or "CASignatureAlgorithms") { continue; }
            result.Add(new ConfigDirective
            {
                File = path, Line = 0, Directive = name, Value = def, Kind = kind, Names = OpenSshAlgorithms.Assemble(string.Empty, def), IsDefault = true,
                Notes = new[] { $"not set: the default of {OpenSshAlgorithms.DefaultsVersion}" },
            });
        }
        return result;
    }

    private void ReadOne(string path, string text, int depth, string baseDir, ConfigReadContext ctx, List<ConfigDirective> result, HashSet<string> seen, ref string? block)
    {
        foreach (var (line, raw) in ConfigLines.Number(text))
        {
            var t = ConfigLines.StripComment(raw).Trim();
            if (t.Length == 0) { continue; }
            var cut = t.IndexOfAny(new[] { ' ', '\t', '=' });
            if (cut == 0) { continue; }
            // A keyword alone on its line ("Ciphers") is not skipped: sshd refuses it ("missing argument"), so it is reported.
            var key = cut < 0 ? t : t[..cut];
            var value = cut < 0 ? string.Empty : t[cut..].TrimStart(' ', '\t', '=').Trim();
            value = ConfigLines.Unquote(value);
            if (key.Equals("Match", StringComparison.OrdinalIgnoreCase) || key.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                // sshd applies "Match all" to every connection, over the global value, for the keywords allowed in a Match
                // block (below); the others behave as global lines there (first value wins). In ssh_config, "Host *" is
                // only a pattern that every host matches, and the first value still wins.
                block = !server && (value.Equals("all", StringComparison.OrdinalIgnoreCase) || value == "*") ? null : $"{key} {value}";
                continue;
            }
            if (key.Equals("Include", StringComparison.OrdinalIgnoreCase))
            {
                var inner = block;
                foreach (var pattern in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    ctx.Include(pattern, baseDir, depth, path, line, (f, x, d) => ReadOne(f, x, d, baseDir, ctx, result, seen, ref inner));
                }
                continue;
            }
            if (OpenSshAlgorithms.Aliases.TryGetValue(key, out var canonical)) { key = canonical; }
            if (!OpenSshAlgorithms.Directives.TryGetValue(key, out var spec)) { continue; }
            var name = OpenSshAlgorithms.Directives.Keys.First(k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
            var notes = new List<string>();
            // sshd -T with a global value and another under "Match all": PubkeyAcceptedAlgorithms, HostbasedAcceptedAlgorithms
            // and CASignatureAlgorithms take the Match value; Ciphers, MACs, KexAlgorithms and HostKeyAlgorithms (not allowed
            // in Match) keep the first, global one.
            var inMatch = server && block != null && !AllowedInMatch(name);
            var matchAll = block != null && block.Equals("Match all", StringComparison.OrdinalIgnoreCase);
            var lineBlock = inMatch && matchAll ? null : block;
            // An empty value is not "the default" (Assemble would give the default list): OpenSSH stops at the line, even one
            // it would otherwise ignore. A list that removes everything ("Ciphers -*") leaves nothing to agree on.
            var keyTypes = spec.Kind is DirectiveKind.SshHostKeyAlgorithms or DirectiveKind.SshPubkeyAlgorithms;
            var known = !keyTypes ? null : name == "CASignatureAlgorithms" ? OpenSshAlgorithms.SigAlgorithms : OpenSshAlgorithms.KeySigAlgorithms;
            var names = value.Length == 0 ? new List<string>() : OpenSshAlgorithms.Assemble(value, spec.Default, known);
            // A key-type wildcard that matches nothing OpenSSH knows: sshd -t says "Bad key types".
            var unmatched = known == null || value.Length == 0 || value[0] == '-' ? null
                : value.TrimStart('+', '^').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .FirstOrDefault(p => p.IndexOfAny(new[] { '*', '?' }) >= 0 && !known.Any(n => OpenSshAlgorithms.PatternMatches(p, n)));
            var problem = value.Length == 0 ? $"{name} without a value: OpenSSH rejects the file (\"no argument after keyword\") and {(server ? "sshd does not start" : "ssh does not connect")}"
                : value[0] != '-' && value.IndexOfAny(new[] { '*', '?' }) >= 0 && spec.Kind is DirectiveKind.SshCiphers or DirectiveKind.SshMacs or DirectiveKind.SshKex
                    ? $"wildcards are accepted only in a list that starts with '-': OpenSSH rejects \"{value}\" (sshd -t: \"Bad SSH2 … spec\")"
                : unmatched != null ? $"\"{unmatched}\" matches no algorithm OpenSSH knows: sshd rejects the value (\"Bad key types\")"
                : inMatch && !matchAll
                    ? $"{name} is not allowed in a Match block: sshd refuses the file (\"not allowed within a Match block\")"
                : names.Count == 0 ? "this leaves no algorithm: no connection can agree on one" : null;
            if (lineBlock == null)
            {
                if (block != null) { notes.Add($"under \"{block}\", {name} (not allowed in a Match block) acts as a global line"); }
                if (!seen.Add(name))
                {
                    notes.Add("ignored: OpenSSH uses the first value of a keyword");
                    // sshd checks every line's value, the ignored ones too: an empty value or a rejected wildcard still stops it.
                    var fatal = problem != null && names.Count > 0 || value.Length == 0 ? problem : null;
                    result.Add(new ConfigDirective { File = path, Line = line, Directive = name, Value = value, Kind = spec.Kind, Names = Array.Empty<string>(), Notes = notes, Problem = fatal });
                    continue;
                }
            }
            else
            {
                notes.Add(lineBlock.Equals("Match all", StringComparison.OrdinalIgnoreCase)
                    ? "under \"Match all\": applies to every connection, over the global value"
                    : $"applies only under \"{lineBlock}\"");
            }
            if (value.Length > 0 && value[0] is '+' or '-' or '^') { notes.Add($"relative to the default of {OpenSshAlgorithms.DefaultsVersion}"); }
            result.Add(new ConfigDirective
            {
                File = path, Line = line, Directive = lineBlock == null ? name : $"{lineBlock}: {name}", Value = value, Kind = spec.Kind,
                Names = names, Notes = notes, Problem = problem,
            });
        }
    }

    /// <summary>The algorithm keywords sshd accepts inside a Match block (sshd_config(5); checked with sshd -T).</summary>
    private static bool AllowedInMatch(string name) => name is "PubkeyAcceptedAlgorithms" or "HostbasedAcceptedAlgorithms" or "CASignatureAlgorithms";
}
