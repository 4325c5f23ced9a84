using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Results;

namespace CryptrecCheck.Tls;

/// <summary>
/// Judges the facts of a scan after the scan (house style: facts first, policy second): every supported protocol,
/// accepted suite, group and DHE size goes to the one evaluator as a <see cref="CryptoAsset"/> and is judged under the
/// three GL-3001 types. Compliance with a type means every item found is allowed under it.
/// </summary>
public sealed class TlsEvaluator
{
    private readonly EvaluationContext _context;
    private readonly ITlsCertificateJudge? _certificates;

    static TlsEvaluator()
    {
        CheckTitles.Register("tls.protocol", "TLS protocol version offered by the server", "サーバが受け入れるプロトコルバージョン");
        CheckTitles.Register("tls.cipher-suite", "Cipher suite accepted by the server", "サーバが受け入れる暗号スイート");
        CheckTitles.Register("tls.group", "Key exchange group accepted by the server", "サーバが受け入れる鍵交換の群");
        CheckTitles.Register("tls.signature-scheme", "Signature scheme of the server's TLS 1.2 key exchange", "サーバの TLS 1.2 鍵交換の署名方式");
        CheckTitles.Register("tls.dhe-group", "Finite-field DHE group size", "有限体 DHE の群のサイズ");
        CheckTitles.Register("tls.scan-error", "Part of the TLS scan that failed", "失敗した TLS スキャンの部分");
        CheckTitles.Register("tls.no-tls13", "TLS 1.3 not offered (High Security type)", "TLS 1.3 に非対応（高セキュリティ型）");
        CheckTitles.Register("tls.no-handshake", "The server accepted no handshake", "サーバがハンドシェイクを一つも受け入れない");
    }

    /// <param name="certificates">The certificate inspector's seam; null reports the chain unjudged.</param>
    public TlsEvaluator(EvaluationContext context, ITlsCertificateJudge? certificates = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _certificates = certificates;
    }

    public TlsTargetResult Evaluate(TlsScanResult scan, TlsGuidelineType profile = TlsGuidelineType.Recommended)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var location = new FindingLocation { Host = scan.Target.Host, Port = scan.Target.Port };
        var items = new List<JudgedItem>();
        var suiteStatus = new Dictionary<int, Verdict>();

        foreach (var p in scan.Protocols.Where(p => p.Supported))
        {
            var v = Evaluator.Evaluate(TlsAssets.ForProtocol(p.Version), _context);
            items.Add(new JudgedItem("tls.protocol", p.VersionName, v));
        }
        foreach (var s in scan.Protocols.Where(p => p.Supported).SelectMany(p => p.CipherSuites).DistinctBy(s => s.Code))
        {
            if (s.Suite is not { } suite) { continue; }
            var v = Evaluator.Evaluate(TlsAssets.ForSuite(suite), _context);
            suiteStatus[s.Code] = v;
            items.Add(new JudgedItem("tls.cipher-suite", suite.Name, v));
        }
        foreach (var g in scan.Groups.DistinctBy(x => x.Code)) // a group seen in TLS 1.2 and 1.3 is one finding
        {
            if (TlsRegistry.FindGroup(g.Code) is not { } group) { continue; }
            items.Add(new JudgedItem("tls.group", group.Name, Evaluator.Evaluate(TlsAssets.ForGroup(group), _context)));
        }
        foreach (var sc in scan.SignatureSchemes.DistinctBy(s => s.Code)) // a scheme seen in TLS 1.2 and 1.3 is one finding
        {
            if (TlsRegistry.FindSignatureScheme(sc.Code) is not { } scheme) { continue; }
            items.Add(new JudgedItem("tls.signature-scheme", scheme.Name, Evaluator.Evaluate(TlsAssets.ForSignatureScheme(scheme), _context)));
        }
        foreach (var bits in scan.DhePrimeBits)
        {
            var asset = new CryptoAsset { Algorithm = Algorithms.Dh, KeyBits = bits, Usage = AssetUsage.KeyAgreement, TlsKind = TlsItemKind.SupportedGroup };
            items.Add(new JudgedItem("tls.dhe-group", $"DHE-{bits}", Evaluator.Evaluate(asset, _context)));
        }

        var findings = items.Select(i => ToFinding(i, profile, location)).ToList();
        if (_certificates != null)
        {
            foreach (var chain in scan.CertificateChains) { findings.AddRange(_certificates.Judge(chain, scan.Target)); }
        }

