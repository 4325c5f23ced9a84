using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>The issuer's key is weaker (fewer security bits) than the key it certifies: the chain is only as strong as
/// its weakest signature.</summary>
public sealed class WeakerIssuerCheck : CertificateCheck
{
    public override string Id => "cert.ca-weaker-than-leaf";

    public override Citation Citation { get; } = Derived("weaker issuer", "REFERENCE §8 combined techniques (weakest component) and LS-0003 strength bits");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        if (input.IssuerKeyVerdict is not { StrengthBits: int issuerBits } || input.KeyVerdict.StrengthBits is not int ownBits) { return; }
        if (issuerBits >= ownBits) { return; }
        var issuerKey = input.Issuer!.PublicKey.Display;
        var ownKey = input.Certificate.PublicKey.Display;
        findings.Add(Make(FindingSeverity.Warning,
            $"The issuer signs with a weaker key than the one it certifies: {issuerKey} ({issuerBits}-bit security) over {ownKey} ({ownBits}-bit security).",
            $"発行者は証明対象より弱い鍵で署名している: {issuerKey}（安全性 {issuerBits} ビット）が {ownKey}（安全性 {ownBits} ビット）を署名。",
            issuerKey));
    }
}
