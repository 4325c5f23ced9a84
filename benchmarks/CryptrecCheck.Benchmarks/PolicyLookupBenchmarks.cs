using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Naming;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// Resolution + evaluation of a name, the analyzer's hot path. Target (issue 2): ≤ 1 µs and zero allocations for a
/// cached name. The baseline is a bare case-insensitive dictionary probe, the floor any cache can reach.
/// </summary>
[MemoryDiagnoser]
public class PolicyLookupBenchmarks
{
    private PolicyEngine _engine = null!;
    private ConcurrentDictionary<string, int> _floor = null!;
    private string _otherCase = null!;

    [Params("SHA1withRSA", "AES/ECB/PKCS7PADDING", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "1.2.840.113549.1.1.5", "System.Security.Cryptography.MD5CryptoServiceProvider")]
    public string Name { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new PolicyEngine(new EvaluationContext(new DateTime(2026, 11, 28)));
        var e = _engine.Explain(Name);
        // Check that the benchmark measures real work: each name has a known status.
        var expected = Name switch
        {
            "SHA1withRSA" or "1.2.840.113549.1.1.5" => ListStatus.Monitored,
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" => ListStatus.Recommended,
            _ => ListStatus.NotListed,
        };
        if (e.Status != expected) { throw new InvalidOperationException($"{Name}: expected {expected}, got {e.Status}"); }
        _floor = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase) { [Name] = 1 };
        _otherCase = Name.ToLowerInvariant();
    }

    [Benchmark(Baseline = true, Description = "dictionary probe (floor)")]
    public int DictionaryProbe() => _floor.TryGetValue(Name, out var v) ? v : 0;

    [Benchmark(Description = "cached explain")]
    public ListStatus CachedExplain() => _engine.Explain(Name).Status;

    [Benchmark(Description = "cached explain, other case")]
    public ListStatus CachedExplainOtherCase() => _engine.Explain(_otherCase).Status;

    [Benchmark(Description = "uncached resolve")]
    public bool UncachedResolve() => NameResolver.Resolve(Name).IsResolved;

    [Benchmark(Description = "uncached resolve + evaluate (fresh context)")]
    public ListStatus UncachedResolveAndEvaluate()
    {
        var r = NameResolver.Resolve(Name);
        return Evaluator.Evaluate(r.Resolved!.Asset, new EvaluationContext(new DateTime(2026, 11, 28))).Status;
    }
}
