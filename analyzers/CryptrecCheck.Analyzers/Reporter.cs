using System;
using System.Collections.Immutable;
using System.Linq;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Naming;
using CryptrecCheck.Policy.Tls;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>What a code fix may do with a diagnostic; carried in the diagnostic's properties.</summary>
internal static class FixKinds
{
    public const string Key = "CryptrecFix";
    public const string HashType = "hash-type";
    public const string HashName = "hash-name";
    public const string RsaPadding = "rsa-padding";
    public const string SslProtocols = "ssl-protocols";
    public const string KeySize = "key-size";
    public const string Curve = "curve";

    public static ImmutableDictionary<string, string?> Of(string kind) => ImmutableDictionary<string, string?>.Empty.Add(Key, kind);
}

/// <summary>Turns an asset found in code into a diagnostic: evaluates it with the policy, picks the rule from the cause
/// of the verdict, and words the message in the configured or UI language with the verdict's citation.</summary>
internal static class Reporter
{
    /// <summary>Evaluates and, when CRYPTREC has something to say, reports.</summary>
    public static void Report(Action<Diagnostic> report, AnalyzerSettings s, CryptoAsset asset, Location location, string shown,
        string? fixKind = null, bool kdf = false)
    {
        var v = s.Engine.Evaluate(asset);
        var (descriptor, cause, verdict) = Classify(v, s, kdf);
        if (descriptor == null || cause == null) { return; }
        var what = $"{NameResolver.Describe(verdict.Asset)} ({shown})";
        var alt = verdict.Alternative ?? v.Alternative;
        var altText = alt == null
            ? s.Text("a technique on the e-Government Recommended list", "電子政府推奨暗号リストの技術")
            : s.Text(alt.En, alt.Ja);
        var citation = s.Text(cause.Citation + (cause.IsDerived ? " derived" : string.Empty), cause.Citation + (cause.IsDerived ? " 導出" : string.Empty));
        report(Diagnostic.Create(descriptor, location, fixKind == null ? null : FixKinds.Of(fixKind),
            what, s.Text(cause.Message, cause.MessageJa), altText, citation));
    }

