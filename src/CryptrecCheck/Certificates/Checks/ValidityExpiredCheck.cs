using System.Globalization;
using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>The certificate's notAfter is before the as-of date (RFC 5280 §4.1.2.5).</summary>
public sealed class ValidityExpiredCheck : CertificateCheck
{
    public override string Id => "cert.validity-expired";

    public override Citation Citation { get; } = Rfc("5280", "§4.1.2.5 Validity");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        var c = input.Certificate;
        if (c.NotAfter >= input.Options.AsOf) { return; }
        var na = c.NotAfter.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var asOf = input.Options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        findings.Add(Make(FindingSeverity.Error,
            $"Expired: notAfter {na} is before the as-of date {asOf}.",
            $"有効期限切れ: notAfter {na} は評価基準日 {asOf} より前。"));
    }
}
