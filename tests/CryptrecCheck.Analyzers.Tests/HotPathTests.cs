using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>
/// The methods the analyzers run for every operation, syntax node or symbol of a compilation are compiled optimised at their
/// first call (<c>HotPath.Options</c>, AggressiveOptimization). In a compiler that runs as a fresh process the runtime would
/// otherwise run them as unoptimised and then instrumented code for much of the build; measured in
/// docs/analyzer-validation.md. These checks keep a new callback, or a helper every callback goes through, from losing it.
/// </summary>
public class HotPathTests
{
    private const MethodImplAttributes AggressiveOptimization = (MethodImplAttributes)512;

    private static readonly Type[] PerItemContexts =
    {
        typeof(OperationAnalysisContext), typeof(SyntaxNodeAnalysisContext), typeof(SymbolAnalysisContext),
    };

    [Fact]
    public void Every_PerOperation_NodeOrSymbol_Callback_IsCompiledOptimised()
    {
        var assembly = typeof(HashAndMacAnalyzer).Assembly;
        var callbacks = assembly.GetTypes()
            .Where(t => t.FullName!.StartsWith("CryptrecCheck.Analyzers.", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("<Initialize>", StringComparison.Ordinal) && m.GetParameters() is { Length: 1 } p && PerItemContexts.Contains(p[0].ParameterType))
            .ToList();
        // Seven analyzers register per-operation, per-node or per-symbol callbacks: at least one lambda each.
        Assert.True(callbacks.Count >= 18, $"found only {callbacks.Count} callbacks; the lookup no longer sees the analyzers' lambdas");
        var missing = callbacks.Where(m => (m.MethodImplementationFlags & AggressiveOptimization) == 0).Select(m => $"{m.DeclaringType!.FullName}::{m.Name}").ToList();
        Assert.True(missing.Count == 0, "callbacks without [MethodImpl(HotPath.Options)]: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(typeof(CryptoApi), "IsDotNetCrypto")]
    [InlineData(typeof(CryptoApi), "IsBouncyCastle")]
    [InlineData(typeof(CryptoApi), "Is")]
    [InlineData(typeof(CryptoApi), "AssetOf")]
    [InlineData(typeof(OperationHelpers), "Settings")]
    [InlineData(typeof(Detector), "Wanted")]
    [InlineData(typeof(CryptoApi), "Gate")]
    [InlineData(typeof(CryptoApi), "IsCryptoTypeCached")]
    [InlineData(typeof(CryptoApi), "IsDotNetCryptoCached")]
    [InlineData(typeof(CryptoApi), "IsBouncyCastleCached")]
    [InlineData(typeof(SymmetricAnalyzer), "IsJudgedMethod")]
    [InlineData(typeof(FrameworkApis), "OwnsInvoked")]
    [InlineData(typeof(FrameworkApis), "OwnsAssigned")]
    [InlineData(typeof(HashAndMacAnalyzer), "Invocation")]
    [InlineData(typeof(TlsAnalyzer), "Arguments")]
    public void Helpers_EveryCallbackGoesThrough_AreCompiledOptimised(Type type, string name)
    {
        var methods = type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(m => m.Name == name).ToList();
        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.True((m.MethodImplementationFlags & AggressiveOptimization) != 0, $"{type.Name}.{m.Name}"));
    }
}
