using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using CryptrecCheck.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>Checks over every analyzer and rule: they run on empty and on busy code without throwing (no AD0001), every
/// rule has docs, a help link, both languages, a release-tracking row, a strict-mode entry and a README row.</summary>
public class MetaTests
{
    private static string Path2(params string[] parts) => Path.Combine(new[] { AppContext.BaseDirectory }.Concat(parts).ToArray());

    private static async Task<ImmutableArray<Diagnostic>> RunAll(string source)
    {
        var refs = Verify.FrameworkReferences;
        await Task.Yield();
        var bc = MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location);
        var compilation = CSharpCompilation.Create("meta", new[] { CSharpSyntaxTree.ParseText(source) }, refs.Add(bc),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var withAnalyzers = compilation.WithAnalyzers(Verify.AllAnalyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return await withAnalyzers.GetAllDiagnosticsAsync();
    }

    [Fact]
    public async Task AllAnalyzers_OnEmptyCode_ReportNothing()
    {
        var diagnostics = await RunAll("class C { }");
        Assert.Empty(diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden));
    }

    [Fact]
    public async Task AllAnalyzers_OnBusyAndBrokenCode_NeverThrow()
    {
        // Incomplete and erroneous code as an IDE sees it while typing, plus every API shape the rules look at.
        var source = Verify.Usings + """
            class C
            {
                void M(RSA rsa, Aes aes, byte[] d, string s, object o, SslStream ss, dynamic dyn)
                {
                    MD5.Create(); SHA1.HashData(d); HashAlgorithm.Create(s); CryptoConfig.CreateFromName(s + "x");
                    aes.Mode = (CipherMode)99; aes.Mode = default; aes.KeySize = -1;
                    rsa.SignData(d, default, RSASignaturePadding.Pss); rsa.SignData(d, new HashAlgorithmName(null), RSASignaturePadding.Pss);
                    rsa.SignData(d, HashAlgorithmName.FromOid(s), RSASignaturePadding.Pss);
                    RSA.Create(int.MaxValue); RSA.Create(-5); RSA.Create(dyn);
                    ECDsa.Create(ECCurve.CreateFromFriendlyName(null)); ECDsa.Create(ECCurve.CreateFromValue("9.9.9"));
                    var x = new CipherSuitesPolicy(null); var y = new CipherSuitesPolicy(new TlsCipherSuite[] { (TlsCipherSuite)65535 });
                    CipherUtilities.GetCipher(s); CipherUtilities.GetCipher(""); DigestUtilities.GetDigest("AES-999");
                    new PaddedBufferedBlockCipher(null); new CbcBlockCipher(null); new HMac(null);
                    ss.AuthenticateAsClient("h", null, (SslProtocols)(-1), false);
                    MD5.   // incomplete
                    var z = new SHA1Managed(
                }
                void N() => aes.Mode = CipherMode.
            }
            """;
        var diagnostics = await RunAll(source);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Id == RuleIds.HashNotListed);
    }

    /// <summary>Every ID the package reports: the rules and the inventory (CRY0001) need docs, texts and help links alike.</summary>
    public static IEnumerable<object[]> Rules() => RuleIds.AllWithInventory.Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(Rules))]
    public void EveryRule_HasDescriptorHelpLinkAndDocs(string id)
    {
        var d = Descriptors.Get(id);
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", d.HelpLinkUri);
        Assert.StartsWith("CryptrecCheck.", d.Category);
        var doc = Path2("docs", "rules", id + ".md");
        Assert.True(File.Exists(doc), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(doc);
        foreach (var section in new[] { "## Cause", "## CRYPTREC basis", "## Noncompliant", "## Compliant", "## How to fix", "## How to suppress", "## Options", "## 日本語" })
        {
            Assert.Contains(section, text);
        }
        Assert.Contains(d.Title.ToString(CultureInfo.InvariantCulture), text);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void EveryRule_HasEnglishAndJapaneseText(string id)
    {
        var d = Descriptors.Get(id);
        foreach (var culture in new[] { CultureInfo.InvariantCulture, new CultureInfo("ja-JP") })
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString(culture)));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.ToString(culture)));
            Assert.False(string.IsNullOrWhiteSpace(d.Description.ToString(culture)));
        }
        Assert.NotEqual(d.Title.ToString(CultureInfo.InvariantCulture), d.Title.ToString(new CultureInfo("ja-JP")));
    }

    [Fact]
    public void ResxFiles_HaveTheSameKeys()
    {
        static HashSet<string> Keys(string f) => XDocument.Load(f).Root!.Elements("data").Select(e => (string)e.Attribute("name")!).ToHashSet();
        var en = Keys(Path2("resx", "Resources.resx"));
        var ja = Keys(Path2("resx", "Resources.ja.resx"));
        Assert.Equal(en.OrderBy(x => x), ja.OrderBy(x => x));
    }

    [Fact]
    public void ReleaseTrackingStrictPresetAndReadme_ListEveryRule()
    {
        var unshipped = File.ReadAllText(Path2("releases", "AnalyzerReleases.Unshipped.md"));
        var strict = File.ReadAllText(Path2("package-build", "strict.globalconfig"));
        var readme = File.ReadAllText(Path2("README.md"));
        foreach (var id in RuleIds.AllWithInventory)
        {
            var d = Descriptors.Get(id);
            Assert.Contains($"{id} | {d.Category} | {d.DefaultSeverity} |", unshipped);
            Assert.Contains($"| [{id}](docs/rules/{id}.md) | {d.Title.ToString(CultureInfo.InvariantCulture)} |", readme);
        }
        foreach (var id in RuleIds.All) { Assert.Contains($"dotnet_diagnostic.{id}.severity = error", strict); }
        // The inventory is not a finding: strict mode must not turn every cryptographic use into a build error.
        Assert.DoesNotContain(RuleIds.Inventory, strict);
    }

    [Fact]
    public void EveryAnalyzer_EnablesConcurrencyAndIsCSharp()
    {
        Assert.True(Verify.AllAnalyzers.Length >= 6);
        foreach (var a in Verify.AllAnalyzers)
        {
            var attr = a.GetType().GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Cast<DiagnosticAnalyzerAttribute>().Single();
            Assert.Contains(LanguageNames.CSharp, attr.Languages);
            Assert.NotEmpty(a.SupportedDiagnostics);
        }
    }
    [Fact]
    public void InventoryDescriptor_IsHiddenAndEnabled()
    {
        var d = Descriptors.Inventory;
        Assert.Equal(RuleIds.Inventory, d.Id);
        Assert.Equal(DiagnosticSeverity.Hidden, d.DefaultSeverity);
        Assert.True(d.IsEnabledByDefault);
        Assert.Contains("CryptrecInventory", d.CustomTags);
        Assert.Equal("CryptrecCheck.Inventory", d.Category);
    }

    [Fact]
    public void EachAnalyzer_DeclaresOnlyItsOwnRules()
    {
        // No analyzer declares every rule any more: the host can skip one whose rules are all turned off.
        var byType = Verify.AllAnalyzers.ToDictionary(a => a.GetType().Name, a => a.SupportedDiagnostics.Select(d => d.Id).ToHashSet());
        Assert.Equal(new[] { RuleIds.Inventory, RuleIds.TlsProtocol, RuleIds.TlsCipherSuite }, byType["TlsAnalyzer"].Order());
        Assert.Equal(new[] { RuleIds.InvalidOption }, byType["ConfigurationAnalyzer"]);
        foreach (var (name, ids) in byType)
        {
            Assert.True(ids.Count < RuleIds.AllWithInventory.Length - 1, $"{name} declares {ids.Count} of {RuleIds.AllWithInventory.Length} IDs");
        }
        Assert.DoesNotContain(RuleIds.TlsProtocol, byType["HashAndMacAnalyzer"]);
        Assert.DoesNotContain(RuleIds.CipherNotListed, byType["HashAndMacAnalyzer"]);
        Assert.DoesNotContain(RuleIds.ModeNotListed, byType["PublicKeyAnalyzer"]);
        Assert.DoesNotContain(RuleIds.KdfMonitored, byType["SymmetricAnalyzer"]);
        // Every rule is declared by some analyzer.
        Assert.Empty(RuleIds.AllWithInventory.Except(byType.Values.SelectMany(x => x)));
    }

    /// <summary>Each analyzer on its own over the usage corpus and the busy code above: it may report only IDs it declares
    /// (Roslyn rejects any other with an exception, which fails the run here), and it throws nothing.</summary>
    [Fact]
    public async Task EachAnalyzer_OverTheUsageCorpus_ReportsOnlyIdsItDeclares()
    {
        var corpus = Verify.Usings + "#nullable enable\n" + string.Join("\n", UsageCorpusTests.Cases.Select(c => $"public class {c.Name}\n{{\n{c.Body}\n}}\n"));
        var bc = MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location);
        var compilation = CSharpCompilation.Create("corpus", new[] { CSharpSyntaxTree.ParseText(corpus, new CSharpParseOptions(LanguageVersion.Latest)) },
            Verify.FrameworkReferences.Add(bc), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var seen = new HashSet<string>();
        foreach (var analyzer in Verify.AllAnalyzers)
        {
            var failures = new List<string>();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (e, a, d) => failures.Add($"{a.GetType().Name}: {e.Message}"), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
            Assert.Empty(failures);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            var declared = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
            var undeclared = diagnostics.Select(d => d.Id).Where(id => !declared.Contains(id)).Distinct().ToList();
            Assert.True(undeclared.Count == 0, $"{analyzer.GetType().Name} reported {string.Join(", ", undeclared)} without declaring it");
            seen.UnionWith(diagnostics.Select(d => d.Id));
        }
        // The corpus exercises every family, so the check above was not vacuous.
        foreach (var id in new[] { RuleIds.Inventory, RuleIds.HashNotListed, RuleIds.CipherNotListed, RuleIds.KeyTooShort, RuleIds.TlsProtocol, RuleIds.KdfMonitored })
        {
            Assert.Contains(id, seen);
        }
    }

    [Fact]
    public void NoFixTest_TurnsOffTheCompilerCheckOfTheFixedCode()
    {
        // The code-fix framework compiles the fixed code and fails on compiler errors unless a test lowers
        // CompilerDiagnostics; no test here may, so every fix is proven to build.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CryptrecCheck.sln"))) { dir = dir.Parent; }
        Assert.NotNull(dir);
        var sources = Directory.GetFiles(Path.Combine(dir!.FullName, "tests", "CryptrecCheck.Analyzers.Tests"), "*.cs");
        Assert.NotEmpty(sources);
        foreach (var f in sources)
        {
            var text = File.ReadAllText(f);
            // Joined at run time so that this file does not match itself.
            Assert.False(text.Contains(string.Concat("CompilerDiagnostics", " ="), StringComparison.Ordinal) || text.Contains(string.Concat("CompilerDiagnostics", ".None"), StringComparison.Ordinal),
                $"{Path.GetFileName(f)} changes CompilerDiagnostics");
        }
    }
}
