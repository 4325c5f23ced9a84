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

    private readonly ConcurrentDictionary<CryptoAsset, Verdict> _roots = new();

    /// <summary>The TLS judgement of a root: a certificate asset with its key as the only component. A client never
    /// verifies a root's own signature, so GL-3001's certificate rules (SHA-1 prohibited in server certificates) do not
    /// reach it; its key still counts.</summary>
    internal Verdict RootCertificate(CryptoAsset key) => _roots.GetOrAdd(key, k => Evaluator.Evaluate(new CryptoAsset
    {
        Algorithm = CertificateAlgorithm,
        Usage = AssetUsage.Certificate,
        Components = new[] { k with { Role = ComponentRole.Authentication } },
    }, _context));

    /// <summary>The verdict of a lone key (key files, OpenSSH lines).</summary>
    internal Verdict Key(CryptoAsset key) => Evaluator.Evaluate(key, _context);
}
