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
}