    /// <summary>Reports a TLS protocol version or cipher suite that the configured guideline type does not allow.</summary>
    public static void ReportTls(Action<Diagnostic> report, AnalyzerSettings s, CryptoAsset asset, Location location, string shown, string? fixKind = null)
    {
        var v = s.Engine.Evaluate(asset);
        if (v.Tls == null) { return; }
        var t = v.Tls[s.TlsType];
        if (t.Allowed) { return; }
        var reason = t.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Fail) ?? t.Reasons.FirstOrDefault();
        if (reason == null) { return; }
        var descriptor = asset.TlsKind == TlsItemKind.ProtocolVersion ? Descriptors.TlsProtocol : Descriptors.TlsCipherSuite;
        var alt = s.Text("TLS 1.2 or TLS 1.3 (or SslProtocols.None for the operating system's default)", "TLS 1.2 又は TLS 1.3（若しくは SslProtocols.None で OS の既定）");
        report(Diagnostic.Create(descriptor, location, fixKind == null ? null : FixKinds.Of(fixKind),
            $"{NameResolver.Describe(asset)} ({shown})", s.Text(reason.Message, reason.MessageJa), alt,
            s.Text(reason.Citation + (reason.IsDerived ? " derived" : string.Empty), reason.Citation + (reason.IsDerived ? " 導出" : string.Empty))));
    }

    /// <summary>Picks the rule: the status says whether to report, the first failing reason says which rule.</summary>
    internal static (DiagnosticDescriptor? Descriptor, Reason? Cause, Verdict Verdict) Classify(Verdict v, AnalyzerSettings s, bool kdf)
    {
        // Composite assets (CMAC over a cipher, PBE): the weakest component carries the finding.
        if (v.Components.Count > 0 && v.Status.Rank() > 0)
        {
            var worst = v.Components.OrderByDescending(c => c.Verdict.Status.Rank()).First().Verdict;
            if (worst.Status == v.Status) { return Classify(worst, s, kdf); }
        }
        switch (v.Status)
        {
            case ListStatus.Unknown:
                return (null, null, v);
            case ListStatus.Recommended:
            case ListStatus.RecommendedPqc:
                var cond = v.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Warning && r.Code == ReasonCodes.GcmIv);
                return (cond != null ? Descriptors.CipherCondition : null, cond, v);
            case ListStatus.Candidate:
                if (!s.ReportCandidate) { return (null, null, v); }
                var cc = v.Reasons.FirstOrDefault(r => r.Code == ReasonCodes.Listed) ?? v.Reasons.FirstOrDefault();
                return (Family(v.Asset) == Family2.Cipher ? Descriptors.CipherCandidate : Descriptors.HashCandidate, cc, v);
            case ListStatus.Monitored:
            {
                if (!s.ReportMonitored) { return (null, null, v); }
                var cause = v.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Warning && r.Code is ReasonCodes.Combined or ReasonCodes.Listed or ReasonCodes.Mode)
                    ?? v.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Warning) ?? v.Reasons.FirstOrDefault();
                var family = Family(v.Asset);
                DiagnosticDescriptor d;
                if (kdf || family == Family2.Kdf) { d = Descriptors.KdfMonitored; }
                else if (v.Asset.Algorithm is Algorithms.RsaOaep or Algorithms.RsaesPkcs1) { d = Descriptors.PublicKeyMonitored; }
                else if (cause?.Code == ReasonCodes.Combined || family == Family2.Hash) { d = Descriptors.HashMonitored; }
                else if (family == Family2.Cipher) { d = Descriptors.CipherMonitored; }
                else { d = Descriptors.PublicKeyMonitored; }
                return (d, cause, v);
            }
            default:
            {
                var cause = v.Reasons.FirstOrDefault(r => r.Outcome is Outcome.Fail or Outcome.NotYetEffective)
                    ?? v.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Warning && r.Code == ReasonCodes.Curve)
                    ?? v.Reasons.FirstOrDefault();
                var family = Family(v.Asset);
                DiagnosticDescriptor d = cause?.Code switch
                {
                    ReasonCodes.KeyStrength => Descriptors.KeyTooShort,
                    ReasonCodes.Curve => Descriptors.CurveOutside,
                    ReasonCodes.ParameterSet => Descriptors.PublicKeyNotListed,
                    ReasonCodes.Mode => Descriptors.ModeNotListed,
                    ReasonCodes.ShakeOutput => Descriptors.HashNotListed,
                    ReasonCodes.XtsStorage or ReasonCodes.Block64Limit or ReasonCodes.EcdhMac => Descriptors.CipherCondition,
                    ReasonCodes.Combined => kdf || family == Family2.Kdf ? Descriptors.KdfNotListed : Descriptors.HashNotListed,
                    _ => (kdf ? Family2.Kdf : family) switch
                    {
                        Family2.Hash => Descriptors.HashNotListed,
                        Family2.Cipher => Descriptors.CipherNotListed,
                        Family2.Mode => Descriptors.ModeNotListed,
                        Family2.Kdf => Descriptors.KdfNotListed,
                        _ => Descriptors.PublicKeyNotListed,
                    },
                };
                return (d, cause, v);
            }
        }
    }

    internal enum Family2
    {
        Hash,
        Cipher,
        Mode,
        PublicKey,
        Kdf,
    }

    internal static Family2 Family(CryptoAsset a) => Algorithms.Get(a.Algorithm)?.Kind switch
    {
        AlgorithmKind.Hash or AlgorithmKind.ExtendableOutput or AlgorithmKind.Mac => Family2.Hash,
        AlgorithmKind.BlockCipher or AlgorithmKind.StreamCipher or AlgorithmKind.AuthenticatedCipher or AlgorithmKind.Null or AlgorithmKind.KeyWrap => Family2.Cipher,
        AlgorithmKind.Mode => Family2.Mode,
        AlgorithmKind.KeyDerivation or AlgorithmKind.PasswordHash or AlgorithmKind.RandomGenerator => Family2.Kdf,
        _ => Family2.PublicKey,
    };
}
