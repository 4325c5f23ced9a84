using CryptrecCheck.Config.GnuTls;
using CryptrecCheck.Config.OpenSsl;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Policy.Naming;

namespace CryptrecCheck.Config;

/// <summary>
/// Takes a pasted argument apart for explain: a list of names (a:b:c, a,b,c) becomes its items; an OpenSSL cipher
/// string with keywords or operators (HIGH:!aNULL:!MD5, ECDHE+AESGCM) becomes the suites OpenSSL 3 would use for it
/// (security level 2), by IANA name; a GnuTLS priority string (NORMAL:-VERS-TLS1.0, NONE:+VERS-TLS1.2:…) becomes the TLS
/// versions, suites and groups GnuTLS 3.7 enables; anything else stays as it is.
/// </summary>
public static class PastedInput
{
    public static IEnumerable<string> Expand(string input)
    {
        if (NameResolver.Resolve(input).IsResolved) { return new[] { input }; }
        if (GnuTlsPriorityString.LooksLikePriorityString(input))
        {
            var g = GnuTlsPriorityString.Expand(input.Trim());
            if (g.IsValid)
            {
                return g.TlsVersions.Select(v => v.Display()).Concat(g.Suites.Select(c => c.StandardName)).Concat(g.GroupIanaNames);
            }
        }
        if (LooksLikeCipherString(input))
        {
            var x = OpenSslCipherString.Expand(input.Trim());
            if (x.IsValid) { return x.Supported().Select(c => c.StandardName); }
        }
        var items = PastedForms.Split(input);
        return items.Count <= 1 ? new[] { input } : items.Select(i => i.Text);
    }

    private static bool LooksLikeCipherString(string input)
    {
        if (input.IndexOf(',') >= 0 || input.IndexOf(' ') >= 0) { return false; }
        foreach (var t in input.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (t.Length > 0 && t[0] is '!' or '-' or '+' or '@') { return true; }
            if (t.Contains('+', StringComparison.Ordinal) || t is "HIGH" or "MEDIUM" or "LOW" or "DEFAULT" or "ALL" or "COMPLEMENTOFALL" or "COMPLEMENTOFDEFAULT") { return true; }
        }
        return false;
    }
}
