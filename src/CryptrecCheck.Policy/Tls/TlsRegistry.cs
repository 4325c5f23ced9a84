using System;
using System.Collections.Generic;
using System.Linq;

namespace CryptrecCheck.Policy.Tls;

/// <summary>A named entry of the supported-groups or signature-scheme registry.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record TlsRegistryItem(int Code, string Name, TlsItemKind Kind);

/// <summary>Lookups over the IANA TLS registries: by code point, IANA name, OpenSSL name and the legacy SSL_ spellings.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class TlsRegistry
{
    // Three indexes, each built at its first use: a name that is looked up as a group or signature scheme (the name resolver
    // asks for every unknown name) does not decompose the 350 suites.
    private static readonly Lazy<SuiteIndex> Suites = new(() => new SuiteIndex());
    private static readonly Lazy<ItemIndex> Groups = new(() => new ItemIndex(IanaRegistry.SupportedGroups(), TlsItemKind.SupportedGroup));
    private static readonly Lazy<ItemIndex> Schemes = new(() => new ItemIndex(IanaRegistry.SignatureSchemes(), TlsItemKind.SignatureScheme, Tls12Pairs));

    /// <summary>
    /// TLS 1.2 signature_algorithms values that are not in the SignatureScheme registry: RFC 5246 §7.4.1.4.1 builds each as
    /// HashAlgorithm (md5 1, sha1 2, sha224 3, sha256 4, sha384 5, sha512 6) × SignatureAlgorithm (rsa 1, dsa 2, ecdsa 3),
    /// and RFC 8446 §4.2.3 keeps only those TLS 1.3 defines (0x0201, 0x0203, 0x0401, …), marking the rest
    /// obsolete_RESERVED or dsa_sha1_RESERVED. A TLS 1.2 server can still sign with them: OpenSSL 3.0's default server
    /// signs its key exchange with ECDSA-SHA224 when a client offers only that. Names in OpenSSL's style.
    /// </summary>
    private static readonly (int Code, string Name)[] Tls12Pairs =
    {
        (0x0101, "rsa_pkcs1_md5"), (0x0102, "dsa_md5"), (0x0103, "ecdsa_md5"),
        (0x0202, "dsa_sha1"),
        (0x0301, "rsa_pkcs1_sha224"), (0x0302, "dsa_sha224"), (0x0303, "ecdsa_sha224"),
        (0x0402, "dsa_sha256"), (0x0502, "dsa_sha384"), (0x0602, "dsa_sha512"),
    };

    /// <summary>True for a TLS 1.2 hash/signature pair outside the SignatureScheme registry (RFC 5246 §7.4.1.4.1).</summary>
    public static bool IsTls12OnlyPair(int code) => Array.Exists(Tls12Pairs, p => p.Code == code);

    /// <summary>Every cipher suite of the IANA registry (plus SSL 2.0 kinds), decomposed.</summary>
    public static IReadOnlyList<TlsCipherSuite> CipherSuites => Suites.Value.All;

    /// <summary>Every assigned supported group.</summary>
    public static IReadOnlyList<TlsRegistryItem> SupportedGroups => Groups.Value.All;

    /// <summary>Every assigned signature scheme, then the TLS 1.2 hash/signature pairs outside that registry.</summary>
    public static IReadOnlyList<TlsRegistryItem> SignatureSchemes => Schemes.Value.All;

    /// <summary>The suite with this IANA code point (2 bytes), or SSL 2.0 kind (3 bytes).</summary>
    public static TlsCipherSuite? FindSuite(int code) => Suites.Value.ByCode.TryGetValue(code, out var s) ? s : null;

    /// <summary>A suite by IANA name, OpenSSL name, or SSL_-prefixed legacy name; case-insensitive.</summary>
    public static TlsCipherSuite? FindSuite(string name)
    {
        var n = name.Trim();
        // Every IANA and SSL_ name starts with its prefix and every OpenSSL name has a hyphen (a test checks the
        // registry for this): other names are answered without building the suite index.
        return CouldBeSuiteName(n) && Suites.Value.ByName.TryGetValue(n, out var s) ? s : null;
    }

    /// <summary>True when <paramref name="name"/> has the form of a suite name (TLS_/SSL_ prefix or an OpenSSL hyphenated name).</summary>
    internal static bool CouldBeSuiteName(string name) =>
        name.IndexOf('-') >= 0 || name.StartsWith("TLS_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("SSL_", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every name <see cref="FindSuite(string)"/> knows (for the test of <see cref="CouldBeSuiteName"/>).</summary>
    internal static IEnumerable<string> SuiteNames => Suites.Value.ByName.Keys;

    /// <summary>The OpenSSL name of a suite, when OpenSSL has one.</summary>
    public static string? OpenSslName(TlsCipherSuite suite) => Suites.Value.OpenSslByIana.TryGetValue(suite.Name, out var n) ? n : null;

    public static TlsRegistryItem? FindGroup(int code) => Groups.Value.ByCode.TryGetValue(code, out var g) ? g : null;

    public static TlsRegistryItem? FindGroup(string name) => Groups.Value.ByName.TryGetValue(name.Trim(), out var g) ? g : null;

    public static TlsRegistryItem? FindSignatureScheme(int code) => Schemes.Value.ByCode.TryGetValue(code, out var g) ? g : null;

    public static TlsRegistryItem? FindSignatureScheme(string name) => Schemes.Value.ByName.TryGetValue(name.Trim(), out var g) ? g : null;

    private sealed class ItemIndex
    {
        internal readonly List<TlsRegistryItem> All = new();
        internal readonly Dictionary<int, TlsRegistryItem> ByCode = new();
        internal readonly Dictionary<string, TlsRegistryItem> ByName = new(StringComparer.OrdinalIgnoreCase);

        internal ItemIndex((int Code, string Name)[] rows, TlsItemKind kind, (int Code, string Name)[]? extra = null)
        {
            foreach (var (code, name) in extra == null ? rows : rows.Concat(extra))
            {
                var g = new TlsRegistryItem(code, name, kind);
                All.Add(g);
                ByCode[code] = g;
                ByName[name] = g;
            }
        }
    }

    private sealed class SuiteIndex
    {
        internal readonly List<TlsCipherSuite> All = new();
        internal readonly Dictionary<int, TlsCipherSuite> ByCode = new();
        internal readonly Dictionary<string, TlsCipherSuite> ByName = new(StringComparer.OrdinalIgnoreCase);
        internal readonly Dictionary<string, string> OpenSslByIana = new(StringComparer.Ordinal);

        internal SuiteIndex()
        {
            foreach (var (code, name) in IanaRegistry.CipherSuites()) { AddSuite(code, name); }
            foreach (var (code, name) in IanaRegistry.Ssl2CipherKinds()) { AddSuite(code, name); }
            foreach (var (iana, openssl) in IanaRegistry.OpenSslNames())
            {
                if (!ByName.TryGetValue(iana, out var s)) { continue; }
                if (!OpenSslByIana.ContainsKey(iana)) { OpenSslByIana[iana] = openssl; }
                if (!ByName.ContainsKey(openssl)) { ByName[openssl] = s; }
            }
        }

        private void AddSuite(int code, string name)
        {
            var s = TlsCipherSuite.Decompose(code, name)
                ?? throw new InvalidOperationException($"IANA suite {name} does not fit the decomposition grammar; extend TlsCipherSuite.");
            All.Add(s);
            ByCode[code] = s;
            ByName[name] = s;
            // Java and older stacks spell the TLS 1.0-era suites with an SSL_ prefix (SSL_RSA_WITH_3DES_EDE_CBC_SHA).
            if (name.StartsWith("TLS_", StringComparison.Ordinal) && name.Contains("_WITH_"))
            {
                var ssl = "SSL_" + name.Substring(4);
                if (!ByName.ContainsKey(ssl)) { ByName[ssl] = s; }
            }
        }
    }
}
