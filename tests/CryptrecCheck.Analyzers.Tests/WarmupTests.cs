using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>
/// The one-time start-up work (<see cref="Warmup"/>) runs to its end on a pool thread and is started by every analyzer, so
/// that no analyzer's first callbacks build the shared tables themselves (docs/analyzer-validation.md, sixth pass).
/// </summary>
public class WarmupTests
{
    [Fact]
    public void Run_BuildsTheTablesAndCompilesTheHotPaths_WithoutFailing()
    {
        Warmup.Run();
        Assert.True(Warmup.Done);
        Assert.Null(Warmup.Failure);
        // Every per-operation callback carries the mark (HotPathTests counts at least 18) and so do the helpers they call.
        Assert.True(Warmup.Prepared >= 30, $"only {Warmup.Prepared} HotPath methods compiled");
    }

    [Fact]
    public void EveryAnalyzer_StartsTheWarmup_InInitialize()
    {
        var analyzers = typeof(HashAndMacAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        Assert.True(analyzers.Count >= 10, $"found {analyzers.Count} analyzers");
        var dir = Path.Combine(PackageTests.RepoRoot(), "analyzers", "CryptrecCheck.Analyzers");
        foreach (var analyzer in analyzers)
        {
            var source = File.ReadAllText(Path.Combine(dir, analyzer.Name + ".cs"));
            // The first statement of Initialize (a commented-out call does not count).
            Assert.Matches(@"public override void Initialize\(AnalysisContext context\)\s*\{\s*\n\s*Warmup\.Start\(\);", source);
        }
    }
}
