namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>A bare family name (RSA, EC, DH without a size) names a key type, not a scheme: the verdict says what is
/// missing instead of passing (policy basis D5).</summary>
internal sealed class FamilyNameCheck : AssetCheck
{
    private static readonly Alternative RsaMissing = new(
        "RSA names a key type, not a scheme: the list judges RSA-PSS, RSASSA-PKCS1-v1_5 and RSA-OAEP (RSAES-PKCS1-v1_5 is monitored), each by its key length. Give the scheme and the key length, e.g. RSA-PSS-3072 or RSA-OAEP-2048.",
        "RSA は鍵の種類であり方式ではない。リストは RSA-PSS、RSASSA-PKCS1-v1_5、RSA-OAEP（RSAES-PKCS1-v1_5 は運用監視）を鍵長とともに判定する。方式と鍵長を指定すること（例: RSA-PSS-3072、RSA-OAEP-2048）。");

    private static readonly Alternative EcMissing = new(
        "EC names a key type, not a scheme: the list judges ECDSA and ECDH on a referenced curve. Give the scheme and the curve, e.g. ECDSA-P256 or ECDH-P384.",
        "EC は鍵の種類であり方式ではない。リストは参照仕様の曲線上の ECDSA 及び ECDH を判定する。方式と曲線を指定すること（例: ECDSA-P256、ECDH-P384）。");

    private static readonly Alternative DhMissing = new(
        "Diffie-Hellman is on Table 1, but its strength depends on the group: give the group size, e.g. DH-3072 or ffdhe3072.",
        "DH は表１に記載されるが、安全性は群の大きさによる。群のビット長を指定すること（例: DH-3072、ffdhe3072）。");

    internal static readonly FamilyNameCheck Instance = new();

    private FamilyNameCheck()
        : base(new CheckInfo("incomplete", new[] { ReasonCodes.Incomplete },
            "A bare family name (RSA, EC, DH) without scheme, size or curve says what is missing.",
            "方式・鍵長・曲線のない鍵種別名（RSA、EC、DH）は、判定に必要な情報が欠けていることを示す。",
            Sources.Decision("Key types (schemes judged by their key)")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        if (Missing(b.Asset, b.Algorithm) is not { } missing) { return true; }
        b.Status = ListStatus.Unknown;
        b.Technique = b.Algorithm;
        b.Add(ReasonCodes.Incomplete, Outcome.Fail, missing.En, missing.Ja, Info.Citation);
        return false;
    }

    /// <summary>What a bare family name lacks before it can be judged, or null. Parts of a suite or a TLS item are
    /// complete by construction (their size comes from the registry).</summary>
    private static Alternative? Missing(CryptoAsset a, string alg)
    {
        if (a.Role != ComponentRole.None || a.TlsKind != TlsItemKind.None) { return null; }
        // A scheme with its parameters named (SSH's diffie-hellman-group-exchange-sha256: the group is negotiated, the
        // hash is named) is judged as such; only a bare family name lacks what the list judges.
        if (a.Hash != null || a.Mac != null || a.Mode != null || a.Components != null) { return null; }
        return alg switch
        {
            Algorithms.Rsa when a.KeyBits == null => RsaMissing,
            Algorithms.EcKey when a.Curve == null => EcMissing,
            Algorithms.Dh when a.KeyBits == null => DhMissing,
            _ => null,
        };
    }
}
