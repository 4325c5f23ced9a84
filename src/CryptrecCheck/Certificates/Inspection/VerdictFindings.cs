using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>Turns the policy evaluator's verdicts into findings. The status, the reasons and the citations are the
/// evaluator's; this class only chooses the decisive reason and words the headline.</summary>
internal static class VerdictFindings
{
    internal const string PublicKeyId = "cert.public-key";
    internal const string SignatureId = "cert.signature";
    internal const string GuidelineId = "cert.tls-guideline";
    internal const string KeyFileId = "key.public-key";

    /// <summary>The reason that decided the status: the first failure, else the first warning, else the listing.</summary>
    internal static Reason? Decisive(Verdict v)
    {
        Reason? warning = null;
        Reason? listing = null;
        foreach (var r in v.Reasons)
        {
            if (r.Outcome is Outcome.Fail or Outcome.NotYetEffective) { return r; }
            if (r.Outcome == Outcome.Warning) { warning ??= r; }
            if (r.Code is ReasonCodes.Listed or ReasonCodes.NotListed or ReasonCodes.KeyType or ReasonCodes.Override) { listing ??= r; }
        }
        return warning ?? listing ?? (v.Reasons.Count > 0 ? v.Reasons[0] : null);
    }

    internal static Finding FromVerdict(string id, string labelEn, string labelJa, string asset, Verdict v)
    {
        var d = Decisive(v);
        return new Finding
        {
            Id = id,
            Severity = Finding.SeverityOf(v),
            Status = v.Status,
            Asset = asset,
            MessageEn = $"{labelEn} {asset}: {v.Status.ToWireName()}." + (d != null ? " " + d.Message : string.Empty),
            MessageJa = $"{labelJa} {asset}: {v.Status.ToWireName()}。" + (d != null ? d.MessageJa : string.Empty),
            Citation = d?.Citation.ToString() ?? string.Empty,
            Derived = d?.IsDerived ?? v.IsDerived,
            AlternativeEn = v.Alternative?.En,
            AlternativeJa = v.Alternative?.Ja,
        };
    }

    /// <summary>The verdict on a public key. A key restricted by RSASSA-PSS-params says so: it was judged with the hashes it is
    /// limited to, not as a bare modulus.</summary>
    internal static Finding PublicKey(string id, string labelEn, string labelJa, PublicKeyInfo key, Verdict v)
    {
        var f = FromVerdict(id, labelEn, labelJa, key.Display, v);
        if (key.PssHash is not { } hash) { return f; }
        var mgf = key.PssMgfHash ?? hash;
        return f with
        {
            MessageEn = f.MessageEn + $" The key's RSASSA-PSS parameters (RFC 4055 §3.1) restrict it to signatures with {hash} and MGF1 {mgf}, so it is judged with them.",
            MessageJa = f.MessageJa + $"鍵の RSASSA-PSS パラメータ（RFC 4055 §3.1）により {hash}・MGF1 {mgf} による署名に限定されるため、それらを含めて判定する。",
        };
    }

    /// <summary>The GL-3001 judgement of the certificate under the chosen type.</summary>
    internal static Finding Guideline(Verdict certificate, TlsGuidelineType type, string asset)
    {
        var t = certificate.Tls![type];
        var reason = t.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Fail) ?? t.Reasons.FirstOrDefault();
        return new Finding
        {
            Id = GuidelineId,
            Severity = t.Allowed ? FindingSeverity.Info : FindingSeverity.Error,
            Status = certificate.Status,
            Asset = asset,
            MessageEn = (t.Allowed ? "Allowed as a server certificate: " : "Not allowed as a server certificate: ") + (reason?.Message ?? type.En()),
            MessageJa = (t.Allowed ? "サーバ証明書として利用可: " : "サーバ証明書として利用不可: ") + (reason?.MessageJa ?? type.Ja()),
            Citation = reason?.Citation.ToString() ?? string.Empty,
            Derived = reason?.IsDerived ?? true,
        };
    }
}
