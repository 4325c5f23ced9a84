using System.Text.RegularExpressions;

namespace CryptrecCheck.Config.Readers;

/// <summary>
/// OpenSSH's algorithm-list directives and their defaults. The defaults are those of OpenSSH 9.2p1 as Debian 12 builds it
/// (what `sshd -T` prints for an empty configuration), the version this project was checked against.
/// </summary>
public static class OpenSshAlgorithms
{
    /// <summary>The OpenSSH version whose defaults are used when a directive is absent.</summary>
    public const string DefaultsVersion = "OpenSSH 9.2p1 (Debian 12)";

    private const string HostKeyDefault =
        "ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com," +
        "sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com," +
        "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256";

    /// <summary>Directive (lower case) → (kind, default list).</summary>
    public static readonly IReadOnlyDictionary<string, (DirectiveKind Kind, string Default)> Directives = new Dictionary<string, (DirectiveKind, string)>(StringComparer.OrdinalIgnoreCase)
    {
        ["Ciphers"] = (DirectiveKind.SshCiphers, "chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com"),
        ["MACs"] = (DirectiveKind.SshMacs,
            "umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com," +
            "umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1"),
        ["KexAlgorithms"] = (DirectiveKind.SshKex,
            "sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384," +
            "ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256"),
        ["HostKeyAlgorithms"] = (DirectiveKind.SshHostKeyAlgorithms, HostKeyDefault),
        ["PubkeyAcceptedAlgorithms"] = (DirectiveKind.SshPubkeyAlgorithms, HostKeyDefault),
        ["CASignatureAlgorithms"] = (DirectiveKind.SshPubkeyAlgorithms,
            "ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256"),
        ["HostbasedAcceptedAlgorithms"] = (DirectiveKind.SshPubkeyAlgorithms, HostKeyDefault),
    };

    /// <summary>Older spellings OpenSSH still accepts.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["PubkeyAcceptedKeyTypes"] = "PubkeyAcceptedAlgorithms",
        ["HostbasedAcceptedKeyTypes"] = "HostbasedAcceptedAlgorithms",
    };

    /// <summary>
    /// OpenSSH's list semantics: "+a,b" appends to the default, "-a,b*" removes matching entries (wildcards * and ?) from
    /// it, "^a,b" puts entries before it; a plain list replaces it. Duplicates are dropped, first occurrence kept.
    /// </summary>
    /// <param name="all">For the key-type keywords: every name OpenSSH knows, in its order. A wildcard in a list that adds or
    /// replaces (sshd accepts it there for key types only) stands for the names it matches, in that order, as sshd -T shows.</param>
    public static List<string> Assemble(string value, string defaultList, IReadOnlyList<string>? all = null)
    {
        var v = value.Trim();
        var defaults = SplitList(defaultList);
        if (v.Length == 0) { return defaults; }
        var op = v[0];
        var list = SplitList(op is '+' or '-' or '^' ? v[1..] : v);
        if (op != '-' && all != null)
        {
            list = list.SelectMany(p => p.IndexOfAny(new[] { '*', '?' }) < 0 ? new[] { p } : all.Where(n => Matches(p, n))).ToList();
        }
        List<string> result = op switch
        {
            '+' => defaults.Concat(list).ToList(),
            '^' => list.Concat(defaults).ToList(),
            '-' => defaults.Where(d => !list.Any(p => Matches(p, d))).ToList(),
            _ => list,
        };
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The key types and signature algorithms of <see cref="DefaultsVersion"/> in OpenSSH's order (ssh -Q key-sig; a
    /// test compares it with the installed ssh): what a key-type wildcard can match.</summary>
    public static readonly IReadOnlyList<string> KeySigAlgorithms = SplitList(
        "ssh-ed25519,ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,"
        + "ecdsa-sha2-nistp256,ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp384,ecdsa-sha2-nistp384-cert-v01@openssh.com,"
        + "ecdsa-sha2-nistp521,ecdsa-sha2-nistp521-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,"
        + "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,ssh-dss,ssh-dss-cert-v01@openssh.com,"
        + "ssh-rsa,ssh-rsa-cert-v01@openssh.com,rsa-sha2-256,rsa-sha2-256-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-512-cert-v01@openssh.com");

    /// <summary>The signature algorithms of <see cref="DefaultsVersion"/> (ssh -Q sig): what a CASignatureAlgorithms wildcard can
    /// match (certificate key types are not signature algorithms; sshd refuses them there).</summary>
    public static readonly IReadOnlyList<string> SigAlgorithms = SplitList(
        "ssh-ed25519,sk-ssh-ed25519@openssh.com,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,"
        + "sk-ecdsa-sha2-nistp256@openssh.com,webauthn-sk-ecdsa-sha2-nistp256@openssh.com,ssh-dss,ssh-rsa,rsa-sha2-256,rsa-sha2-512");

    /// <summary>True when <paramref name="pattern"/> (with * and ?) matches <paramref name="name"/>.</summary>
    public static bool PatternMatches(string pattern, string name) => Matches(pattern, name);

    private static List<string> SplitList(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static bool Matches(string pattern, string name)
    {
        if (pattern.IndexOfAny(new[] { '*', '?' }) < 0) { return string.Equals(pattern, name, StringComparison.Ordinal); }
        var rx = "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(name, rx, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