        var anything = scan.Protocols.Any(p => p.Supported);
        if (!anything && scan.Errors.Count == 0)
        {
            // Every hello was answered with an alert or a close: nothing to judge, and the report must say why it fails.
            findings.Add(TargetFinding("tls.no-handshake", FindingSeverity.Error, ListStatus.Unknown, location,
                "The server refused every hello the scanner sent (SSL 2.0 to TLS 1.3, every cipher suite): no protocol, suite or certificate could be judged.",
                "サーバはスキャナーが送ったすべての hello（SSL 2.0〜TLS 1.3、全暗号スイート）を拒否した。プロトコル・スイート・証明書のいずれも判定できない。",
                "RFC 8446 §4.1.1, RFC 5246 §7.4.1", derived: false));
        }
        if (profile == TlsGuidelineType.High && anything && !scan.Protocols.Any(p => p.Version == TlsProtocolVersion.Tls13 && p.Supported))
        {
            // Policy basis D7 (REFERENCE §8): whether GL-3001's high security type makes TLS 1.3 mandatory is unverified, so a
            // server without it is warned about under that type, not failed.
            findings.Add(TargetFinding("tls.no-tls13", FindingSeverity.Warning, ListStatus.Recommended, location,
                "The server does not offer TLS 1.3; the High Security type is understood to expect it (whether it is mandatory there is unverified, so this is a warning, not a failure).",
                "サーバは TLS 1.3 に対応していない。高セキュリティ型では TLS 1.3 が前提と解される（必須かは未確認のため、不適合ではなく警告）。",
                Sources.Decision("TLS protocol versions").ToString(), derived: true));
        }
        bool Compliant(TlsGuidelineType t) => anything && items.All(i => i.Verdict.Tls?[t].Allowed ?? true)
            && (_certificates == null || scan.CertificateChains.All(c => _certificates.AllowedUnder(c, scan.Target, t)));
        return new TlsTargetResult(scan, findings, suiteStatus, profile,
            new TlsCompliance(Compliant(TlsGuidelineType.High), Compliant(TlsGuidelineType.Recommended), Compliant(TlsGuidelineType.Exception)),
            certificatesJudged: _certificates != null);
    }

    /// <summary>A finding about the target as a whole (not one judged item).</summary>
    private static Finding TargetFinding(string id, FindingSeverity severity, ListStatus status, FindingLocation location, string en, string ja,
        string citation, bool derived) => new()
    {
        Id = id,
        Severity = severity,
        Status = status,
        Location = location,
        MessageEn = en,
        MessageJa = ja,
        Citation = citation,
        Derived = derived,
    };

    private static Finding ToFinding(JudgedItem i, TlsGuidelineType profile, FindingLocation location)
    {
        var f = Finding.FromVerdict(i.Id, i.Verdict, location, i.Asset);
        if (i.Verdict.Tls is not { } tls) { return f; }
        var chosen = tls[profile];
        var allowedIn = tls.All.Where(r => r.Allowed).Select(r => r.Type).ToArray();
        var en = chosen.Allowed
            ? $"{i.Asset} is allowed in the {profile.En()} ({f.MessageEn})"
            : $"{i.Asset} is not allowed in the {profile.En()}: {Reason(chosen, false)}" + (allowedIn.Length > 0 ? $" (allowed in: {string.Join(", ", allowedIn.Select(t => t.Id()))})" : " (allowed in no type)");
        var ja = chosen.Allowed
            ? $"{i.Asset} は{profile.Ja()}で利用可（{f.MessageJa}）"
            : $"{i.Asset} は{profile.Ja()}で利用不可: {Reason(chosen, true)}" + (allowedIn.Length > 0 ? $"（利用可の型: {string.Join("、", allowedIn.Select(t => t.Ja()))}）" : "（どの型でも利用不可）");
        var decisive = chosen.Reasons.LastOrDefault(r => r.Outcome == Outcome.Fail) ?? chosen.Reasons.LastOrDefault();
        return f with
        {
            Severity = !chosen.Allowed ? FindingSeverity.Error : f.Severity == FindingSeverity.Error ? FindingSeverity.Warning : f.Severity,
            MessageEn = en,
            MessageJa = ja,
            Citation = !chosen.Allowed && decisive != null ? decisive.Citation.ToString() : f.Citation,
            Derived = !chosen.Allowed && decisive != null ? decisive.IsDerived : f.Derived,
        };
    }

    private static string Reason(TlsTypeResult r, bool ja)
    {
        var fail = r.Reasons.LastOrDefault(x => x.Outcome == Outcome.Fail) ?? r.Reasons.LastOrDefault();
        if (fail == null) { return string.Empty; }
        // The guideline's reasons start with the type's name, which the finding's message already says.
        var text = ja ? fail.MessageJa : fail.Message;
        var prefix = (ja ? r.Type.Ja() : r.Type.En()) + ": ";
        return text.StartsWith(prefix, StringComparison.Ordinal) ? text.Substring(prefix.Length) : text;
    }

    private sealed record JudgedItem(string Id, string Asset, Verdict Verdict);
}

/// <summary>Whether a target complies with each GL-3001 type.</summary>
public sealed record TlsCompliance(bool High, bool Recommended, bool Exception)
{
    public bool this[TlsGuidelineType t] => t switch
    {
        TlsGuidelineType.High => High,
        TlsGuidelineType.Recommended => Recommended,
        _ => Exception,
    };
}
