using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>An end-entity certificate that is self-signed: no CA vouches for it, so a relying party can only pin it.</summary>
public sealed class SelfSignedLeafCheck : CertificateCheck
{
    public override string Id => "cert.self-signed-leaf";

    public override Citation Citation { get; } = Derived("self-signed leaf", "RFC 5280 §3.2 and §6.1 (a path starts at a trust anchor)");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        var c = input.Certificate;
        if (!input.IsLeaf || !c.IsSelfSigned) { return; }
        findings.Add(Make(FindingSeverity.Warning,
            "Self-signed end-entity certificate: it is not issued by a CA, so clients can trust it only by pinning it.",
            "自己署名のエンドエンティティ証明書: CA により発行されていないため、クライアントは個別に信頼設定する以外に検証できない。"));
    }
}
