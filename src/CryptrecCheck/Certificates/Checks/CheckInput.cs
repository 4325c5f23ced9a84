using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Certificates;

/// <summary>What a certificate check sees: the certificate, its place in the chain, its issuer when present, the
/// verdict of its key and of its issuer's key, and the options (as-of date, host name).</summary>
public sealed class CheckInput
{
    public required ParsedCertificate Certificate { get; init; }

    /// <summary>Leaf, intermediate, root or ca.</summary>
    public required string Role { get; init; }

    /// <summary>The issuer found among the inspected certificates (the certificate itself when self-signed), or null.</summary>
    public ParsedCertificate? Issuer { get; init; }

    public required Verdict KeyVerdict { get; init; }

    /// <summary>The verdict of the issuer's key, when the issuer is present and is another certificate.</summary>
    public Verdict? IssuerKeyVerdict { get; init; }

    public required CertificateInspectionOptions Options { get; init; }

    public bool IsLeaf => Role == CertificateRoles.Leaf;
}
