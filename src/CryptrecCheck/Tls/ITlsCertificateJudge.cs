using CryptrecCheck.Results;

namespace CryptrecCheck.Tls;

/// <summary>
/// The seam where the certificate inspector (<c>CryptrecCheck.Certificates.CertificateInspector</c>, built in parallel)
/// judges the chain a TLS scan retrieved. The scanner judges no certificate itself: without a judge the chain is
/// reported as DER and the result says it was not judged.
/// </summary>
public interface ITlsCertificateJudge
{
    /// <summary>Findings about one chain (leaf first, DER) presented by <paramref name="target"/>.</summary>
    IReadOnlyList<Finding> Judge(IReadOnlyList<byte[]> derChain, TlsTarget target);

    /// <summary>Whether the chain is allowed under a guideline type (it decides that type's compliance with the rest).</summary>
    bool AllowedUnder(IReadOnlyList<byte[]> derChain, TlsTarget target, Policy.Tls.TlsGuidelineType type) => true;
}
