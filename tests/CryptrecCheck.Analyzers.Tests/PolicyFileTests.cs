using CryptrecCheck.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Shared = CryptrecCheck.Analyzers.Tests.Verify;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>
/// The policy file as an AdditionalFile: the same file the CLI reads with --policy steers the rules in the IDE and the build,
/// under the one precedence rule (.editorconfig over the file over the defaults); a file that cannot be used is CRY9001 at
/// its place in the file.
/// </summary>
public class PolicyFileTests
{
    private const string Sha1 = "class C { byte[] M(byte[] d) => {|#0:SHA1.HashData(d)|}; }";
    private const string Sha256 = "class C { byte[] M(byte[] d) => {|#0:SHA256.HashData(d)|}; }";

    /// <summary>Runs the given rules plus <see cref="PolicyFileAnalyzer"/> with additional files and an optional .editorconfig.</summary>
    private sealed class Test : CSharpAnalyzerTest<PolicyFileAnalyzer, DefaultVerifier>
    {
        private readonly DiagnosticAnalyzer[] _rules;

        public Test(string source, string? editorconfig, params DiagnosticAnalyzer[] rules)
        {
            _rules = rules;
            TestCode = Shared.Usings + source;
            ReferenceAssemblies = Shared.Net100;
            TestState.AdditionalReferences.AddRange(Shared.FrameworkReferences);
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location));
            if (editorconfig != null) { TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorconfig)); }
            // The inventory (hidden CRY0001, one per use) has its own tests; here the markup asserts the findings.
            DisabledDiagnostics.Add(RuleIds.Inventory);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => _rules.Append(new PolicyFileAnalyzer());
    }

    private static DiagnosticResult Cry1002At0 => new DiagnosticResult(RuleIds.HashMonitored, DiagnosticSeverity.Warning).WithLocation(0);

    [Fact]
    public async Task NoPolicyFile_Sha1IsMonitored()
    {
        var test = new Test(Sha1, null, new HashAndMacAnalyzer());
        test.ExpectedDiagnostics.Add(Cry1002At0);
        await test.RunAsync();
    }

    [Fact]
    public async Task PolicyFile_OverrideToRecommended_FindingDisappears()
    {
        var test = new Test(Sha1.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), null, new HashAndMacAnalyzer());
        test.TestState.AdditionalFiles.Add(("/project/cryptrec-check.json", """
            {
              "schemaVersion": 1,
              "overrides": [ { "technique": "SHA-1", "status": "recommended", "justification": "legacy archive checksums, not security" } ]
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task PolicyFile_OverrideToMonitored_FindingAppears()
    {
        var test = new Test(Sha256, null, new HashAndMacAnalyzer());
        test.TestState.AdditionalFiles.Add(("/project/team.cryptrec.json", """
            { "schemaVersion": 1, "overrides": [ { "technique": "SHA-256", "status": "monitored", "justification": "house rule for the test" } ] }
            """));
        test.ExpectedDiagnostics.Add(Cry1002At0);
        await test.RunAsync();
    }

    [Fact]
    public async Task PolicyFile_NamedByEditorconfig_IsUsedAndEditorconfigOverridesIt()
    {
        // The file moves the operation end year to 2035: a 2048-bit RSA key is then below the strength standard (CRY3001)...
        const string source = "class C { void M() { using var rsa = RSA.Create({|#0:2048|}); } }";
        const string policy = "{ \"schemaVersion\": 1, \"operationEndYear\": 2035 }";
        var byFile = new Test(source, "cryptrec_check.policy_file = config/rules.json", new PublicKeyAnalyzer());
        byFile.TestState.AdditionalFiles.Add(("/project/config/rules.json", policy));
        byFile.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.KeyTooShort, DiagnosticSeverity.Warning).WithLocation(0));
        await byFile.RunAsync();

        // ...and the .editorconfig key, nearer to the code, wins over the file.
        var overridden = new Test(source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty),
            "cryptrec_check.policy_file = config/rules.json\ncryptrec_check.operation_end_year = 2030", new PublicKeyAnalyzer());
        overridden.TestState.AdditionalFiles.Add(("/project/config/rules.json", policy));
        await overridden.RunAsync();
    }

    [Fact]
    public async Task InvalidPolicyFile_IsCry9001AtTheValue_AndTheDefaultsApply()
    {
        // CRY9001 names file, line and column and underlines the value; the invalid file's override is not applied: SHA-1 is still reported.
        var test = new Test(Sha1, null, new HashAndMacAnalyzer());
        test.TestState.AdditionalFiles.Add(("/project/cryptrec-check.json", "{\n  \"schemaVersion\": 1,\n  \"edition\": {|#1:\"2099\"|},\n  \"overrides\": [ { \"technique\": \"SHA-1\", \"status\": \"recommended\", \"justification\": \"x\" } ]\n}\n"));
        test.ExpectedDiagnostics.Add(Cry1002At0);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.InvalidOption, DiagnosticSeverity.Warning).WithLocation(1)
            .WithArguments("cryptrec_check.policy_file", "/project/cryptrec-check.json",
                "/project/cryptrec-check.json:3:14: unknown edition \"2099\" (expected 2022r2 or 2012r8)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task PolicyFileSyntaxError_IsCry9001WithLineAndColumn()
    {
        var test = new Test("class C { }", null);
        test.TestState.AdditionalFiles.Add(("/project/cryptrec-check.json", "{\n  \"schemaVersion\": 1,\n  \"failOn\": \"monitored\",\n{|#0:}|}\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.InvalidOption, DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("cryptrec_check.policy_file", "/project/cryptrec-check.json",
                "/project/cryptrec-check.json:4:1: not valid JSON: trailing comma before '}'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task NamedPolicyFileMissing_IsCry9001()
    {
        var test = new Test("class C { }", "cryptrec_check.policy_file = nowhere.json");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.InvalidOption, DiagnosticSeverity.Warning)
            .WithArguments("cryptrec_check.policy_file", "nowhere.json", "no AdditionalFile matches it; add the file to the project as <AdditionalFiles Include=\"nowhere.json\" />"));
        await test.RunAsync();
    }

    [Fact]
    public async Task TwoPolicyFiles_AreCry9001_NotAGuess()
    {
        var test = new Test("class C { }", null);
        test.TestState.AdditionalFiles.Add(("/project/cryptrec-check.json", "{ \"schemaVersion\": 1 }"));
        test.TestState.AdditionalFiles.Add(("/project/other.cryptrec.json", "{ \"schemaVersion\": 1 }"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RuleIds.InvalidOption, DiagnosticSeverity.Warning).WithSpan("/project/other.cryptrec.json", 1, 1, 1, 1)
            .WithArguments("cryptrec_check.policy_file", "/project/cryptrec-check.json",
                "several AdditionalFiles could be the policy file (/project/cryptrec-check.json, /project/other.cryptrec.json); name one with cryptrec_check.policy_file"));
        await test.RunAsync();
    }

    [Fact]
    public async Task UnrelatedJsonAdditionalFile_IsIgnored()
    {
        var test = new Test(Sha1, null, new HashAndMacAnalyzer());
        test.TestState.AdditionalFiles.Add(("/project/appsettings.json", "{ \"not\": \"a policy\" }"));
        test.ExpectedDiagnostics.Add(Cry1002At0);
        await test.RunAsync();
    }
}
