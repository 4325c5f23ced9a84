namespace CryptrecCheck.Certificates;

/// <summary>The inspection of certificates handed in together (a TLS chain, a file's certificates): one result per
/// certificate that parsed, in input order, and one error per certificate that did not.</summary>
public sealed class ChainInspectionResult
{
    internal ChainInspectionResult(IReadOnlyList<CertificateResult> certificates, IReadOnlyList<InspectionError> errors)
    {
        Certificates = certificates;
        Errors = errors;
    }

    public IReadOnlyList<CertificateResult> Certificates { get; }

    public IReadOnlyList<InspectionError> Errors { get; }

    /// <summary>The first leaf (or the first certificate) when there is one.</summary>
    public CertificateResult? Leaf => Certificates.FirstOrDefault(c => c.Role == CertificateRoles.Leaf) ?? Certificates.FirstOrDefault();
}
