using System.Collections.Generic;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Policy.Evaluation;

/// <summary>Whether a TLS item is allowed under one guideline type, and why.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record TlsTypeResult(TlsGuidelineType Type, bool Allowed, IReadOnlyList<Reason> Reasons);

/// <summary>The judgement of a TLS item under the three GL-3001 types.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class TlsJudgement
{
    internal TlsJudgement(TlsTypeResult high, TlsTypeResult recommended, TlsTypeResult exception)
    {
        High = high;
        Recommended = recommended;
        Exception = exception;
    }

    public TlsTypeResult High { get; }
    public TlsTypeResult Recommended { get; }
    public TlsTypeResult Exception { get; }

    public TlsTypeResult this[TlsGuidelineType type] => type switch
    {
        TlsGuidelineType.High => High,
        TlsGuidelineType.Recommended => Recommended,
        _ => Exception,
    };

    public IEnumerable<TlsTypeResult> All
    {
        get
        {
            yield return High;
            yield return Recommended;
            yield return Exception;
        }
    }
}
