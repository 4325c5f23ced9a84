namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>An RSA or EC key is judged through the listed schemes that use it; its size or curve is judged by the
/// strength and curve checks (policy basis D5).</summary>
internal sealed class KeyTypeCheck : AssetCheck
{
    internal static readonly KeyTypeCheck Instance = new();

    private KeyTypeCheck()
        : base(new CheckInfo("key-type", new[] { ReasonCodes.KeyType },
            "An RSA or EC key is judged through the listed schemes that use it.",
            "RSA 鍵・楕円曲線鍵は、それを用いるリスト掲載の方式を通して判定する。",
            Sources.Decision("Key types (schemes judged by their key)")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (!b.IsKeyType) { return true; }
        var rsa = b.Algorithm == Algorithms.Rsa;
        b.Status = ListStatus.Recommended;
        b.Add(ReasonCodes.KeyType, Outcome.Pass,
            rsa
                ? "RSA key: the schemes that use it, RSA-PSS, RSASSA-PKCS1-v1_5 and RSA-OAEP, are on Table 1 (RSAES-PKCS1-v1_5 is monitored); the key length is judged below."
                : "Elliptic-curve key: ECDSA and ECDH are on Table 1; the curve and its size are judged below.",
            rsa
                ? "RSA 鍵: これを用いる RSA-PSS、RSASSA-PKCS1-v1_5、RSA-OAEP は表１に記載（RSAES-PKCS1-v1_5 は運用監視）。鍵長は以下で判定。"
                : "楕円曲線鍵: ECDSA 及び ECDH は表１に記載。曲線と鍵長は以下で判定。",
            Info.Citation);
        return true;
    }
}
