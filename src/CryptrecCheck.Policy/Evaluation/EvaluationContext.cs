using System;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy.Internal;

namespace CryptrecCheck.Policy.Evaluation;

/// <summary>
/// Everything a verdict depends on besides the asset: the edition, the as-of date, the system's operation end year and
/// the overridable options. Rules never read the clock: the caller states the date (house style, convention 2).
/// A context caches verdicts, so reuse one per analysis run.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class EvaluationContext
{
    private readonly BoundedCache<CryptoAsset, Verdict> _cache = new(16384);
    private readonly Func<CryptoAsset, Verdict> _compute;

    /// <param name="asOf">The date to evaluate at (e.g. the scan start, a certificate's notBefore).</param>
    /// <param name="edition">The list edition; LS-0001-2022R2 by default.</param>
    /// <param name="operationEndYear">The year the system's operation ends (LS-0003); defaults to the as-of year.</param>
    /// <param name="options">Overridable product defaults; <see cref="PolicyOptions.Default"/> when null.</param>
    public EvaluationContext(DateTime asOf, Edition edition = Edition.Ls0001_2022R2, int? operationEndYear = null, PolicyOptions? options = null)
    {
        AsOf = asOf.Date;
        Edition = edition;
        Catalog = Catalog.For(edition);
        OperationEndYear = operationEndYear ?? asOf.Year;
        if (OperationEndYear < 1990 || OperationEndYear > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(operationEndYear), operationEndYear, "The operation end year must be between 1990 and 2200.");
        }
        Options = options ?? PolicyOptions.Default;
        // One delegate per context: a cached lookup allocates nothing (the analyzer asks on every operation).
        _compute = a => Evaluator.Compute(a, this);
    }

    public DateTime AsOf { get; }
    public Edition Edition { get; }
    public Catalog Catalog { get; }
    public int OperationEndYear { get; }
    public PolicyOptions Options { get; }

    [MethodImpl(HotPath.Options)]
    internal Verdict GetOrAdd(CryptoAsset asset)
    {
        // Bounded with eviction: a long-running IDE session must not grow without limit on arbitrary inputs, and must
        // keep caching what it uses now (composite assets compare by value, see CryptoAsset.Equals).
        return _cache.GetOrAdd(asset, _compute);
    }
}
