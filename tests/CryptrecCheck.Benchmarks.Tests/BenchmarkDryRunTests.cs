using System.Reflection;
using BenchmarkDotNet.Attributes;
using Xunit;

namespace CryptrecCheck.Benchmarks.Tests;

/// <summary>Every benchmark runs once, with every parameter value, through its own GlobalSetup (which holds the known-answer
/// checks) and GlobalCleanup. Timing is BenchmarkDotNet's business; this only proves each one does its work.</summary>
public class BenchmarkDryRunTests
{
    public static IEnumerable<object[]> BenchmarkClasses() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() != null))
            .OrderBy(t => t.Name)
            .Select(t => new object[] { t.Name });

    [Fact]
    public void EveryBenchmarkFamily_IsCovered()
    {
        var names = BenchmarkClasses().Select(o => (string)o[0]).ToHashSet();
        foreach (var expected in new[] { "HashBenchmarks", "SymmetricBenchmarks", "MacBenchmarks", "RsaBenchmarks", "EccBenchmarks", "KeyExchangeBenchmarks", "KCipher2Benchmarks", "PolicyLookupBenchmarks", "ConfigBenchmarks", "GnuTlsPriorityBenchmarks" })
        {
            Assert.Contains(expected, names);
        }
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public void EveryBenchmark_ExecutesOnce_WithEveryParameter(string className)
    {
        var type = typeof(Program).Assembly.GetTypes().Single(t => t.Name == className);
        var benchmarks = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() != null).ToList();
        Assert.NotEmpty(benchmarks);
        var paramProps = type.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() != null).ToList();
        var combos = new List<List<(PropertyInfo, object?)>> { new() };
        foreach (var p in paramProps)
        {
            var values = p.GetCustomAttribute<ParamsAttribute>()!.Values;
            combos = combos.SelectMany(c => values.Select(v => new List<(PropertyInfo, object?)>(c) { (p, v) })).ToList();
        }

        var runs = 0;
        foreach (var combo in combos)
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var (p, v) in combo) { p.SetValue(instance, v); }
            foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() != null)) { setup.Invoke(instance, null); }
            foreach (var b in benchmarks)
            {
                foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<IterationSetupAttribute>() != null)) { setup.Invoke(instance, null); }
                b.Invoke(instance, null);
                runs++;
            }
            foreach (var cleanup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalCleanupAttribute>() != null)) { cleanup.Invoke(instance, null); }
        }
        Assert.Equal(benchmarks.Count * combos.Count, runs);
    }

    [Fact]
    public void AnalyzerFirstUseHarness_FindsTheCorpusFindings_AndReportsJit()
    {
        // The measurement harness of docs/analyzer-validation.md: it fails (exit 1) when the package does not report the
        // corpus's planted findings, and counts the JIT-compiled methods of the package.
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        int code;
        try { code = Program.Main(new[] { "analyzer-first-use", "1", "3" }); }
        finally { Console.SetOut(previous); }
        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("run 1 (first use)", text);
        Assert.Contains("run 2 (warm)", text);
        Assert.Contains("HashAndMacAnalyzer", text);
        // How many methods the JIT compiles depends on what ran before in this process (other tests analyse the corpus too).
        Assert.Matches(@"JIT during the first run: \d+ CryptrecCheck methods", text);
    }
}
