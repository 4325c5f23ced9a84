using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>The outer signatureAlgorithm differs from the signature field inside tbsCertificate (RFC 5280 §4.1.1.2 requires
/// them to be identical); the judged algorithm may then not be the one used.</summary>
public sealed class SignatureAlgorithmMismatchCheck : CertificateCheck
{
    public override string Id => "cert.signature-algorithm-mismatch";

    public override Citation Citation { get; } = Rfc("5280", "§4.1.1.2 signatureAlgorithm");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        if (!input.Certificate.SignatureAlgorithmMismatch) { return; }
        findings.Add(Make(FindingSeverity.Error,
            "signatureAlgorithm differs from the signature field in tbsCertificate.",
            "signatureAlgorithm が tbsCertificate 内の signature フィールドと一致しない。"));
    }
}
