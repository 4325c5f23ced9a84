using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Evaluation.Checks;
using Xunit;
using Xunit.Abstractions;

namespace CryptrecCheck.Policy.Tests;

/// <summary>Meta-tests over the evaluator's checks (issue 8, "one check, one unit, one window"): every check has an id,
/// the reason codes it emits, a citation and an effective window; derived checks cite a numbered decision of
/// docs/policy-basis.md; the doc lists every check as the registry does.</summary>
public class CheckRegistryTests
{
    private static readonly string PolicyBasis = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "policy-basis.md"));

    private readonly ITestOutputHelper _output;

    public CheckRegistryTests(ITestOutputHelper output) => _output = output;

    private static IEnumerable<string> AllReasonCodes() =>
        typeof(ReasonCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void All_ListsEveryCheck_WithIdCitationAndWindow()
    {
        var all = CheckRegistry.All;
        foreach (var c in all)
        {
            _output.WriteLine($"{c.Id,-22} {string.Join(",", c.Codes),-32} {c.WindowEn,-24} {(c.IsDerived ? "derived" : "quoted"),-8} {c.Citation}");
        }
        Assert.True(all.Count >= 25, $"only {all.Count} checks");
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        var listDates = new[] { Catalog.Ls2012R8Start, Catalog.Ls2012R8Revised, Catalog.Ls2022R2Start, Catalog.Ls2022R2Revised };
        var codes = AllReasonCodes().ToHashSet(StringComparer.Ordinal);
        foreach (var c in all)
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.What), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.WhatJa), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Citation.Document), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Citation.Location), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Citation.SourceIds), c.Id);
            Assert.NotEmpty(c.Codes);
            Assert.All(c.Codes, code => Assert.Contains(code, codes));
            // The list's dates live once, in Catalog: a check's window is one of them.
            if (c.EffectiveFrom is DateTime from) { Assert.Contains(from, listDates); }
        }
    }

    [Fact]
    public void All_DerivedChecks_CiteADocumentedDecision_QuotedChecksCiteCryptrec()
    {
        var documented = Regex.Matches(PolicyBasis, @"^\| (D\d+) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(documented);
        foreach (var c in CheckRegistry.All)
        {
            if (!c.IsDerived)
            {
                Assert.StartsWith("CRYPTREC ", c.Citation.Document, StringComparison.Ordinal);
                continue;
            }
            if (c.Id == "policy-override")
            {
                // An override is the user's own policy, not a decision of ours: it cites how to give one.
                Assert.Equal(Sources.PolicyBasis, c.Citation.Document);
                Assert.Contains("How to override", PolicyBasis, StringComparison.Ordinal);
                Assert.Contains("How to override", c.Citation.Location, StringComparison.Ordinal);
                continue;
            }
            var numbers = Regex.Matches(c.Citation.SourceIds + " " + c.Citation.Location, @"\bD\d+\b").Select(m => m.Value).ToArray();
            Assert.True(numbers.Length > 0, $"{c.Id} is derived but cites no decision: {c.Citation}");
            Assert.All(numbers, n => Assert.Contains(n, documented));
        }
    }

    [Fact]
    public void All_EveryReasonCode_IsEmittedBySomeCheck()
    {
        var emitted = CheckRegistry.All.SelectMany(c => c.Codes).ToHashSet(StringComparer.Ordinal);
        Assert.All(AllReasonCodes(), code => Assert.Contains(code, emitted));
    }

    public static TheoryData<int> SingleAssetChecks()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < CheckRegistry.SingleAsset.Length; i++) { data.Add(i); }
        return data;
    }

    /// <summary>Runs the checks one by one over many assets and contexts and asserts that each adds only the reason codes
    /// it declares (a check that applies footnotes may add theirs, as their checks emit them).</summary>
    [Theory]
    [MemberData(nameof(SingleAssetChecks))]
    public void SingleAssetCheck_EmitsOnlyItsDeclaredCodes(int index)
    {
        var check = CheckRegistry.SingleAsset[index];
        var allowed = check.Info.Codes.ToHashSet(StringComparer.Ordinal);
        if (check is RowFootnotesStep or ModeCheck or CombinedTechniqueCheck)
        {
            foreach (var f in FootnoteChecks.All) { allowed.UnionWith(f.Info.Codes); }
        }
        var seen = 0;
        foreach (var ctx in Contexts())
        {
            foreach (var asset in SampleAssets())
            {
                var b = new VerdictBuilder(asset, ctx);
                Evaluator.Resolve(b);
                var stopped = false;
                for (var i = 0; i < index && !stopped; i++) { stopped = !CheckRegistry.SingleAsset[i].RunIfInForce(b); }
                if (stopped) { continue; }
                var before = b.Build(null).Reasons.Count;
                check.RunIfInForce(b);
                var added = b.Build(null).Reasons.Skip(before).ToArray();
                seen += added.Length;
                Assert.All(added, r => Assert.True(allowed.Contains(r.Code), $"{check.Info.Id} emitted {r.Code} for {asset.Describe()}"));
            }
        }
        Assert.True(seen > 0, $"{check.Info.Id} never emitted a reason over the sample: the sample does not exercise it");
    }

    [Fact]
    public void FootnoteChecks_EveryConditionKind_HasItsCheckOrIsAppliedByTheParameterSetCheck()
    {
        foreach (var kind in Enum.GetValues<ConditionKind>())
        {
            var check = FootnoteChecks.For(kind);
            if (kind == ConditionKind.ParameterSetRestricted) { Assert.Null(check); continue; }
            Assert.NotNull(check);
            Assert.Equal(kind, check!.Kind);
            Assert.Contains(check, FootnoteChecks.All);
        }
    }

    [Fact]
    public void Windows_ACheckWithADate_IsNotInForceTheDayBefore()
    {
        var dated = CheckRegistry.All.Where(c => c.EffectiveFrom != null).ToArray();
        Assert.NotEmpty(dated);
        foreach (var c in dated)
        {
            Assert.False(c.IsInForce(c.EffectiveFrom!.Value.AddDays(-1)), c.Id);
            Assert.True(c.IsInForce(c.EffectiveFrom.Value), c.Id);
        }
        Assert.All(CheckRegistry.All.Where(c => c.EffectiveFrom == null), c => Assert.True(c.IsInForce(new DateTime(1990, 1, 1)), c.Id));
    }

    [Fact]
    public void EcdhMacCheck_AppliesFromTheRevisionThatAddedNote2()
    {
        var from = CheckRegistry.Find("ecdh-mac")!.EffectiveFrom!.Value;
        Assert.Equal(Catalog.Ls2022R2Revised, from);
        var asset = new CryptoAsset { Algorithm = Algorithms.Ecdh, Curve = "P-256", Mac = "GMAC" };
        var before = Evaluator.Evaluate(asset, new EvaluationContext(from.AddDays(-1)));
        Assert.DoesNotContain(before.Reasons, r => r.Code == ReasonCodes.EcdhMac);
        var after = Evaluator.Evaluate(asset, new EvaluationContext(from));
        Assert.Contains(after.Reasons, r => r.Code == ReasonCodes.EcdhMac && r.Outcome == Outcome.Fail && r.Citation.Location == "注2");
        Assert.Equal(ListStatus.NotListed, after.Status);
    }

    [Fact]
    public void EditionSupersededCheck_AppliesFromTheDateLs2022TookEffect()
    {
        var from = CheckRegistry.Find("edition-superseded")!.EffectiveFrom!.Value;
        Assert.Equal(Catalog.EditionStart(Edition.Ls0001_2022R2), from);
        var asset = new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 128 };
        Assert.DoesNotContain(Evaluator.Evaluate(asset, new EvaluationContext(from.AddDays(-1), Edition.Ls0001_2012R8)).Reasons, r => r.Code == ReasonCodes.Superseded);
        var after = Evaluator.Evaluate(asset, new EvaluationContext(from, Edition.Ls0001_2012R8)).Reasons.Single(r => r.Code == ReasonCodes.Superseded);
        Assert.Contains(Catalog.IsoDate(from), after.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Evaluator.Evaluate(asset, new EvaluationContext(from)).Reasons, r => r.Code == ReasonCodes.Superseded);
    }

    [Fact]
    public void Evaluate_EveryReason_BelongsToARegisteredCheck()
    {
        var codes = CheckRegistry.All.SelectMany(c => c.Codes).ToHashSet(StringComparer.Ordinal);
        var engine = new PolicyEngine(new EvaluationContext(new DateTime(2026, 12, 1)));
        var names = Catalog.Ls0001_2022R2.Entries.Select(e => e.Technique)
            .Concat(new[] { "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_RC4_128_SHA", "TLSv1.1", "X25519MLKEM768", "HMAC-SHA1", "secp256k1", "RSA-1024", "AES/XTS", "SHAKE128" });
        var count = 0;
        foreach (var name in names)
        {
            var v = engine.Explain(name).Verdict;
            if (v == null) { continue; }
            foreach (var r in Flatten(v)) { count++; Assert.True(codes.Contains(r.Code), $"{name}: {r.Code} is emitted by no registered check"); }
        }
        Assert.True(count > 100);
    }

    [Fact]
    public void PolicyBasis_ChecksSection_ListsEveryCheckAsTheRegistryDoes()
    {
        var expected = ChecksTable();
        _output.WriteLine(expected);
        var start = PolicyBasis.IndexOf("## Checks", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/policy-basis.md has no \"## Checks\" section; expected table:\n" + expected);
        var next = PolicyBasis.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = next < 0 ? PolicyBasis[start..] : PolicyBasis[start..next];
        var rows = section.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        var expectedRows = expected.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        Assert.True(expectedRows.SequenceEqual(rows), "docs/policy-basis.md \"Checks\" differs from the registry; expected table:\n" + expected);
    }

    /// <summary>The "Checks" table of docs/policy-basis.md as the registry gives it.</summary>
    internal static string ChecksTable()
    {
        var sb = new StringBuilder();
        sb.Append("| Check | What / 内容 | Reason codes | Citation | In force / 適用 | Derived |\n");
        sb.Append("|---|---|---|---|---|---|\n");
        foreach (var c in CheckRegistry.All)
        {
            sb.Append("| `").Append(c.Id).Append("` | ").Append(c.What).Append(' ').Append(c.WhatJa).Append(" | ")
              .Append(string.Join(", ", c.Codes.Select(code => "`" + code + "`"))).Append(" | ")
              .Append(c.Citation).Append(" | ")
              .Append(c.WindowEn).Append(" / ").Append(c.WindowJa).Append(" | ")
              .Append(c.IsDerived ? "yes" : "no").Append(" |\n");
        }
        return sb.ToString();
    }

    [Fact]
    public void Evaluate_CachedAsset_AllocatesNothing()
    {
        var ctx = new EvaluationContext(new DateTime(2026, 12, 1));
        var asset = new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = 128, Mode = Algorithms.Gcm };
        var first = Evaluator.Evaluate(asset, ctx);
        Assert.Same(first, Evaluator.Evaluate(asset, ctx));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) { Evaluator.Evaluate(asset, ctx); }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Explain_CachedName_AllocatesNothing()
    {
        var engine = new PolicyEngine(new EvaluationContext(new DateTime(2026, 12, 1)));
        const string name = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
        Assert.Equal(ListStatus.Recommended, engine.Explain(name).Status);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) { engine.Explain(name); }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static IEnumerable<Reason> Flatten(Verdict v)
    {
        foreach (var r in v.Reasons) { yield return r; }
        foreach (var c in v.Components) { foreach (var r in Flatten(c.Verdict)) { yield return r; } }
    }

    private static IEnumerable<EvaluationContext> Contexts()
    {
        yield return new EvaluationContext(new DateTime(2026, 12, 1));
        yield return new EvaluationContext(new DateTime(2026, 12, 1), operationEndYear: 2045);
        yield return new EvaluationContext(new DateTime(2026, 1, 15));
        yield return new EvaluationContext(new DateTime(2022, 6, 1));
        yield return new EvaluationContext(new DateTime(2026, 12, 1), Edition.Ls0001_2012R8);
        yield return new EvaluationContext(new DateTime(2026, 12, 1), options: new PolicyOptions
        {
            AcceptMontgomeryCurvesAsEcdh = false,
            Overrides = new[] { new StatusOverride(Algorithms.Sha1, ListStatus.Recommended, "test") },
        });
    }

    private static IEnumerable<CryptoAsset> SampleAssets()
    {
        foreach (var a in Algorithms.All)
        {
            var id = a.Id;
            yield return new CryptoAsset { Algorithm = id };
            yield return new CryptoAsset { Algorithm = id, KeyBits = 2048 };
            yield return new CryptoAsset { Algorithm = id, KeyBits = 128, Mode = "CBC" };
            yield return new CryptoAsset { Algorithm = id, KeyBits = 128, Mode = "XTS", Usage = AssetUsage.Encryption };
            yield return new CryptoAsset { Algorithm = id, Mode = "GCM", NonceBits = 128 };
            yield return new CryptoAsset { Algorithm = id, Mode = "FOO" };
            yield return new CryptoAsset { Algorithm = id, Hash = "SHA-1" };
            yield return new CryptoAsset { Algorithm = id, Hash = "SHAKE128", OutputBits = 128 };
            yield return new CryptoAsset { Algorithm = id, Mac = "GMAC" };
            yield return new CryptoAsset { Algorithm = id, Curve = "P-256" };
            yield return new CryptoAsset { Algorithm = id, Curve = "X25519" };
            yield return new CryptoAsset { Algorithm = id, Curve = "nope" };
            yield return new CryptoAsset { Algorithm = id, KeyBits = 64, BlocksPerKey = (1L << 21) + 1, Usage = AssetUsage.Mac };
            yield return new CryptoAsset { Algorithm = id, ParameterSet = "ML-KEM-512" };
            yield return new CryptoAsset { Algorithm = id, KeyBits = 768 };
            yield return new CryptoAsset { Algorithm = id, BlockBits = 256 };
            yield return new CryptoAsset { Algorithm = id, OutputBits = 128 };
        }
        yield return new CryptoAsset { Algorithm = "HKDF", Hash = "SHA-256" };
        yield return new CryptoAsset { Algorithm = "not-a-technique" };
    }
}
