namespace CryptrecCheck.Policy.Evaluation.Checks;

/// <summary>TLS items (protocol versions, cipher suites, groups, signature schemes) and certificates are also judged
/// under the three GL-3001 guideline types, by the profiles of the policy (policy basis D7–D10). The judging itself is
/// <see cref="TlsGuideline"/>; this unit gives it its place, citation and window among the checks.</summary>
internal static class TlsGuidelineCheck
{
    internal static readonly CheckInfo Info = new("tls-guideline", new[] { ReasonCodes.Tls },
        "TLS items and certificates are judged under the GL-3001 types (high security, recommended security, security exception).",
        "TLS の項目と証明書を GL-3001 の各型（高セキュリティ型、推奨セキュリティ型、セキュリティ例外型）で判定する。",
        new Citation(Sources.PolicyBasis, "D7–D10 TLS guideline types (docs/policy-basis.md)", SourceQuality.Derived, "D7, D8, D9, D10"));

    /// <summary>True for the assets the guideline judges: TLS items and certificates.</summary>
    internal static bool Applies(CryptoAsset a) => a.TlsKind != TlsItemKind.None || a.Usage == AssetUsage.Certificate;

    /// <summary>The judgement under each guideline type of an asset whose list verdict is being built.</summary>
    internal static TlsJudgement? Judge(VerdictBuilder b) =>
        Applies(b.Asset) && Info.IsInForce(b.Context.AsOf) ? TlsGuideline.Judge(b.Asset, b.Status, b.Components, b.Context) : null;
}
