using CryptrecCheck.Config.GnuTls;
using CryptrecCheck.Config.OpenSsl;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config;

/// <summary>One algorithm a directive selects, with the policy's verdict (null when the name is not recognised).</summary>
public sealed record SelectedAlgorithm(string Name, string? Resolved, Verdict? Verdict, string? Error)
{
    /// <summary>What the item is when a directive selects items of several kinds (a GnuTLS priority string: versions,
    /// suites, groups); null: the directive's kind.</summary>
    public DirectiveKind? ItemKind { get; init; }

    public ListStatus Status => Verdict?.Status ?? ListStatus.Unknown;
}

/// <summary>The GL-3001 verdict of a whole TLS directive under one guideline type: allowed when every selected item is.</summary>
public sealed record DirectiveTlsVerdict(TlsGuidelineType Type, bool Allowed, IReadOnlyList<string> NotAllowed);

/// <summary>A directive with what it selects and how the policy judges it.</summary>
public sealed record DirectiveResult(ConfigDirective Directive, IReadOnlyList<SelectedAlgorithm> Selected, IReadOnlyList<DirectiveTlsVerdict>? Tls,
    IReadOnlyList<string> Notes, string? Error)
{
    /// <summary>The worst status among the selected algorithms (unknown for an invalid value).</summary>
    public ListStatus Status => Error != null ? ListStatus.Unknown
        : Selected.Count == 0 ? ListStatus.Recommended
        : Selected.Select(s => s.Status).OrderByDescending(s => s.Rank()).First();
}

/// <summary>
/// Judges directives with the one policy engine: cipher strings are expanded as OpenSSL 3 would (only the suites the
/// security level leaves usable count; <see cref="SecurityLevel"/>), every suite, version, group and SSH algorithm is
/// evaluated, and TLS directives get the GL-3001 verdict of each guideline type from the policy's TLS profiles.
/// </summary>
public sealed class ConfigAuditor
{
    private readonly PolicyEngine _engine;

    // A directory of configurations repeats the same strings and suites: each is expanded and judged once.
    private readonly Dictionary<string, CipherStringExpansion> _expansions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GnuTlsPriorityExpansion> _priorities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Explanation> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Verdict> _suites = new();
    private readonly Dictionary<int, Verdict> _groups = new();
    private readonly Dictionary<int, Verdict> _schemes = new();
    private readonly Dictionary<TlsProtocolVersion, Verdict> _protocols = new();

    public ConfigAuditor(PolicyEngine engine, int securityLevel = 2)
    {
        _engine = engine;
        SecurityLevel = securityLevel;
    }

    /// <summary>OpenSSL's security level where the cipher string sets none (2: Debian/Ubuntu builds, OpenSSL ≥ 3.2).</summary>
    public int SecurityLevel { get; }

