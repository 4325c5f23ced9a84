namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>The key's security strength against the system's operation end year, by LS-0003's strength-by-period table
/// as reproduced secondarily (policy basis D4). Table 2 public-key techniques are exempt for now (LS-0001-2022R2 脚注3).</summary>
internal sealed class KeyStrengthCheck : AssetCheck
{
    internal static readonly KeyStrengthCheck Instance = new();

    private KeyStrengthCheck()
        : base(new CheckInfo("key-strength", new[] { ReasonCodes.KeyStrength },
            "The key's security strength is judged against the operation end year (usable, migration, tolerated, not usable).",
            "鍵の安全性を運用終了年に対して判定する（利用可、移行完遂期間、許容、利用不可）。",
            Sources.StrengthTable))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        var a = b.Asset;
        var alg = b.Algorithm;
        var info = Algorithms.Get(alg);
        if (info == null || info.Family == KeyFamily.None) { return true; }
        // LS-0001-2022R2 脚注3: LS-0003 does not apply to Table 2 public-key techniques for now.
        if (info.Kind == AlgorithmKind.Kem) { return true; }
        if (a.KeyBits == null && a.Curve == null && info.DefaultKeyBits == null) { return true; }
        var strength = SecurityStrength.Of(a with { Algorithm = alg });
        if (strength is not int s) { return true; }
        var year = b.Context.OperationEndYear;
        var phase = SecurityStrength.Phase(s, year, SecurityStrength.IsProcessingOnly(a.Usage));
        b.StrengthBits = s;
        b.Phase = phase;
        var what = a.Curve != null ? $"{alg} on {Curves.Find(a.Curve)?.Name ?? a.Curve}" : $"{alg} with a {a.KeyBits ?? info.DefaultKeyBits}-bit key";
        var whatJa = a.Curve != null ? $"{Curves.Find(a.Curve)?.Name ?? a.Curve} 上の {alg}" : $"{a.KeyBits ?? info.DefaultKeyBits} ビット鍵の {alg}";
        var cite = Info.Citation;
        switch (phase)
        {
            case StrengthPhase.NotUsable:
                b.Worsen(ListStatus.NotListed);
                b.Alternative ??= Alternatives.StrongerKey;
                b.Add(ReasonCodes.KeyStrength, Outcome.Fail,
                    s < 112
                        ? $"Key length below the strength standard: {what} gives {s}-bit security, below the 112-bit minimum; a technique used with such a key is not counted as listed."
                        : $"Key length below the strength standard for operation until {year}: {what} gives {s}-bit security, which LS-0003 marks 利用不可 (not usable) for new operations then.",
                    s < 112
                        ? $"鍵長が強度基準を満たさない: {whatJa} の安全性は {s} ビットで 112 ビット未満。このような鍵長での利用はリスト掲載の技術の利用とみなされない。"
                        : $"{year} 年までの運用には鍵長が強度基準を満たさない: {whatJa} の安全性は {s} ビットで、LS-0003 ではその時期の新規生成は利用不可。",
                    cite);
                break;
            case StrengthPhase.MigrationPeriod:
                var deadline = s < 128 ? SecurityStrength.Last112BitYear : SecurityStrength.Last128BitMigrationYear;
                b.Add(ReasonCodes.KeyStrength, Outcome.Warning,
                    $"{what} gives {s}-bit security: 移行完遂期間 (migration period) for operation until {year}; migrate to a stronger key by {deadline}.",
                    $"{whatJa} の安全性は {s} ビット: {year} 年までの運用では移行完遂期間。{deadline} 年までにより強い鍵へ移行すること。",
                    cite);
                break;
            case StrengthPhase.Tolerated:
                b.Add(ReasonCodes.KeyStrength, Outcome.Warning,
                    $"{what} gives {s}-bit security: 許容 (tolerated) in {year} only for processing data protected earlier (decryption, verification).",
                    $"{whatJa} の安全性は {s} ビット: {year} 年には既存データの処理（復号・検証）に限り許容。",
                    cite);
                break;
            default:
                b.Add(ReasonCodes.KeyStrength, Outcome.Pass,
                    $"{what} gives {s}-bit security: 利用可 (usable) for operation until {year}.",
                    $"{whatJa} の安全性は {s} ビット: {year} 年までの運用で利用可。", cite);
                break;
        }
        return true;
    }
}
