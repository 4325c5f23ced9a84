using CryptrecCheck.Policy.Internal;
using Xunit;

namespace CryptrecCheck.Policy.Tests;

/// <summary>The two-generation cache behind name resolution, evaluation and the analyzer's settings: bounded, and recent
/// entries survive.</summary>
public class BoundedCacheTests
{
    [Fact]
    public void ManyKeys_StayWithinTwiceTheCapacity_AndRecentOnesAreHits()
    {
        var cache = new BoundedCache<int, string>(100);
        var created = 0;
        for (var i = 0; i < 1000; i++) { cache.GetOrAdd(i, k => { created++; return k.ToString(); }); }
        Assert.Equal(1000, created);
        Assert.InRange(cache.Count, 100, 200);
        // The last 100 keys are in the young generation: no new values.
        for (var i = 900; i < 1000; i++) { Assert.Equal(i.ToString(), cache.GetOrAdd(i, _ => throw new InvalidOperationException("miss"))); }
        // The first keys were dropped two generations ago.
        Assert.Equal("new", cache.GetOrAdd(0, _ => "new"));
    }

    [Fact]
    public void HitInTheOldGeneration_IsPromoted()
    {
        var cache = new BoundedCache<int, int>(4);
        for (var i = 0; i < 4; i++) { cache.GetOrAdd(i, k => k); }
        cache.GetOrAdd(100, k => k); // 0–3 now old, 100 young
        Assert.Equal(0, cache.GetOrAdd(0, _ => -1)); // promoted from old
        for (var i = 200; i < 203; i++) { cache.GetOrAdd(i, k => k); } // 202 swaps again: old = 100, 0, 200, 201; 0–3 dropped
        Assert.Equal(0, cache.GetOrAdd(0, _ => -1)); // survived the swap because it was promoted
        Assert.Equal(-1, cache.GetOrAdd(1, _ => -1)); // not promoted: gone
    }

    [Fact]
    public void ConcurrentAdds_KeepTheBound()
    {
        var cache = new BoundedCache<int, int>(64);
        Parallel.For(0, 8, t =>
        {
            for (var i = 0; i < 20_000; i++) { Assert.Equal(t * 100_000 + i, cache.GetOrAdd(t * 100_000 + i, k => k)); }
        });
        // Racing adds may overshoot a generation by the number of racing threads, never more.
        Assert.InRange(cache.Count, 1, 2 * 64 + 8);
    }
}
