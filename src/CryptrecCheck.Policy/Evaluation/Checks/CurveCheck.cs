namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>An elliptic-curve technique is judged with its curve: a curve of the referenced specifications, of the right
/// form for the scheme; X25519/X448 accepted as ECDH by default (policy basis D6).</summary>
internal sealed class CurveCheck : AssetCheck
{
    internal static readonly CurveCheck Instance = new();

    private CurveCheck()
        : base(new CheckInfo("curve", new[] { ReasonCodes.Curve },
            "The curve of an elliptic-curve technique is one of the referenced specifications and fits the scheme.",
            "楕円曲線技術の曲線は参照仕様のものであり、方式に適合すること。",
            Sources.Decision("Curves")))
    {
    }

    internal override bool Run(VerdictBuilder b)
    {
        var a = b.Asset;
        var alg = b.Algorithm;
        if (a.Curve == null || Algorithms.Get(alg)?.Family != KeyFamily.Ecc) { return true; }
        var ctx = b.Context;
        var curve = Curves.Find(a.Curve);
        var cite = Info.Citation;
        if (curve == null)
        {
            b.Worsen(ListStatus.NotListed);
            b.Alternative ??= Alternatives.ReferencedCurve;
            b.Add(ReasonCodes.Curve, Outcome.Warning, $"The curve {a.Curve} is not a known named curve: curve outside the referenced specifications.",
                $"曲線 {a.Curve} は既知の名前付き曲線ではない: 参照仕様の範囲外の曲線。", cite);
            return true;
        }
        var formOk = alg switch
        {
            Algorithms.EdDsa => curve.Form == CurveForm.Edwards,
            Algorithms.Ecdsa => curve.Form == CurveForm.Weierstrass,
            Algorithms.Ecdh => curve.Form is CurveForm.Weierstrass or CurveForm.Montgomery,
            _ => true,
        };
        if (!formOk)
        {
            b.Worsen(ListStatus.NotListed);
            b.Add(ReasonCodes.Curve, Outcome.Fail, $"{curve.Name} cannot be used with {alg}.", $"{curve.Name} は {alg} に使用できない。", cite);
            return true;
        }
        if (curve.Standing == CurveStanding.Referenced || ctx.Options.IsAdditionallyAccepted(curve))
        {
            b.Add(ReasonCodes.Curve, Outcome.Pass,
                curve.Standing == CurveStanding.Referenced ? $"{curve.Name} is a curve of the referenced specifications." : $"{curve.Name} is accepted by the policy file.",
                curve.Standing == CurveStanding.Referenced ? $"{curve.Name} は参照仕様の曲線である。" : $"{curve.Name} はポリシーファイルにより許容。", cite);
            return true;
        }
        if (curve.Standing == CurveStanding.AcceptedDerived && ctx.Options.AcceptMontgomeryCurvesAsEcdh)
        {
            b.Add(ReasonCodes.Curve, Outcome.Info,
                $"{curve.Name} is accepted as ECDH: the list names only \"ECDH\", and GL-3001 setting examples use {curve.Name} (derived; policy basis D6).",
                $"{curve.Name} は ECDH として許容: リストは「ECDH」のみを記載し、GL-3001 の設定例は {curve.Name} を用いる（導出、判断 D6）。", cite);
            return true;
        }
        b.Worsen(ListStatus.NotListed);
        b.Alternative ??= Alternatives.ReferencedCurve;
        b.Add(ReasonCodes.Curve, Outcome.Warning,
            $"{curve.Name} is a curve outside the referenced specifications (the list names no curves; P-256, P-384, P-521, Ed25519 and Ed448 are accepted).",
            $"{curve.Name} は参照仕様の範囲外の曲線である（リストは曲線を指定しない。P-256、P-384、P-521、Ed25519、Ed448 を許容）。", cite);
        return true;
    }
}
