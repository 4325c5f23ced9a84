using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CryptrecCheck.Policy.Naming;

/// <summary>One item of a pasted list, with the form it was recognised in.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record PastedItem(string Text, string Form);

/// <summary>
/// Names as administrators paste them (issue 11): whole `openssl ciphers -v` lines, `openssl x509 -text` and
/// `openssl pkey -text` lines (`Signature Algorithm: sha256WithRSAEncryption`, `NIST CURVE: P-256`,
/// `RSA Public-Key: (2048 bit)`), Get-TlsCipherSuite fields (`Name : TLS_…`, `CipherSuite : 49199`), JSON members
/// (`"alg": "RS256"`), JOSE identifiers, OpenSSH names and Windows/SChannel spellings; and lists of names separated by
/// ':' or ',' (cipher lists, sshd_config values), which <see cref="Split"/> takes apart so each item is judged.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class PastedForms
{
    /// <summary>Exact spellings of other ecosystems, looked up before the general resolver (whose tokenizer would read
    /// RSA-OAEP-256 as a 256-bit RSA key, or HS256 not at all).</summary>
    internal static ResolvedName? ResolveExact(string name, Func<string, ResolvedName?> core) =>
        JoseNames.Find(name) ?? SshNames.Find(name, core) ?? WindowsSuiteNames.Find(name);

    private static readonly Regex CiphersV = new(@"^(?<name>[A-Za-z0-9_.\-]+)\s+(?:-\s+(?<second>[A-Za-z0-9_.\-]+)\s+)?(?:SSLv3|TLSv1(?:\.[0-3])?)\s+Kx=", RegexOptions.CultureInvariant);
    private static readonly Regex Labelled = new(@"^(?<label>[A-Za-z][A-Za-z0-9 \-]{0,40}?)\s*:\s*(?<value>.+)$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyBits = new(@"^\(\s*(?<bits>\d{1,6})\s+bit(?:s)?(?:\s*,\s*\d+\s+primes)?\s*\)$", RegexOptions.CultureInvariant);
    private static readonly Regex JsonMember = new("^\"?(?<key>[A-Za-z_]+)\"?\\s*:\\s*\"?(?<value>[^\"]+?)\"?\\s*,?$", RegexOptions.CultureInvariant);

    /// <summary>Unwraps tool output and labelled lines to the name inside, after the general resolver found nothing.</summary>
    internal static ResolvedName? ResolveWrapped(string name, Func<string, ResolvedName?> core)
    {
        var m = CiphersV.Match(name);
        if (m.Success)
        {
            var r = Inner(m.Groups["name"].Value, core);
            return r == null ? null : r with { Input = name, Namespace = "openssl-ciphers-v" };
        }

        var j = name.IndexOf('"') >= 0 ? JsonMember.Match(name) : Match.Empty;
        if (j.Success)
        {
            var r = Inner(j.Groups["value"].Value, core);
            return r == null ? null : r with { Input = name, Namespace = r.Namespace == "jose" ? "jose" : "json-member" };
        }

        var l = Labelled.Match(name);
        if (!l.Success) { return null; }
        var label = l.Groups["label"].Value.Trim().ToLowerInvariant();
        var value = l.Groups["value"].Value.Trim();
        switch (label)
        {
            case "signature algorithm":
            case "public key algorithm":
            case "nist curve":
            case "asn1 oid":
            case "hash algorithm":
            case "mask algorithm":
            case "digest algorithm":
            {
                var r = Inner(value, core);
                return r == null ? null : r with { Input = name, Namespace = "openssl-text" };
            }
            case "rsa public-key":
            case "rsa private-key":
            case "public-key":
            case "private-key":
            {
                var b = KeyBits.Match(value);
                if (!b.Success) { return null; }
                var bits = int.Parse(b.Groups["bits"].Value, CultureInfo.InvariantCulture);
                if (label.StartsWith("rsa", StringComparison.Ordinal))
                {
                    var r = core("RSA-" + bits.ToString(CultureInfo.InvariantCulture));
                    return r == null ? null : r with { Input = name, Namespace = "openssl-text" };
                }
                // OpenSSL 3 prints "Public-Key: (2048 bit)" for every key type; the algorithm is on the line above.
                throw new NameParser.Failure($"a {bits}-bit key of an unnamed algorithm: OpenSSL 3 names the algorithm on the line before " +
                                             "(\"Public Key Algorithm: rsaEncryption\" or \"id-ecPublicKey\"); give that line, or RSA-" + bits.ToString(CultureInfo.InvariantCulture));
            }
            case "name":
            case "ciphersuite":
            case "basecipherSuite":
            case "cipher suite":
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is > 0 and <= 0xFFFF)
                {
                    var r = core("0x" + code.ToString("X4", CultureInfo.InvariantCulture));
                    return r == null ? null : r with { Input = name, Namespace = "windows-get-tlsciphersuite" };
                }
                var byName = Inner(value, core);
                return byName == null ? null : byName with { Input = name, Namespace = "windows-get-tlsciphersuite" };
            }
            default:
                return null;
        }
    }

    private static ResolvedName? Inner(string value, Func<string, ResolvedName?> core)
    {
        var v = value.Trim().Trim('"', '\'', '`').Trim();
        return v.Length == 0 ? null : ResolveExact(v, core) ?? core(v);
    }

    /// <summary>Most items taken from one pasted list.</summary>
    public const int MaxItems = 1000;

    /// <summary>
    /// Splits a pasted list into its names: OpenSSL cipher lists (a:b:c), comma-separated sshd_config values and JWT
    /// algorithm lists, and whitespace-separated lists. A text that is itself one name (an OID, a code point such as
    /// 0xC0,0x2F, a URI, an `openssl ciphers -v` line, a labelled line) is returned whole. OpenSSL keywords and operators
    /// (HIGH, !aNULL) stay items: the library's cipher-string expander turns them into suites.
    /// </summary>
    public static IReadOnlyList<PastedItem> Split(string? input)
    {
        var text = (input ?? string.Empty).Trim();
        if (text.Length == 0) { return Array.Empty<PastedItem>(); }
        var whole = NameResolver.Resolve(text);
        if (whole.IsResolved || whole.Error != null && text.IndexOfAny(ListSeparators) < 0)
        {
            return new[] { new PastedItem(text, whole.Resolved?.Namespace ?? "name") };
        }
        var parts = text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) { return new[] { new PastedItem(text, "name") }; }
        var items = new List<PastedItem>();
        var resolvedAny = false;
        foreach (var p in parts)
        {
            var t = p.Trim();
            if (t.Length == 0) { continue; }
            if (items.Count >= MaxItems) { break; }
            var r = NameResolver.Resolve(t);
            resolvedAny |= r.IsResolved;
            items.Add(new PastedItem(t, r.Resolved?.Namespace ?? "list-item"));
        }
        return resolvedAny ? items : new[] { new PastedItem(text, "name") };
    }

    private static readonly char[] ListSeparators = { ':', ',', ' ', '\t', ';' };
}
