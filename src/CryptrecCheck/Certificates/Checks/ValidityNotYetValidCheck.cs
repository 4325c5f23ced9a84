using System.Globalization;
using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>The certificate's notBefore is after the as-of date (RFC 5280 §4.1.2.5).</summary>
public sealed class ValidityNotYetValidCheck : CertificateCheck
{
    public override string Id => "cert.validity-not-yet-valid";

    public override Citation Citation { get; } = Rfc("5280", "§4.1.2.5 Validity");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        var c = input.Certificate;
        // The as-of date is a day; a certificate that starts during that day is valid on it.
        if (c.NotBefore < input.Options.AsOf.AddDays(1)) { return; }
        var nb = c.NotBefore.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var asOf = input.Options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        findings.Add(Make(FindingSeverity.Error,
            $"Not yet valid: notBefore {nb} is after the as-of date {asOf}.",
            $"有効期間開始前: notBefore {nb} は評価基準日 {asOf} より後。"));
    }
}
