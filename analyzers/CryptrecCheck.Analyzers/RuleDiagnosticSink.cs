using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Naming;
using CryptrecCheck.Policy.Tls;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>The rule diagnostics (CRY1xxx–CRY5xxx): reports a use when CRYPTREC has something to say about it, under the rule
/// picked from the cause of the verdict, worded in the configured or UI language with the verdict's citation.</summary>
internal sealed class RuleDiagnosticSink : IDetectionSink
{
    public static readonly RuleDiagnosticSink Instance = new();

    /// <summary>Key sizes a fix may propose, tried in this order; the policy decides which it accepts.</summary>
    private static readonly int[] KeySizeCandidates = { 2048, 3072, 4096, 7680, 15360 };

    public bool Accept(Detection d, Verdict v, AnalyzerSettings s, Action<Diagnostic> report)
    {
        if (!d.RuleAllowed) { return false; }
        if (d.Asset.TlsKind != TlsItemKind.None) { return Tls(d, v, s, report); }
        var (descriptor, cause, verdict) = Reporter.Classify(v, s, d.Kdf);
        if (descriptor == null || cause == null) { return false; }
        // A refinement (a key or mode set on a cipher judged where it was created) is reported only for what it adds.
        if (d.Refines != null && Reporter.Classify(s.Engine.Evaluate(d.Refines), s, d.Kdf).Descriptor == descriptor) { return false; }
        var what = $"{NameResolver.Describe(verdict.Asset)} ({d.Shown})";
        var alt = verdict.Alternative ?? v.Alternative;
        var altText = alt == null
            ? s.Text("a technique on the e-Government Recommended list", "電子政府推奨暗号リストの技術")
            : s.Text(alt.En, alt.Ja);
        report(Diagnostic.Create(Descriptors.Worded(descriptor, cause), d.Location, d.AdditionalLocations, Properties(d, s), what, s.Text(cause.Message, cause.MessageJa), altText, Cite(cause, s)));
        return true;
    }

    /// <summary>A TLS protocol version or cipher suite that the configured guideline type does not allow.</summary>
    private static bool Tls(Detection d, Verdict v, AnalyzerSettings s, Action<Diagnostic> report)
    {
        if (v.Tls == null) { return false; }
        var t = v.Tls[s.TlsType];
        if (t.Allowed) { return false; }
        var reason = t.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Fail) ?? t.Reasons.FirstOrDefault();
        if (reason == null) { return false; }
        var descriptor = d.Asset.TlsKind == TlsItemKind.ProtocolVersion ? Descriptors.TlsProtocol : Descriptors.TlsCipherSuite;
        var alt = s.Text("TLS 1.2 or TLS 1.3 (or SslProtocols.None for the operating system's default)", "TLS 1.2 又は TLS 1.3（若しくは SslProtocols.None で OS の既定）");
        report(Diagnostic.Create(descriptor, d.Location, d.AdditionalLocations, Properties(d, s),
            $"{NameResolver.Describe(d.Asset)} ({d.Shown})", s.Text(reason.Message, reason.MessageJa), alt, Cite(reason, s)));
        return true;
    }

    private static BilingualText Cite(Reason r, AnalyzerSettings s) =>
        s.Text(r.Citation + (r.IsDerived ? " derived" : string.Empty), r.Citation + (r.IsDerived ? " 導出" : string.Empty));

    /// <summary>The fix a diagnostic admits. A key-size fix carries the sizes the policy accepts under this file's options
    /// (operation end year, as-of date); with none, no fix is offered.</summary>
    private static ImmutableDictionary<string, string?>? Properties(Detection d, AnalyzerSettings s)
    {
        if (d.FixKind == null) { return null; }
        if (d.FixKind != FixKinds.KeySize) { return FixKinds.Of(d.FixKind); }
        var accepted = KeySizeCandidates.Where(n => FixKinds.Accepts(s, d.Asset with { KeyBits = n })).ToList();
        if (accepted.Count == 0) { return null; }
        // 3072 first where it is accepted (it stays usable longest of the common sizes), then 2048; otherwise the smallest accepted.
        var offered = new List<int>();
        if (accepted.Contains(3072)) { offered.Add(3072); }
        if (accepted.Contains(2048)) { offered.Add(2048); }
        if (offered.Count == 0) { offered.Add(accepted[0]); }
        return FixKinds.Of(d.FixKind).Add(FixKinds.KeySizesKey, string.Join(",", offered.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
