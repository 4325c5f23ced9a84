using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using CryptrecCheck.Analyzers;
using CryptrecCheck.Analyzers.CodeFixes;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>Shared test set-up: .NET 10 reference assemblies from NuGet, BouncyCastle, and an optional .editorconfig.</summary>
public static class Verify
{
    /// <summary>No packaged reference assemblies: the .NET 10 reference pack of the SDK running the tests is added instead
    /// (the NuGet copy of Microsoft.NETCore.App.Ref 10.0 is not resolvable by the test framework here).</summary>
    public static readonly ReferenceAssemblies Net100 = new("net10.0");

    /// <summary>The .NET 10 reference assemblies of the SDK that runs the tests.</summary>
    public static readonly ImmutableArray<MetadataReference> FrameworkReferences = LoadFrameworkReferences();

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var version = Directory.GetDirectories(packs).Select(Path.GetFileName).Where(v => v!.StartsWith("10.", StringComparison.Ordinal))
            .OrderByDescending(v => Version.Parse(v!.Split('-')[0])).First();
        var dir = Path.Combine(packs, version!, "ref", "net10.0");
        return Directory.GetFiles(dir, "*.dll").Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    }

    private static readonly MetadataReference BouncyCastle = MetadataReference.CreateFromFile(typeof(Org.BouncyCastle.Crypto.Engines.AesEngine).Assembly.Location);

    public const string Usings = """
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Authentication;
        using System.Security.Cryptography;
        using System.Text;
        using Org.BouncyCastle.Crypto;
        using Org.BouncyCastle.Crypto.Digests;
        using Org.BouncyCastle.Crypto.Engines;
        using Org.BouncyCastle.Crypto.Encodings;
        using Org.BouncyCastle.Crypto.Macs;
        using Org.BouncyCastle.Crypto.Modes;
        using Org.BouncyCastle.Crypto.Signers;
        using Org.BouncyCastle.Crypto.Generators;
        using Org.BouncyCastle.Crypto.Parameters;
        using Org.BouncyCastle.Crypto.Paddings;
        using Org.BouncyCastle.Security;

        """;

    /// <summary>Runs the analyzer over <paramref name="source"/> and fails unless its diagnostics are exactly those marked in
    /// the source (<c>{|CRY2001:…|}</c>) and in <paramref name="expected"/>: the markup is the assertion, and source
    /// without markup asserts that nothing is reported.</summary>
    public static async Task Analyzer<TAnalyzer>(string source, string? editorconfig = null, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = Usings + source, ReferenceAssemblies = Net100 };
        // The inventory (hidden CRY0001, one per use) has its own tests; here the markup asserts the findings.
        test.DisabledDiagnostics.Add(RuleIds.Inventory);
        Configure(test.TestState, editorconfig);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Applies a code fix and compares the result. The framework also compiles the fixed code and fails on any
    /// compiler error (CompilerDiagnostics is left at its default, Errors, on purpose): a fix must produce code that builds.
    /// <paramref name="withUsings"/> false: the source gets no using directives at all, so the fix has to qualify what it adds.</summary>
    public static async Task Fix<TAnalyzer>(string source, string fixedSource, int? index = null, string? editorconfig = null, bool fixAll = false,
        bool withUsings = true)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var prefix = withUsings ? Usings : string.Empty;
        var test = new CSharpCodeFixTest<TAnalyzer, CryptrecCodeFixProvider, DefaultVerifier>
        {
            TestCode = prefix + source,
            FixedCode = prefix + fixedSource,
            ReferenceAssemblies = Net100,
            CodeActionIndex = index,
        };
        test.DisabledDiagnostics.Add(RuleIds.Inventory);
        if (fixAll)
        {
            test.BatchFixedCode = prefix + fixedSource;
            test.NumberOfIncrementalIterations = null;
        }
        Configure(test.TestState, editorconfig);
        Configure(test.FixedState, editorconfig);
        await test.RunAsync();
    }

    /// <summary>The equivalence keys of the code actions the provider offers for every diagnostic of the analyzer in
    /// <paramref name="source"/> (with the usual usings) under <paramref name="editorconfig"/>: what a user would see in the
    /// light-bulb menu, to assert that a fix is not offered.</summary>
    public static async Task<IReadOnlyList<string>> OfferedFixes<TAnalyzer>(string source, string? editorconfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        using var workspace = new Microsoft.CodeAnalysis.AdhocWorkspace();
        var project = workspace.AddProject("Fixes", LanguageNames.CSharp)
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddMetadataReferences(FrameworkReferences).AddMetadataReference(BouncyCastle);
        var document = project.AddDocument("Test0.cs", Usings + source, filePath: "/Test0.cs");
        project = document.Project;
        if (editorconfig != null)
        {
            project = project.AddAnalyzerConfigDocument(".editorconfig", Microsoft.CodeAnalysis.Text.SourceText.From("root = true\n\n[*]\n" + editorconfig), filePath: "/.editorconfig").Project;
        }
        document = project.GetDocument(document.Id)!;
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()), project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        var provider = new CryptrecCodeFixProvider();
        var keys = new List<string>();
        foreach (var d in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)))
        {
            var context = new CodeFixContext(document, d, (action, _) => keys.Add(action.EquivalenceKey ?? action.Title), CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
        }
        return keys;
    }

    private static void Configure(SolutionState state, string? editorconfig)
    {
        state.AdditionalReferences.AddRange(FrameworkReferences);
        state.AdditionalReferences.Add(BouncyCastle);
        if (editorconfig != null) { state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorconfig)); }
    }

    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(RuleIds).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();
}
