using System;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.Policy.Naming;

namespace CryptrecCheck.Policy;

/// <summary>A name, what it resolved to, and the verdict; or the input error.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class Explanation
{
    internal Explanation(Resolution resolution, Verdict? verdict)
    {
        Resolution = resolution;
        Verdict = verdict;
    }

    public string Input => Resolution.Input;
    public Resolution Resolution { get; }

    /// <summary>Null only when the input was invalid (see <see cref="Error"/>).</summary>
    public Verdict? Verdict { get; }

    public string? Error => Resolution.Error;

    /// <summary>The status; <see cref="ListStatus.Unknown"/> for names that could not be resolved.</summary>
    public ListStatus Status => Verdict?.Status ?? ListStatus.Unknown;
}

/// <summary>
/// Name resolution plus evaluation, cached per input string: the hot path of the analyzer and the CLI. A cached
/// lookup is one dictionary probe with a case-insensitive comparer and allocates nothing.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class PolicyEngine
{
    private const int MaxCached = 16384;
    // Ordinal: the explanation echoes its input exactly, so "sha1" must not be answered with the entry made for "SHA1".
    private readonly Func<string, Explanation> _compute;
    private readonly BoundedCache<string, Explanation> _cache = new(MaxCached, StringComparer.Ordinal);

    public PolicyEngine(EvaluationContext context)
    {
        Context = context ?? throw new ArgumentNullException(nameof(context));
        _compute = Compute;
    }

    public EvaluationContext Context { get; }

    /// <summary>Resolves and evaluates a name.</summary>
    public Explanation Explain(string name)
    {
        if (name is null) { throw new ArgumentNullException(nameof(name)); }
        return _cache.GetOrAdd(name, _compute);
    }

    /// <summary>Evaluates an asset found in code, a certificate or a handshake.</summary>
    [MethodImpl(HotPath.Options)]
    public Verdict Evaluate(CryptoAsset asset) => Evaluator.Evaluate(asset, Context);

    private Explanation Compute(string name)
    {
        var r = NameResolver.Resolve(name);
        if (r.Error != null) { return new Explanation(r, null); }
        if (r.Resolved == null)
        {
            var unknown = new CryptoAsset { Algorithm = name };
            var reason = r.Hint is { } hint
                ? new Reason(ReasonCodes.Incomplete, Outcome.Fail, hint.En, hint.Ja, Sources.Decision("Statuses"))
                : new Reason(ReasonCodes.Unknown, Outcome.Fail,
                    $"\"{name}\" could not be resolved to a known algorithm, mode, curve, cipher suite or OID.",
                    $"「{name}」は既知のアルゴリズム、利用モード、曲線、暗号スイート又は OID に解決できない。",
                    Sources.Decision("Statuses"));
            var v = new Verdict(unknown, ListStatus.Unknown, new[] { reason }, null, null, null, Array.Empty<ComponentVerdict>(), null, null);
            return new Explanation(r, v);
        }
        return new Explanation(r, Evaluator.Evaluate(r.Resolved.Asset, Context));
    }
}
