using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using Xunit;
using static CryptrecCheck.Tests.Tls.OpenSslScanTests;

namespace CryptrecCheck.Tests.Tls;

/// <summary>
/// TLS 1.2 ECDHE curves of servers that also speak TLS 1.3, by elimination on TLS 1.2 (ServerKeyExchange named curve).
/// OpenSSL's <c>-groups</c> applies to both versions, so the versions differ only where a group is not an ECDHE curve
/// (finite-field groups serve TLS 1.3 key exchange, not TLS 1.2 ECDHE); otherwise the test checks that the TLS 1.2
/// curves are reported exactly as configured.
/// </summary>
public class Tls12CurveTests
{
    private static string[] Seen(TlsScanResult r, string version) =>
        r.Groups.Where(g => g.SeenIn == version).Select(g => g.Name).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Scan_FiniteFieldGroup_OnlyInTls13()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-groups P-256:ffdhe2048 -cipher ECDHE-RSA-AES128-GCM-SHA256");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(Sorted("ffdhe2048", "secp256r1"), Seen(r, "TLS1.3"));
        Assert.Equal(new[] { "secp256r1" }, Seen(r, "TLS1.2"));
        // Judged once per group, not once per version.
        var judged = new TlsEvaluator(new EvaluationContext(TestCertificates.Today())).Evaluate(r);
        Assert.Single(judged.Findings, f => f.Id == "tls.group" && f.Asset == "secp256r1");
    }

    [Fact]
    public void Scan_ThreeCurves_Tls12ExactlyAsConfigured()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-groups X448:P-521:X25519 -cipher ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(Sorted("secp521r1", "x25519", "x448"), Seen(r, "TLS1.2"));
        Assert.Equal(Sorted("secp521r1", "x25519", "x448"), Seen(r, "TLS1.3"));
    }

    [Fact]
    public void Scan_Tls12Only_CurvesFromTheGroupStepOnce()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-no_tls1_3 -groups P-384 -cipher ECDHE-RSA-AES128-GCM-SHA256");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { "secp384r1" }, r.Groups.Select(g => g.Name)); // the group step's TLS 1.2 elimination, not a second one
    }

    [Fact]
    public void Scan_EcdsaCertificate_CurvesAfterTheCertificatesCurveAreFound_AndJudged()
    {
        // In TLS 1.2 the client's groups also bind the ECDSA certificate's curve: eliminating P-256 made OpenSSL refuse, and
        // brainpoolP256r1 (not listed) went unreported while the server passed. The certificate's curve stays on offer, last.
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-no_tls1_3 -groups P-256:brainpoolP256r1 -cipher ECDHE-ECDSA-AES128-GCM-SHA256");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(Sorted("brainpoolP256r1", "secp256r1"), r.Groups.Select(g => g.Name).Order(StringComparer.Ordinal).ToArray());
        var judged = new TlsEvaluator(new EvaluationContext(TestCertificates.Today())).Evaluate(r);
        Assert.Contains(judged.Findings, f => f.Id == "tls.group" && f.Asset == "brainpoolP256r1");
        Assert.False(judged.Compliance.High);
        Assert.False(judged.Compliance.Recommended);
        Assert.False(judged.Compliance.Exception);
    }

    [Fact]
    public void Scan_EcdsaCertificate_WithTls13_EveryTls12Curve()
    {
        // The TLS 1.2 curve step (server also speaks TLS 1.3): curves ranked after the certificate's own were missed.
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-groups P-256:P-384:X25519 -cipher ECDHE-ECDSA-AES128-GCM-SHA256");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(Sorted("secp256r1", "secp384r1", "x25519"), Seen(r, "TLS1.2"));
        Assert.Equal(Sorted("secp256r1", "secp384r1", "x25519"), Seen(r, "TLS1.3"));
    }

    [Fact]
    public void Scan_EcdsaAndRsaCertificates_ServerOrder_CurvesAfterTheFallbackAreFound()
    {
        // With a second (RSA) certificate and its own order, the server falls back to the ECDSA certificate's curve while
        // it would still take P-384 with the RSA certificate: one more offer without the curve finds it (review finding).
        var rsa = TestCertificates.Get(TestCertificates.Kind.Rsa2048);
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256,
            $"-no_tls1_3 -serverpref -dcert {rsa.Cert} -dkey {rsa.Key} -groups P-256:P-384 -cipher ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(Sorted("secp256r1", "secp384r1"), r.Groups.Select(g => g.Name).Order(StringComparer.Ordinal).ToArray());
    }
}
