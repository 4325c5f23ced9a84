using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Naming;
using CryptrecCheck.Policy.Tls;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// The inventory (CRY0001): one hidden diagnostic per cryptographic use, compliant ones included. Its properties carry the
/// asset, the status and the citation, so a tool that runs the analyzers in-process (the coming <c>cryptrec-check code</c>)
/// can collect a cryptographic inventory by reading them; the IDE and the build show nothing.
/// </summary>
internal sealed class InventorySink : IDetectionSink
{
    public static readonly InventorySink Instance = new();

    /// <summary>Names of the properties of a CRY0001 diagnostic (a contract for the tools that read them).</summary>
    public static class Keys
    {
        public const string Asset = "asset";
        public const string Algorithm = "algorithm";
        public const string KeyBits = "keyBits";
        public const string Curve = "curve";
        public const string Mode = "mode";
        public const string Hash = "hash";
        public const string ParameterSet = "parameterSet";
        public const string OutputBits = "outputBits";
        public const string NonceBits = "nonceBits";
        public const string TlsCode = "tlsCode";
        public const string Status = "status";
        public const string Citation = "citation";
        public const string Derived = "derived";
        public const string Reason = "reason";
        public const string TlsAllowed = "tlsAllowed";
        public const string Source = "source";
    }

    // What an entry says depends on the verdict and the TLS type alone, apart from the source text of the use: computed
    // once per verdict (the policy engine caches verdicts per asset, so the same few objects recur across a compilation).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Verdict, System.Collections.Concurrent.ConcurrentDictionary<TlsGuidelineType, Entry>> Entries = new();

    private sealed class Entry
    {
        public Entry(ImmutableDictionary<string, string?> properties, string described, string citation)
        {
            Properties = properties;
            Described = described;
            Citation = citation;
        }

        public ImmutableDictionary<string, string?> Properties { get; }
        public string Described { get; }
        public string Citation { get; }
    }

    public bool Accept(Detection d, Verdict v, AnalyzerSettings s, Action<Diagnostic> report)
    {
        if (!s.Inventory) { return false; }
        var entry = Entries.GetValue(v, _ => new System.Collections.Concurrent.ConcurrentDictionary<TlsGuidelineType, Entry>())
            .GetOrAdd(s.TlsType, t => Build(d.Asset, v, t));
        var status = s.Text(v.Status.PhraseEn(), v.Status.PhraseJa());
        report(Diagnostic.Create(Descriptors.Inventory, d.Location, d.AdditionalLocations, entry.Properties.SetItem(Keys.Source, d.Shown),
            $"{entry.Described} ({d.Shown})", status, entry.Citation));
        return true;
    }

    private static Entry Build(CryptoAsset a, Verdict v, TlsGuidelineType tlsType)
    {
        var cause = v.Reasons.FirstOrDefault(r => r.Outcome is Outcome.Fail or Outcome.NotYetEffective)
            ?? v.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Warning)
            ?? v.Reasons.FirstOrDefault(r => r.Code == ReasonCodes.Listed)
            ?? v.Reasons.FirstOrDefault();
        var tlsAllowed = v.Tls?[tlsType].Allowed;
        var described = NameResolver.Describe(a);
        var p = ImmutableDictionary.CreateBuilder<string, string?>();
        p[Keys.Asset] = described;
        p[Keys.Algorithm] = a.Algorithm;
        Put(p, Keys.KeyBits, a.KeyBits);
        p[Keys.Curve] = a.Curve;
        p[Keys.Mode] = a.Mode;
        p[Keys.Hash] = a.Hash;
        p[Keys.ParameterSet] = a.ParameterSet;
        Put(p, Keys.OutputBits, a.OutputBits);
        Put(p, Keys.NonceBits, a.NonceBits);
        Put(p, Keys.TlsCode, a.TlsCode);
        p[Keys.Status] = v.Status.ToWireName();
        p[Keys.Citation] = cause?.Citation.ToString();
        p[Keys.Derived] = (v.IsDerived || cause?.IsDerived == true) ? "true" : "false";
        p[Keys.Reason] = cause?.Code;
        if (tlsAllowed is bool allowed) { p[Keys.TlsAllowed] = allowed ? "true" : "false"; }
        foreach (var k in p.Keys.ToList()) { if (p[k] == null) { p.Remove(k); } }
        return new Entry(p.ToImmutable(), described, cause?.Citation.ToString() ?? string.Empty);
    }

    private static void Put(ImmutableDictionary<string, string?>.Builder p, string key, int? value)
    {
        if (value is int n) { p[key] = n.ToString(CultureInfo.InvariantCulture); }
    }
}
