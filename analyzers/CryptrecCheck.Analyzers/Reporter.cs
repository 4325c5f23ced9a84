using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Internal;
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

    /// <summary>Property with the key sizes the policy accepts under the file's options, best first ("3072,2048").</summary>
    public const string KeySizesKey = "CryptrecKeySizes";

    public static ImmutableDictionary<string, string?> Of(string kind) => ImmutableDictionary<string, string?>.Empty.Add(Key, kind);

    /// <summary>True when the verdict draws no rule diagnostic under the settings: what a fix may put in the code.</summary>
    public static bool Accepts(AnalyzerSettings s, CryptoAsset asset)
    {
        var v = s.Engine.Evaluate(asset);
        return v.Status.Rank() == 0 && Reporter.Classify(v, s, kdf: false).Descriptor == null;
    }
}

/// <summary>Which rule, if any, a verdict falls under, and the family an asset belongs to: the classification shared by the
/// rule diagnostics and the code fixes.</summary>
internal static class Reporter
{
    /// <summary>Picks the rule: the status says whether to report, the first failing reason says which rule.</summary>
    [MethodImpl(HotPath.Options)]
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

    [MethodImpl(HotPath.Options)]
    internal static Family2 Family(CryptoAsset a) => Algorithms.Get(a.Algorithm)?.Kind switch
    {
        AlgorithmKind.Hash or AlgorithmKind.ExtendableOutput or AlgorithmKind.Mac => Family2.Hash,
        AlgorithmKind.BlockCipher or AlgorithmKind.StreamCipher or AlgorithmKind.AuthenticatedCipher or AlgorithmKind.Null or AlgorithmKind.KeyWrap => Family2.Cipher,
        AlgorithmKind.Mode => Family2.Mode,
        AlgorithmKind.KeyDerivation or AlgorithmKind.PasswordHash or AlgorithmKind.RandomGenerator => Family2.Kdf,
        _ => Family2.PublicKey,
    };
}
