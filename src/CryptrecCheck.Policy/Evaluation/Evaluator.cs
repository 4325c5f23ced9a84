using System;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy.Evaluation.Checks;
using CryptrecCheck.Policy.Internal;

namespace CryptrecCheck.Policy.Evaluation;

/// <summary>
/// The one evaluator: an asset in, a verdict out. Used alike by the analyzer, the certificate checker, the TLS scanner
/// and the CLI. Verdicts are cached in the <see cref="EvaluationContext"/>, so repeated questions are cheap.
/// The evaluator holds no policy itself: it resolves the technique and catalogue row an asset is judged by, then runs
/// the checks of <see cref="CheckRegistry"/> (one unit each, with its citation and effective window) in a fixed order.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class Evaluator
{
    /// <summary>Judges an asset against the context's edition, date, operation end year and options.</summary>
    [MethodImpl(HotPath.Options)]
    public static Verdict Evaluate(CryptoAsset asset, EvaluationContext context)
    {
        if (asset is null) { throw new ArgumentNullException(nameof(asset)); }
        if (context is null) { throw new ArgumentNullException(nameof(context)); }
        return context.GetOrAdd(asset);
    }

    /// <summary>Computes a verdict (the context's cache calls this on a miss).</summary>
    internal static Verdict Compute(CryptoAsset a, EvaluationContext ctx)
    {
        if (a.TlsKind == TlsItemKind.ProtocolVersion) { return TlsGuideline.ProtocolVerdict(a, ctx); }
        var b = new VerdictBuilder(a, ctx);
        if (a.Components != null) { ComponentCheck.Instance.RunIfInForce(b); }
        else { Single(b); }
        return b.Build(TlsGuidelineCheck.Judge(b));
    }

    private static void Single(VerdictBuilder b)
    {
        Resolve(b);
        var checks = CheckRegistry.SingleAsset;
        for (var i = 0; i < checks.Length; i++)
        {
            if (!checks[i].RunIfInForce(b)) { return; }
        }
    }

    /// <summary>Resolves what the asset is judged as: keying and block variants that name a listed technique only once
    /// their parameters are known, and the catalogue row that decides it (for a key type, the row of a scheme it serves).</summary>
    internal static void Resolve(VerdictBuilder b)
    {
        var a = b.Asset;
        var alg = a.Algorithm;
        if (alg == Algorithms.TripleDes) { alg = a.KeyBits is 112 or 128 ? Algorithms.TripleDes2Key : Algorithms.TripleDes3Key; }
        if (alg == Algorithms.Rijndael && (a.BlockBits ?? 128) == 128 && (a.KeyBits is null or 128 or 192 or 256)) { alg = Algorithms.Aes; }
        b.Algorithm = alg;
        var catalog = b.Context.Catalog;
        b.IsKeyType = alg is Algorithms.Rsa or Algorithms.EcKey;
        b.Entry = b.IsKeyType ? catalog.Find(alg == Algorithms.Rsa ? Algorithms.RsaPss : Algorithms.Ecdsa) : catalog.Find(alg);
        b.Technique = b.IsKeyType ? null : b.Entry?.Technique;
    }
}
