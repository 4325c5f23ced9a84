namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>AES with a block other than 128 bits is Rijndael, not AES (FIPS 197), and Rijndael is not listed.</summary>
internal sealed class RijndaelBlockCheck : AssetCheck
{
    internal static readonly RijndaelBlockCheck Instance = new();

    private RijndaelBlockCheck()
        : base(new CheckInfo("rijndael-block", new[] { ReasonCodes.NotListed },
            "AES with a block other than 128 bits is Rijndael, which is not listed.",
            "ブロック長 128 ビット以外の AES は Rijndael であり、リストに記載なし。",
            Sources.Decision("Not listed")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (b.Algorithm != Algorithms.Aes || b.Asset.BlockBits is not int bb || bb == 128) { return true; }
        b.Status = ListStatus.NotListed;
        b.Technique = Algorithms.Rijndael;
        b.Alternative = Alternatives.For(Algorithms.Rijndael);
        b.Add(ReasonCodes.NotListed, Outcome.Fail,
            $"Rijndael with a {bb}-bit block is not AES (FIPS 197 fixes the block at 128 bits) and is not on the list.",
            $"ブロック長 {bb} ビットの Rijndael は AES ではなく（FIPS 197 はブロック長 128 ビット）、リストに記載なし。",
            Sources.NotListed(b.Context.Edition));
        return false;
    }
}
