using System.Collections.Concurrent;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Certificates;

/// <summary>Verdicts of certificate assets, keyed by (key asset, signature asset). The composite certificate asset holds
/// a component list, which has reference equality, so the evaluator's own cache cannot recognise a repeat; this cache
/// makes a repeated key/signature pair one dictionary probe.</summary>
internal sealed class VerdictCache
{
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<(CryptoAsset Key, CryptoAsset Signature), Verdict> _certificates = new();
    private readonly EvaluationContext _context;

    internal VerdictCache(EvaluationContext context) => _context = context;

    internal const string CertificateAlgorithm = "X.509 certificate";

    /// <summary>The verdict of a certificate: components [0] the subject key, [1] the signature; TLS judgement included.</summary>
    internal Verdict Certificate(CryptoAsset key, CryptoAsset signature)
    {
        if (_certificates.TryGetValue((key, signature), out var v)) { return v; }
        var asset = new CryptoAsset
        {
            Algorithm = CertificateAlgorithm,
            Usage = AssetUsage.Certificate,
            Components = new[] { key with { Role = ComponentRole.Authentication }, signature with { Role = ComponentRole.Authentication } },
        };
        v = Evaluator.Evaluate(asset, _context);
        if (_certificates.Count < MaxEntries) { _certificates.TryAdd((key, signature), v); }
        return v;
    }

    /// <summary>The verdict of a lone key (key files, OpenSSH lines).</summary>
    internal Verdict Key(CryptoAsset key) => Evaluator.Evaluate(key, _context);
}
