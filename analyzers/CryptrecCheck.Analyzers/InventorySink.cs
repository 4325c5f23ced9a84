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

    public bool Accept(Detection d, Verdict v, AnalyzerSettings s, Action<Diagnostic> report)
    {
        var a = d.Asset;
        var cause = v.Reasons.FirstOrDefault(r => r.Outcome is Outcome.Fail or Outcome.NotYetEffective)
            ?? v.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Warning)
            ?? v.Reasons.FirstOrDefault(r => r.Code == ReasonCodes.Listed)
            ?? v.Reasons.FirstOrDefault();
        var tlsAllowed = v.Tls?[s.TlsType].Allowed;
        var p = ImmutableDictionary.CreateBuilder<string, string?>();
        p[Keys.Asset] = NameResolver.Describe(a);
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
        p[Keys.Source] = d.Shown;
        foreach (var k in p.Keys.ToList()) { if (p[k] == null) { p.Remove(k); } }
        var status = s.Text(v.Status.PhraseEn(), v.Status.PhraseJa());
        report(Diagnostic.Create(Descriptors.Inventory, d.Location, d.AdditionalLocations, p.ToImmutable(),
            $"{NameResolver.Describe(a)} ({d.Shown})", status, cause?.Citation.ToString() ?? string.Empty));
        return true;
    }

    private static void Put(ImmutableDictionary<string, string?>.Builder p, string key, int? value)
    {
        if (value is int n) { p[key] = n.ToString(CultureInfo.InvariantCulture); }
    }
}
