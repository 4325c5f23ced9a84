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
        Configure(test.TestState, editorconfig);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task Fix<TAnalyzer>(string source, string fixedSource, int? index = null, string? editorconfig = null, bool fixAll = false)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, CryptrecCodeFixProvider, DefaultVerifier>
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,
            ReferenceAssemblies = Net100,
            CodeActionIndex = index,
        };
        if (fixAll)
        {
            test.BatchFixedCode = Usings + fixedSource;
            test.NumberOfIncrementalIterations = null;
        }
        Configure(test.TestState, editorconfig);
        Configure(test.FixedState, editorconfig);
        await test.RunAsync();
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
