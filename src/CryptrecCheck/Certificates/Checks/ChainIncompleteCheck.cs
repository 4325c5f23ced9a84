using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>The issuer of a certificate that is not self-issued is not among the certificates inspected together, so
/// the chain stops short of a root (for a TLS server: intermediates not sent).</summary>
public sealed class ChainIncompleteCheck : CertificateCheck
{
    public override string Id => "cert.chain-incomplete";

    public override Citation Citation { get; } = Derived("chain completeness", "RFC 5280 §6.1; RFC 8446 §4.4.2 (the server sends its chain)");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        var c = input.Certificate;
        if (input.Issuer != null || c.IsSelfIssued) { return; }
        if (!input.IsLeaf)
        {
            // A CA certificate whose issuer is missing: usually the root, which a server need not send (RFC 8446 §4.4.2,
            // RFC 5246 §7.4.2) and a chain file often leaves out. A "Chain incomplete" warning for that normal practice
            // was wrong; what is true is that the root's algorithms were not judged.
            findings.Add(Make(FindingSeverity.Note,
                $"Issuer not inspected: \"{c.Issuer}\" (normally the root, which a server need not send; if it is an intermediate, clients without it cannot build the chain) is not among the inspected certificates, so its algorithms were not judged; inspect it, or name it with --trust.",
                $"発行者未検査: 「{c.Issuer}」（通常はルート。サーバが送らなくてよい証明書。中間証明書であれば、持たないクライアントはチェーンを構築できない）が検査対象に含まれず、そのアルゴリズムは判定していない。ルートも検査するか --trust で指定する。"));
            return;
        }
        findings.Add(Make(FindingSeverity.Warning,
            $"Chain incomplete: the issuer \"{c.Issuer}\" is not among the inspected certificates; its algorithms could not be judged.",
            $"チェーン不完全: 発行者「{c.Issuer}」が検査対象の証明書に含まれず、そのアルゴリズムを判定できない。"));
    }
}
