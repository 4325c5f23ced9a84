using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>Information, never a failure: whether the certificate's key and signature are post-quantum. Table 2 of
/// LS-0001-2022R2 lists ML-KEM only; it lists no signature scheme, so a PQC-signed certificate is not yet listed.</summary>
public sealed class PqcReadinessCheck : CertificateCheck
{
    public override string Id => "cert.pqc-readiness";

    public override Citation Citation { get; } = new(Sources.Ls2022R2, "表２ 耐量子計算機暗号（PQC）リスト (ML-KEM only; no signature scheme)", SourceQuality.Primary, "S1, S2");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        var f = Judge(this, input.Certificate.PublicKey);
        findings.Add(f);
    }

    internal static Finding Judge(PqcReadinessCheck check, PublicKeyInfo key)
    {
        var alg = key.Asset.Algorithm;
        if (alg is Algorithms.MlDsa or Algorithms.SlhDsa or Algorithms.MlKem)
        {
            return check.Make(FindingSeverity.Note,
                $"Post-quantum key ({key.Display}). Table 2 lists ML-KEM-768/1024 for key establishment and no signature scheme yet.",
                $"耐量子計算機暗号の鍵（{key.Display}）。表２は鍵共有の ML-KEM-768/1024 のみを記載し、署名方式はまだ記載していない。", key.Display);
        }
        return check.Make(FindingSeverity.Info,
            $"Classical key ({key.Display}): not quantum-resistant; plan its migration when PQC signatures are listed (Table 2 lists none yet).",
            $"従来型の鍵（{key.Display}）: 量子計算機耐性はない。PQC 署名方式が記載された時点で移行を計画すること（表２にはまだ記載なし）。", key.Display);
    }
}
