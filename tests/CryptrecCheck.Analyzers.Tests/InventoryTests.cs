using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>
/// The inventory consumer of the detections: every cryptographic use, compliant ones included, becomes a hidden CRY0001
/// diagnostic whose properties carry asset, status, citation and whether the verdict is derived, read here the way a tool
/// running the analyzers in-process would read them.
/// </summary>
public class InventoryTests
{
    private static async Task<ImmutableArray<Diagnostic>> Run(string source, bool suppressInventory = false, IReadOnlyDictionary<string, string>? config = null)
    {
        var tree = CSharpSyntaxTree.ParseText(Verify.Usings + source, new CSharpParseOptions(LanguageVersion.Latest), path: "/Test0.cs");
        var bc = MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location);
        var compilation = CSharpCompilation.Create("inventory", new[] { tree }, Verify.FrameworkReferences.Add(bc),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                specificDiagnosticOptions: suppressInventory ? new[] { KeyValuePair.Create(RuleIds.Inventory, ReportDiagnostic.Suppress) } : null));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var analyzerOptions = config == null ? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)
            : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new Config(config));
        var options = new CompilationWithAnalyzersOptions(analyzerOptions,
            (e, a, _) => throw new InvalidOperationException($"{a.GetType().Name} threw", e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return await compilation.WithAnalyzers(Verify.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync();
    }

    private static List<Diagnostic> Inventory(ImmutableArray<Diagnostic> all) => all.Where(d => d.Id == RuleIds.Inventory).ToList();

    /// <summary>The same options for the whole compilation and every file, as MSBuild's generated .editorconfig gives them.</summary>
    private sealed class Config(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                foreach (var kv in values)
                {
                    if (KeyComparer.Equals(kv.Key, key)) { value = kv.Value; return true; }
                }
                value = null;
                return false;
            }
        }
    }

    private const string MixedUses = """
        class C
        {
            byte[] H(byte[] d) => SHA256.HashData(d);
            byte[] L(byte[] d) => MD5.HashData(d);
            byte[] S(RSA rsa, byte[] d) => rsa.SignData(d, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
            byte[] T(RSA rsa, byte[] d) => rsa.SignData(d, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        }
        """;

    [Fact]
    public async Task BuildProperty_CryptrecCheckInventoryFalse_DropsTheInventory_AndKeepsEveryFinding()
    {
        // The package sets CryptrecCheckInventory=false for builds (a hidden diagnostic is neither shown nor logged there).
        var on = await Run(MixedUses);
        var off = await Run(MixedUses, config: new Dictionary<string, string> { ["build_property.CryptrecCheckInventory"] = "false" });
        Assert.Equal(4, Inventory(on).Count);
        Assert.Empty(Inventory(off));
        var findings = off.Where(d => d.Id != RuleIds.Inventory).Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage())).OrderBy(x => x.SourceSpan.Start).ToList();
        Assert.Equal(on.Where(d => d.Id != RuleIds.Inventory).Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage())).OrderBy(x => x.SourceSpan.Start), findings);
        Assert.Equal(2, findings.Count); // MD5, and SHA-1 in the signature
    }

    [Fact]
    public async Task KeySizeOrPaddingWithNoValueInTheCompilation_IsRecordedSayingSo_AndDrawsNoFinding()
    {
        var all = await Run("""
            public class C
            {
                public RSA Make(int bits) => RSA.Create(bits);
                public byte[] E(RSA r, byte[] d, RSAEncryptionPadding padding) => r.Encrypt(d, padding);
                public RSA Known() => RSA.Create(3072);
            }
            """);
        Assert.DoesNotContain(all, d => d.Id != RuleIds.Inventory);
        var inventory = Inventory(all);
        var size = Assert.Single(inventory, d => d.Properties["source"]!.StartsWith("RSA.Create(bits)", StringComparison.Ordinal));
        Assert.Equal("RSA.Create(bits): bits = ? (no value found in this compilation / このコンパイル内に値が見つからない)", size.Properties["source"]);
        Assert.False(size.Properties.ContainsKey("keyBits"));
        var padding = Assert.Single(inventory, d => d.Properties["source"]!.StartsWith("padding", StringComparison.Ordinal));
        Assert.Contains("padding = ? (no value found in this compilation", padding.Properties["source"]);
        Assert.Equal("RSA", padding.Properties["algorithm"]);
        // A size that is known is recorded with it, as before.
        Assert.Single(inventory, d => d.Properties.GetValueOrDefault("keyBits") == "3072");
    }

    [Fact]
    public async Task EditorconfigKey_WinsOverTheBuildProperty_AndABadValueIsReported()
    {
        // What `cryptrec-check code` does: the .editorconfig key turns the inventory back on over the package's property.
        var forced = await Run(MixedUses, config: new Dictionary<string, string>
        {
            ["build_property.CryptrecCheckInventory"] = "false",
            ["cryptrec_check.inventory"] = "true",
        });
        Assert.Equal(4, Inventory(forced).Count);
        var bad = await Run(MixedUses, config: new Dictionary<string, string> { ["cryptrec_check.inventory"] = "sometimes" });
        Assert.Contains(bad, d => d.Id == RuleIds.InvalidOption && d.GetMessage().Contains("cryptrec_check.inventory") && d.GetMessage().Contains("sometimes"));
        Assert.Equal(4, Inventory(bad).Count); // the default (on) applies
    }

    [Fact]
    public async Task CompliantAesGcmAndSha256_AreRecordedAsRecommended_WithNoFinding()
    {
        var all = await Run("""
            class C
            {
                byte[] H(byte[] d) => SHA256.HashData(d);
                void E(byte[] key, byte[] p, byte[] c, byte[] tag)
                {
                    using var gcm = new AesGcm(key, 16);
                    gcm.Encrypt(new byte[12], p, c, tag);
                }
            }
            """);
        Assert.DoesNotContain(all, d => d.Id != RuleIds.Inventory);
        var inventory = Inventory(all);
        Assert.All(inventory, d => Assert.Equal(DiagnosticSeverity.Hidden, d.Severity));
        var sha = Assert.Single(inventory, d => d.Properties["algorithm"] == "SHA-256");
        Assert.Equal("recommended", sha.Properties["status"]);
        Assert.Equal("false", sha.Properties["derived"]);
        Assert.Contains("LS-0001-2022R2", sha.Properties["citation"]);
        Assert.Equal("SHA256.HashData(d)", sha.Properties["source"]);
        var gcm = inventory.Where(d => d.Properties["algorithm"] == "AES" && d.Properties.GetValueOrDefault("mode") == "GCM").ToList();
        Assert.Equal(2, gcm.Count); // the creation and the encryption
        Assert.All(gcm, d => Assert.Equal("recommended", d.Properties["status"]));
        Assert.Contains(gcm, d => d.Properties.GetValueOrDefault("nonceBits") == "96");
        Assert.All(gcm, d => Assert.False(string.IsNullOrEmpty(d.Properties["citation"])));
    }

    [Fact]
    public async Task NoncompliantUse_HasItsFindingAndAnInventoryRecordAtTheSamePlace()
    {
        var all = await Run("class C { HashAlgorithm H() => MD5.Create(); }");
        var finding = Assert.Single(all, d => d.Id == RuleIds.HashNotListed);
        var record = Assert.Single(Inventory(all));
        Assert.Equal(finding.Location, record.Location);
        Assert.Equal("not-listed", record.Properties["status"]);
        Assert.Equal("MD5", record.Properties["asset"]);
    }

    [Fact]
    public async Task RsaKeySize_RecordCarriesKeyBitsAndDerivedStrengthVerdict()
    {
        var all = await Run("class C { RSA A() => RSA.Create(3072); RSA B() => RSA.Create(1024); }");
        var records = Inventory(all).ToDictionary(d => d.Properties["keyBits"]!);
        Assert.Equal("recommended", records["3072"].Properties["status"]);
        Assert.Equal("not-listed", records["1024"].Properties["status"]);
        Assert.Equal("true", records["1024"].Properties["derived"]); // the key-strength table is our reading (LS-0003)
        Assert.Equal("key-strength", records["1024"].Properties["reason"]);
        Assert.Single(all, d => d.Id == RuleIds.KeyTooShort);
    }

    [Fact]
    public async Task TlsVersions_EachVersionIsRecorded_WithWhetherTheGuidelineTypeAllowsIt()
    {
        var all = await Run("class C { void M(SslClientAuthenticationOptions o) { o.EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13; } }");
        Assert.DoesNotContain(all, d => d.Id != RuleIds.Inventory);
        var inventory = Inventory(all);
        Assert.Equal(2, inventory.Count);
        Assert.All(inventory, d => Assert.Equal("true", d.Properties["tlsAllowed"]));
    }

    [Fact]
    public async Task Inventory_TurnedOff_LeavesTheFindings()
    {
        // What dotnet_diagnostic.CRY0001.severity = none does in a build: the compiler suppresses the ID.
        var all = await Run("class C { HashAlgorithm H() => MD5.Create(); byte[] S(byte[] d) => SHA256.HashData(d); }", suppressInventory: true);
        Assert.DoesNotContain(all, d => d.Id == RuleIds.Inventory);
        Assert.Single(all, d => d.Id == RuleIds.HashNotListed);
    }

    [Fact]
    public Task Inventory_IsReportedAtEveryUse_InTheTestHarness() => new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<HashAndMacAnalyzer, DefaultVerifier>
    {
        // Through the analyzer test framework too: the markup asserts both the hidden record and the finding.
        TestCode = Verify.Usings + "class C { byte[] A(byte[] d) => {|CRY0001:SHA256.HashData(d)|}; HashAlgorithm B() => {|CRY0001:{|CRY1001:MD5.Create()|}|}; }",
        ReferenceAssemblies = Verify.Net100,
        TestState = { AdditionalReferences = { MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location) } },
    }.WithFrameworkReferences().RunAsync();
}

internal static class AnalyzerTestExtensions
{
    public static T WithFrameworkReferences<T>(this T test) where T : AnalyzerTest<DefaultVerifier>
    {
        test.TestState.AdditionalReferences.AddRange(Verify.FrameworkReferences);
        return test;
    }
}
