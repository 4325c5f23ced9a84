using System;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Internal;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// Where the analyzers hand over what they found: each use is judged once by the policy and delivered to every sink.
/// The rule diagnostics (CRY1xxx–CRY5xxx) are one consumer; the inventory (CRY0001, hidden, one per use with asset, status
/// and citation in its properties) is the other.
/// </summary>
internal static class Detector
{
    private static readonly IDetectionSink[] Sinks = { RuleDiagnosticSink.Instance, InventorySink.Instance };

    /// <summary>False when a use of <paramref name="asset"/> can produce no diagnostic under the settings: no rule applies to
    /// its verdict and the inventory is off (as in a command-line build). Lets the hot paths skip building the message text of
    /// a compliant use. Never false where a sink would report (TLS items are left to their sink).</summary>
    [MethodImpl(HotPath.Options)]
    public static bool Wanted(AnalyzerSettings settings, CryptoAsset asset, bool kdf = false) =>
        settings.Inventory || asset.TlsKind != TlsItemKind.None
        || Reporter.Classify(settings.Engine.Evaluate(asset), settings, kdf).Descriptor != null;

    /// <summary>Judges one use and delivers it; returns true when a rule diagnostic was reported.</summary>
    public static bool Found(Action<Diagnostic> report, AnalyzerSettings settings, Detection detection)
    {
        var verdict = settings.Engine.Evaluate(detection.Asset);
        if (!settings.Inventory && detection.Asset.TlsKind == TlsItemKind.None && Reporter.Classify(verdict, settings, detection.Kdf).Descriptor == null)
        {
            return false;
        }
        var ruled = false;
        foreach (var sink in Sinks)
        {
            var reported = sink.Accept(detection, verdict, settings, report);
            if (sink == RuleDiagnosticSink.Instance) { ruled = reported; }
        }
        return ruled;
    }

    /// <summary>Shorthand for the common case.</summary>
    public static bool Found(Action<Diagnostic> report, AnalyzerSettings settings, CryptoAsset asset, Location location, string shown,
        string? fixKind = null, bool kdf = false, CryptoAsset? refines = null) =>
        Found(report, settings, new Detection(asset, location, shown) { FixKind = fixKind, Kdf = kdf, Refines = refines });
}
