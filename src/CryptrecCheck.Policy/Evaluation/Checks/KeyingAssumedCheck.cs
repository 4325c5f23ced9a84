namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>Triple DES whose keying option is not visible is judged as 3-key Triple DES, and the verdict says so
/// (a 16-byte key would be 2-key Triple DES, which is not listed).</summary>
internal sealed class KeyingAssumedCheck : AssetCheck
{
    internal static readonly KeyingAssumedCheck Instance = new();

    private KeyingAssumedCheck()
        : base(new CheckInfo("key-assumed", new[] { ReasonCodes.KeyAssumed },
            "Triple DES without a visible keying option is judged as 3-key Triple DES.",
            "鍵オプションの不明な Triple DES を 3-key Triple DES とみなす。",
            Sources.Decision("Combined techniques")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (b.Asset.Algorithm == Algorithms.TripleDes && b.Asset.KeyBits is null)
        {
            b.Add(ReasonCodes.KeyAssumed, Outcome.Info,
                "Keying option not visible: 3-key Triple DES assumed (a 16-byte, 2-key Triple DES key is not listed).",
                "鍵オプションが不明なため 3-key Triple DES とみなした（16 バイト鍵の 2-key Triple DES はリストに記載なし）。",
                Info.Citation);
        }
        return true;
    }
}
