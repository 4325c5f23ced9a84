using System.Globalization;
using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>An RSA public exponent below 65537 (or even, or 1). RFC 8017 allows any odd e ≥ 3; requiring 65537 is this
/// project's reading of common practice (small exponents amplify padding and implementation flaws).</summary>
public sealed class RsaExponentCheck : CertificateCheck
{
    public override string Id => "cert.rsa-exponent";

    public override Citation Citation { get; } = Derived("RSA public exponent", "RFC 8017 §3.1 (e odd, 3 ≤ e ≤ n−1)");

    public override void Run(CheckInput input, List<Finding> findings)
    {
        var f = Judge(this, input.Certificate.PublicKey);
        if (f != null) { findings.Add(f); }
    }

    /// <summary>The finding for a key, or null when the exponent is fine or the key is not RSA. Used for key files too.</summary>
    internal static Finding? Judge(RsaExponentCheck check, PublicKeyInfo key)
    {
        if (key.RsaExponent is not ulong e) { return null; }
        var s = e.ToString(CultureInfo.InvariantCulture);
        if (e < 3 || e % 2 == 0)
        {
            return check.Make(FindingSeverity.Error,
                $"Invalid RSA public exponent {s}: RFC 8017 requires an odd exponent of at least 3.",
                $"不正な RSA 公開指数 {s}: RFC 8017 は 3 以上の奇数を要求する。", key.Display);
        }
        if (e < 65537)
        {
            return check.Make(FindingSeverity.Warning,
                $"RSA public exponent {s} is below 65537.",
                $"RSA 公開指数 {s} は 65537 未満。", key.Display);
        }
        return null;
    }
}
