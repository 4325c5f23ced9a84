using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>
/// Test set-up for the framework APIs: the code under test compiles against the real NuGet packages
/// (Microsoft.IdentityModel.Tokens, System.IdentityModel.Tokens.Jwt, Microsoft.AspNetCore.DataProtection,
/// Microsoft.AspNetCore.Cryptography.KeyDerivation, Microsoft.Extensions.Identity.Core, System.Security.Cryptography.Xml),
/// referenced by this test project and handed to the compiler from the test's output folder with their dependencies.
/// (The packages are restored by the build, not by the test framework at run time, so the tests need no network.)
/// </summary>
public static class FrameworkVerify
{
    private static readonly string[] Prefixes =
    {
        "Microsoft.IdentityModel.", "System.IdentityModel.", "Microsoft.AspNetCore.", "Microsoft.Extensions.", "System.Security.Cryptography.Xml",
    };

    /// <summary>The package assemblies, pinned by touching one type of each so the build copies them.</summary>
    public static readonly ImmutableArray<MetadataReference> PackageReferences = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        _ = typeof(Microsoft.IdentityModel.Tokens.SigningCredentials);
        _ = typeof(System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler);
        _ = typeof(Microsoft.AspNetCore.DataProtection.DataProtectionBuilderExtensions);
        _ = typeof(Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation);
        _ = typeof(Microsoft.AspNetCore.Identity.PasswordHasherOptions);
        _ = typeof(System.Security.Cryptography.Xml.SignedXml);
        var dir = AppContext.BaseDirectory;
        var files = Directory.GetFiles(dir, "*.dll").Where(f => Prefixes.Any(p => Path.GetFileName(f).StartsWith(p, StringComparison.Ordinal))
            // The analyzer-testing framework's own Microsoft.Extensions.* are not what the packages compile against; keep only
            // those the framework packages bring (logging, options, DI abstractions, primitives).
            && !Path.GetFileName(f).Contains("Testing", StringComparison.Ordinal)).ToList();
        Assert.Contains(files, f => Path.GetFileName(f) == "Microsoft.AspNetCore.DataProtection.dll");
        return files.Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    }

    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using System.Security.Cryptography.Xml;
        using Microsoft.AspNetCore.Cryptography.KeyDerivation;
        using Microsoft.AspNetCore.DataProtection;
        using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
        using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.IdentityModel.Tokens;

        """;

    /// <summary>Markup test (<c>{|CRY1002:…|}</c>) of <typeparamref name="TAnalyzer"/> over source that uses the framework packages.</summary>
    public static async Task Analyzer<TAnalyzer>(string source, string? editorconfig = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = Usings + source, ReferenceAssemblies = Verify.Net100 };
        test.DisabledDiagnostics.Add(RuleIds.Inventory);
        test.TestState.AdditionalReferences.AddRange(Verify.FrameworkReferences);
        test.TestState.AdditionalReferences.AddRange(PackageReferences);
        if (editorconfig != null) { test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorconfig)); }
        await test.RunAsync();
    }

    /// <summary>Every diagnostic of every analyzer of the package, inventory included, over source that must compile.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAll(string source, string? editorconfig = null)
    {
        var tree = CSharpSyntaxTree.ParseText(Usings + source, new CSharpParseOptions(LanguageVersion.Latest), path: "/Test0.cs");
        var compilation = CSharpCompilation.Create("framework", new[] { tree }, Verify.FrameworkReferences.AddRange(PackageReferences),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigOptions(editorconfig)),
            (e, a, _) => throw new InvalidOperationException($"{a.GetType().Name} threw", e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return await compilation.WithAnalyzers(Verify.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>Global options from "key = value" lines, as a global .editorconfig gives them.</summary>
    private sealed class ConfigOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;

        public ConfigOptions(string? text)
        {
            var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in (text ?? string.Empty).Split('\n'))
            {
                var i = line.IndexOf('=');
                if (i > 0) { d[line.Substring(0, i).Trim()] = line.Substring(i + 1).Trim(); }
            }
            _options = new Options(d);
        }

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
