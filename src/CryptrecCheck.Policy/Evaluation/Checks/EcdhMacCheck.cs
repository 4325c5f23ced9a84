namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>注2, new in the 2026-03-30 revision: the MAC used with ECDH is HMAC or CMAC.</summary>
internal sealed class EcdhMacCheck : FootnoteCheck
{
    internal static readonly EcdhMacCheck Instance = new();

    private EcdhMacCheck()
        : base(new CheckInfo("ecdh-mac", new[] { ReasonCodes.EcdhMac },
            "The MAC used with ECDH is HMAC or CMAC.",
            "ECDH と組み合わせる MAC は HMAC 又は CMAC に限る。",
            Sources.Note2022("注2"), Catalog.Ls2022R2Revised))
    {
    }

    internal override ConditionKind Kind => ConditionKind.EcdhMacHmacOrCmac;

    internal override void Run(VerdictBuilder b, Footnote note)
    {
        var mac = b.Asset.Mac;
        if (mac != null && mac is not (Algorithms.Hmac or Algorithms.Cmac))
        {
            b.Status = ListStatus.NotListed;
            b.Add(ReasonCodes.EcdhMac, Outcome.Fail, $"ECDH is combined with {mac}. {note.TextEn}", $"ECDH と {mac} の組合せ。{note.TextJa}", note.Citation);
        }
        else
        {
            b.Add(ReasonCodes.EcdhMac, mac is null ? Outcome.Info : Outcome.Pass, note.TextEn, note.TextJa, note.Citation);
        }
    }
}
