using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>A critical extension this inspector does not interpret: a conforming verifier must reject the certificate
/// unless it understands it (RFC 5280 §4.2).</summary>
public sealed class UnknownCriticalExtensionCheck : CertificateCheck
{
    public override string Id => "cert.unknown-critical-extension";

    public override Citation Citation { get; } = Rfc("5280", "§4.2 Certificate Extensions");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        foreach (var oid in input.Certificate.UnknownCriticalExtensions)
        {
            findings.Add(Make(FindingSeverity.Warning,
                $"Critical extension {oid} is not recognised; verifiers that do not know it must reject the certificate.",
                $"重要（critical）拡張 {oid} を認識できない。これを解釈しない検証者は証明書を拒否しなければならない。"));
        }
    }
}
