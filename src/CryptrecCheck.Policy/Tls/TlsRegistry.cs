using System;
using System.Collections.Generic;

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
    private static readonly Lazy<Index> Built = new(() => new Index());

    /// <summary>Every cipher suite of the IANA registry (plus SSL 2.0 kinds), decomposed.</summary>
    public static IReadOnlyList<TlsCipherSuite> CipherSuites => Built.Value.Suites;

    /// <summary>Every assigned supported group.</summary>
    public static IReadOnlyList<TlsRegistryItem> SupportedGroups => Built.Value.Groups;

    /// <summary>Every assigned signature scheme.</summary>
    public static IReadOnlyList<TlsRegistryItem> SignatureSchemes => Built.Value.Schemes;

    /// <summary>The suite with this IANA code point (2 bytes), or SSL 2.0 kind (3 bytes).</summary>
    public static TlsCipherSuite? FindSuite(int code) => Built.Value.SuiteByCode.TryGetValue(code, out var s) ? s : null;

    /// <summary>A suite by IANA name, OpenSSL name, or SSL_-prefixed legacy name; case-insensitive.</summary>
    public static TlsCipherSuite? FindSuite(string name) => Built.Value.SuiteByName.TryGetValue(name.Trim(), out var s) ? s : null;

    /// <summary>The OpenSSL name of a suite, when OpenSSL has one.</summary>
    public static string? OpenSslName(TlsCipherSuite suite) => Built.Value.OpenSslByIana.TryGetValue(suite.Name, out var n) ? n : null;

    public static TlsRegistryItem? FindGroup(int code) => Built.Value.GroupByCode.TryGetValue(code, out var g) ? g : null;

    public static TlsRegistryItem? FindGroup(string name) => Built.Value.GroupByName.TryGetValue(name.Trim(), out var g) ? g : null;

    public static TlsRegistryItem? FindSignatureScheme(int code) => Built.Value.SchemeByCode.TryGetValue(code, out var g) ? g : null;

    public static TlsRegistryItem? FindSignatureScheme(string name) => Built.Value.SchemeByName.TryGetValue(name.Trim(), out var g) ? g : null;

    private sealed class Index
    {
        internal readonly List<TlsCipherSuite> Suites = new();
        internal readonly Dictionary<int, TlsCipherSuite> SuiteByCode = new();
        internal readonly Dictionary<string, TlsCipherSuite> SuiteByName = new(StringComparer.OrdinalIgnoreCase);
        internal readonly Dictionary<string, string> OpenSslByIana = new(StringComparer.Ordinal);
        internal readonly List<TlsRegistryItem> Groups = new();
        internal readonly Dictionary<int, TlsRegistryItem> GroupByCode = new();
        internal readonly Dictionary<string, TlsRegistryItem> GroupByName = new(StringComparer.OrdinalIgnoreCase);
        internal readonly List<TlsRegistryItem> Schemes = new();
        internal readonly Dictionary<int, TlsRegistryItem> SchemeByCode = new();
        internal readonly Dictionary<string, TlsRegistryItem> SchemeByName = new(StringComparer.OrdinalIgnoreCase);

        internal Index()
        {
            foreach (var (code, name) in IanaRegistry.CipherSuites) { AddSuite(code, name); }
            foreach (var (code, name) in IanaRegistry.Ssl2CipherKinds) { AddSuite(code, name); }
            foreach (var (iana, openssl) in IanaRegistry.OpenSslNames)
            {
                if (!SuiteByName.TryGetValue(iana, out var s)) { continue; }
                if (!OpenSslByIana.ContainsKey(iana)) { OpenSslByIana[iana] = openssl; }
                if (!SuiteByName.ContainsKey(openssl)) { SuiteByName[openssl] = s; }
            }
            foreach (var (code, name) in IanaRegistry.SupportedGroups)
            {
                var g = new TlsRegistryItem(code, name, TlsItemKind.SupportedGroup);
                Groups.Add(g);
                GroupByCode[code] = g;
                GroupByName[name] = g;
            }
            foreach (var (code, name) in IanaRegistry.SignatureSchemes)
            {
                var g = new TlsRegistryItem(code, name, TlsItemKind.SignatureScheme);
                Schemes.Add(g);
                SchemeByCode[code] = g;
                SchemeByName[name] = g;
            }
        }

        private void AddSuite(int code, string name)
        {
            var s = TlsCipherSuite.Decompose(code, name)
                ?? throw new InvalidOperationException($"IANA suite {name} does not fit the decomposition grammar; extend TlsCipherSuite.");
            Suites.Add(s);
            SuiteByCode[code] = s;
            SuiteByName[name] = s;
            // Java and older stacks spell the TLS 1.0-era suites with an SSL_ prefix (SSL_RSA_WITH_3DES_EDE_CBC_SHA).
            if (name.StartsWith("TLS_", StringComparison.Ordinal) && name.Contains("_WITH_"))
            {
                var ssl = "SSL_" + name.Substring(4);
                if (!SuiteByName.ContainsKey(ssl)) { SuiteByName[ssl] = s; }
            }
        }
    }
}
