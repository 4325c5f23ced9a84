using System.Globalization;
using System.Text.Json;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>JSON pieces shared by certificate and key results (schemas/cert.schema.json).</summary>
internal static class CertificateJson
{
    internal static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static void WritePublicKey(Utf8JsonWriter w, PublicKeyInfo k)
    {
        w.WriteStartObject("publicKey");
        w.WriteString("algorithm", k.Algorithm);
        if (k.KeyBits is int b) { w.WriteNumber("size", b); } else { w.WriteNull("size"); }
        if (k.Curve != null) { w.WriteString("curve", k.Curve); } else { w.WriteNull("curve"); }
        if (k.Oid != null) { w.WriteString("oid", k.Oid); }
        if (k.CurveOid != null && k.CurveOid != k.Oid) { w.WriteString("curveOid", k.CurveOid); }
        if (k.ExplicitCurve) { w.WriteBoolean("explicitCurve", true); }
        if (k.RsaExponent is ulong e) { w.WriteNumber("exponent", e); }
        if (k.ParameterSet != null) { w.WriteString("parameterSet", k.ParameterSet); }
        if (k.PssHash != null)
        {
            w.WriteStartObject("pssRestriction");
            w.WriteString("hash", k.PssHash);
            w.WriteString("mgfHash", k.PssMgfHash ?? k.PssHash);
            if (k.PssMinSaltLength is int salt) { w.WriteNumber("minSaltLength", salt); }
            w.WriteEndObject();
        }
        w.WriteString("display", k.Display);
        w.WriteEndObject();
    }

    internal static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string>? values)
    {
        if (values == null) { w.WriteNull(name); return; }
        w.WriteStartArray(name);
        foreach (var v in values) { w.WriteStringValue(v); }
        w.WriteEndArray();
    }

    internal static void RegisterTitles()
    {
        CheckTitles.Register(VerdictFindings.PublicKeyId, "CRYPTREC status of the certificate's public key", "証明書の公開鍵の CRYPTREC 上の判定");
        CheckTitles.Register(VerdictFindings.SignatureId, "CRYPTREC status of the certificate's signature algorithm", "証明書の署名アルゴリズムの CRYPTREC 上の判定");
        CheckTitles.Register(VerdictFindings.GuidelineId, "GL-3001 server certificate rules", "GL-3001 のサーバ証明書の規則");
        CheckTitles.Register(VerdictFindings.KeyFileId, "CRYPTREC status of a key", "鍵の CRYPTREC 上の判定");
        CheckTitles.Register("cert.validity-expired", "Certificate expired at the as-of date", "評価基準日に有効期限切れの証明書");
        CheckTitles.Register("cert.validity-not-yet-valid", "Certificate not yet valid at the as-of date", "評価基準日に有効期間開始前の証明書");
        CheckTitles.Register("cert.signature-algorithm-mismatch", "Inner and outer signature algorithms differ", "内外の署名アルゴリズムの不一致");
        CheckTitles.Register("cert.self-signed-leaf", "Self-signed end-entity certificate", "自己署名のエンドエンティティ証明書");
        CheckTitles.Register("cert.chain-incomplete", "Issuer not among the inspected certificates", "発行者の証明書が検査対象にない");
        CheckTitles.Register("cert.ca-weaker-than-leaf", "Issuer key weaker than the certified key", "証明対象より弱い発行者の鍵");
        CheckTitles.Register("cert.rsa-exponent", "RSA public exponent below 65537", "65537 未満の RSA 公開指数");
        CheckTitles.Register("cert.hostname", "Certificate does not name the host", "ホスト名が証明書にない");
        CheckTitles.Register("cert.unknown-critical-extension", "Unrecognised critical extension", "認識できない重要拡張");
        CheckTitles.Register("cert.pqc-readiness", "Post-quantum readiness (information)", "耐量子計算機暗号への対応状況（情報）");
        CheckTitles.Register("cert.trust", "Chain verification against trust anchors", "トラストアンカーに対するチェーン検証");
    }
}