    public DirectiveResult Audit(ConfigDirective d)
    {
        var notes = new List<string>(d.Notes);
        var selected = new List<SelectedAlgorithm>();
        string? error = null;
        var tls = d.Kind is DirectiveKind.TlsCipherString or DirectiveKind.GnuTlsPriority or DirectiveKind.Tls13Ciphersuites or DirectiveKind.TlsProtocols
            or DirectiveKind.TlsGroups or DirectiveKind.TlsSignatureAlgorithms;
        switch (d.Problem != null ? (DirectiveKind?)null : d.Kind)
        {
            case null:
                error = d.Problem;
                break;
            case DirectiveKind.TlsCipherString:
            {
                var x = Expansion(d.CipherString ?? d.Value);
                if (!x.IsValid) { error = $"OpenSSL rejects this cipher string: {x.Error}"; break; }
                foreach (var w in x.UnknownWords) { notes.Add($"\"{w}\" names no suite or alias; OpenSSL ignores it"); }
                var usable = x.Supported(SecurityLevel);
                var level = x.SecurityLevel ?? SecurityLevel;
                // A string that selects nothing is already invalid above (OpenSSL's "no cipher match"); one whose every suite is
                // unusable at the security level was reported as "0 selected" and allowed in every type: a broken
                // configuration, not a compliant one.
                if (usable.Count == 0)
                {
                    error = $"this cipher string leaves no cipher suite usable at security level {level} ({x.Selected.Count} selected, all unusable): OpenSSL completes no TLS 1.0–1.2 handshake with it (TLS 1.3 suites are set separately)";
                    break;
                }
                if (usable.Count < x.Selected.Count)
                {
                    notes.Add($"{x.Selected.Count} suites selected; {x.Selected.Count - usable.Count} unusable at security level {level} or without PSK/SRP callbacks");
                }
                foreach (var c in usable)
                {
                    selected.Add(new SelectedAlgorithm(c.StandardName, $"{c.Name} ({c.Suite.CodeText})", Suite(c.Suite), null));
                }
                break;
            }
            case DirectiveKind.GnuTlsPriority:
            {
                if (!_priorities.TryGetValue(d.Value, out var g))
                {
                    g = GnuTlsPriorityString.Expand(d.Value);
                    if (_priorities.Count < 10_000) { _priorities[d.Value] = g; }
                }
                if (!g.IsValid) { error = $"GnuTLS rejects this priority string: {g.Error}"; break; }
                foreach (var v in g.TlsVersions)
                {
                    selected.Add(new SelectedAlgorithm(v.Display(), v.Display(), Protocol(v), null) { ItemKind = DirectiveKind.TlsProtocols });
                }
                foreach (var c in g.Suites)
                {
                    selected.Add(c.Suite != null
                        ? new SelectedAlgorithm(c.StandardName, $"{c.Name} ({c.CodeText})", Suite(c.Suite), null) { ItemKind = DirectiveKind.TlsCipherString }
                        : new SelectedAlgorithm(c.Name, null, null, $"{c.CodeText} is a pre-standard suite without an IANA assignment") { ItemKind = DirectiveKind.TlsCipherString });
                }
                foreach (var n in g.GroupIanaNames)
                {
                    if (TlsRegistry.FindGroup(n) is { } group)
                    {
                        if (!_groups.TryGetValue(group.Code, out var gv)) { gv = _groups[group.Code] = _engine.Evaluate(TlsAssets.ForGroup(group)); }
                        selected.Add(new SelectedAlgorithm(n, $"{group.Name} ({group.Code})", gv, null) { ItemKind = DirectiveKind.TlsGroups });
                    }
                    else
                    {
                        var e = Name(n);
                        selected.Add(new SelectedAlgorithm(n, e.Resolution.Resolved?.Canonical, e.Verdict, e.Error) { ItemKind = DirectiveKind.TlsGroups });
                    }
                }
                if (g.DtlsVersions.Count > 0) { notes.Add($"also enables {string.Join(", ", g.DtlsVersions)} for datagram transports (not judged)"); }
                if (g.ServerPrecedence) { notes.Add("%SERVER_PRECEDENCE: the server's order decides"); }
                break;
            }
            case DirectiveKind.Tls13Ciphersuites:
            {
                var names = d.Names ?? Array.Empty<string>();
                var suites = OpenSslCipherString.ExpandCiphersuites(string.Join(':', names));
                foreach (var n in names.Where(n => suites.All(s => s.Name != n))) { notes.Add($"\"{n}\" is not a TLS 1.3 suite OpenSSL knows; ignored"); }
                foreach (var s in suites) { selected.Add(new SelectedAlgorithm(s.Name, $"{s.Name} ({s.CodeText})", Suite(s), null)); }
                break;
            }
            case DirectiveKind.TlsProtocols:
                // Every version excluded (HAProxy "no-tlsv12 no-tlsv13", Apache "SSLProtocol -all", Postfix "!TLSv1.2 !TLSv1.3") was
                // "0 selected" and allowed in every type: a server that completes no handshake is broken, not compliant.
                if (d.Protocols is not { Count: > 0 })
                {
                    error = "this leaves no TLS protocol version enabled: the server completes no handshake (most servers refuse to start)";
                    break;
                }
                foreach (var v in d.Protocols)
                {
                    selected.Add(new SelectedAlgorithm(v.Display(), v.Display(), Protocol(v), null));
                }
                break;
            case DirectiveKind.TlsSignatureAlgorithms:
            {
                // OpenSSL leaves out of the handshake the schemes the security level forbids, configured or built in.
                var names = d.Names ?? Array.Empty<string>();
                var serverLevel = d.ServerCipherString is { } cs ? Expansion(cs).SecurityLevel : null;
                if (serverLevel != null) { notes.Add($"security level {serverLevel}, from @SECLEVEL in the server's cipher string"); }
                var level = serverLevel ?? SecurityLevel;
                var usable = names.Where(n => OpenSslSignatureAlgorithms.Usable(n, level)).ToList();
                if (usable.Count < names.Count) { notes.Add($"not used at security level {level}: {string.Join(", ", names.Except(usable))}"); }
                if (d.Tls13Only)
                {
                    var tls12Only = usable.Where(n => !OpenSslSignatureAlgorithms.UsedByTls13(n)).ToList();
                    if (tls12Only.Count > 0) { notes.Add($"not used by TLS 1.3, the only version enabled: {string.Join(", ", tls12Only)}"); }
                    usable = usable.Except(tls12Only).ToList();
                }
                if (usable.Count == 0)
                {
                    error = $"no signature algorithm in this list is usable at security level {level}{(d.Tls13Only ? " with TLS 1.3, the only version enabled" : string.Empty)}: OpenSSL completes no handshake that needs a signature";
                    break;
                }
                foreach (var n in usable)
                {
                    if (TlsRegistry.FindSignatureScheme(n) is { } scheme)
                    {
                        if (!_schemes.TryGetValue(scheme.Code, out var sv)) { sv = _schemes[scheme.Code] = _engine.Evaluate(TlsAssets.ForSignatureScheme(scheme)); }
                        selected.Add(new SelectedAlgorithm(n, $"{scheme.Name} (0x{scheme.Code:X4})", sv, null));
                    }
                }
                break;
            }
            case DirectiveKind.TlsGroups when d.Names is not { Count: > 0 }:
                // nginx 'ssl_ecdh_curve "";' was "0 selected", allowed everywhere; nginx -t: SSL_CTX_set1_curves_list("") failed.
                error = "this names no group: OpenSSL rejects an empty group list and the server does not start";
                break;
            default:
                foreach (var n in d.Names ?? Array.Empty<string>())
                {
                    var e = Name(n);
                    selected.Add(new SelectedAlgorithm(n, e.Resolution.Resolved?.Canonical, e.Verdict, e.Error));
                }
                break;
        }

        IReadOnlyList<DirectiveTlsVerdict>? verdicts = null;
        // (per-type verdicts below)
        if (tls && error == null)
        {
            verdicts = new[] { TlsGuidelineType.High, TlsGuidelineType.Recommended, TlsGuidelineType.Exception }.Select(t =>
            {
                var denied = selected.Where(s => s.Verdict?.Tls is not { } j || !j[t].Allowed).Select(s => s.Name).ToList();
                return new DirectiveTlsVerdict(t, denied.Count == 0, denied);
            }).ToList();
        }
        return new DirectiveResult(d, selected, verdicts, notes, error);
    }

    private CipherStringExpansion Expansion(string cipherString)
    {
        if (!_expansions.TryGetValue(cipherString, out var x))
        {
            x = OpenSslCipherString.Expand(cipherString);
            if (_expansions.Count < 10_000) { _expansions[cipherString] = x; }
        }
        return x;
    }

    private Verdict Protocol(TlsProtocolVersion v)
    {
        if (!_protocols.TryGetValue(v, out var pv)) { pv = _protocols[v] = _engine.Evaluate(TlsAssets.ForProtocol(v)); }
        return pv;
    }

    private Explanation Name(string n)
    {
        if (!_names.TryGetValue(n, out var e)) { e = _engine.Explain(n); if (_names.Count < 10_000) { _names[n] = e; } }
        return e;
    }

    private Verdict Suite(TlsCipherSuite suite)
    {
        if (!_suites.TryGetValue(suite.Code, out var v)) { v = _suites[suite.Code] = _engine.Evaluate(TlsAssets.ForSuite(suite)); }
        return v;
    }
}
