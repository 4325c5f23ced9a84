using System.Security.Cryptography;
using CryptrecCheck.Certificates;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Results;
using Xunit;
using static CryptrecCheck.Tests.Certificates.CertificateTestSupport;

namespace CryptrecCheck.Tests.Certificates;

/// <summary>Per-property verdicts come from the policy evaluator; the inspector only places them in findings.</summary>
public class CertificateVerdictTests
{
    private static CertificateResult One(byte[] der, CertificateInspectionOptions? o = null)
    {
        var r = CertificateInspector.InspectCertificate(der, o ?? Options());
        Assert.Empty(r.Errors);
        return Assert.Single(r.Certificates);
    }

    private static Finding F(CertificateResult r, string id) => Assert.Single(r.Findings, f => f.Id == id);

    [Fact]
    public void Rsa1024_KeyIsNotListed_AndGuidelineDenies()
    {
        using var rsa = RSA.Create(1024);
        using var x = SelfSigned(rsa, "CN=weak", HashAlgorithmName.SHA256);
        var r = One(x.RawData);
        Assert.Equal(ListStatus.NotListed, r.Status);
        var key = F(r, "cert.public-key");
        Assert.Equal(FindingSeverity.Error, key.Severity);
        Assert.Equal("RSA-1024", key.Asset);
        Assert.Contains("80-bit", key.MessageEn);
        Assert.Contains("LS-0003", key.Citation);
        Assert.False(r.GuidelineAllowed);
        var g = F(r, "cert.tls-guideline");
        Assert.Equal(FindingSeverity.Error, g.Severity);
        Assert.Contains("2048", g.MessageEn);
    }

    [Fact]
    public void Sha1Signature_IsMonitored_AndProhibitedByGl3001()
    {
        using var dir = new TempDir();
        var der = CertificateParserTests.Der(dir, OpensslSelfSigned(dir, "sha1", new[] { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048" }, digest: "-sha1",
            extra: new[] { "-addext", "basicConstraints=critical,CA:FALSE" }));
        var r = One(der);
        var sig = F(r, "cert.signature");
        Assert.Equal(ListStatus.Monitored, sig.Status);
        Assert.Equal(FindingSeverity.Warning, sig.Severity);
        Assert.Equal(ListStatus.Monitored, r.Status);
        var g = F(r, "cert.tls-guideline");
        Assert.Equal(FindingSeverity.Error, g.Severity);
        Assert.Contains("SHA-1 signatures are prohibited", g.MessageEn);
        Assert.Contains("GL-3001", g.Citation);
        Assert.Contains("[S]", g.Citation);
        Assert.False(g.Derived);
    }

    [Fact]
    public void Rsa2048_OperationEndYear_DecidesBetweenMigrationAndNotUsable()
    {
        using var rsa = RSA.Create(2048);
        using var x = SelfSigned(rsa, "CN=mid", HashAlgorithmName.SHA256);
        var until2030 = One(x.RawData, Options(endYear: 2030));
        Assert.Equal(ListStatus.Recommended, until2030.Status);
        Assert.Equal(FindingSeverity.Warning, F(until2030, "cert.public-key").Severity);
        Assert.Contains("2030", F(until2030, "cert.public-key").MessageEn);

        var until2035 = One(x.RawData, Options(endYear: 2035));
        Assert.Equal(ListStatus.NotListed, until2035.Status);
        Assert.Equal(FindingSeverity.Error, F(until2035, "cert.public-key").Severity);
    }

    [Theory]
    [InlineData("nistP256", ListStatus.Recommended)]
    [InlineData("nistP384", ListStatus.Recommended)]
    [InlineData("brainpoolP256r1", ListStatus.NotListed)]
    public void EcCurves_JudgedByTheEvaluator(string curve, ListStatus expected)
    {
        using var ec = Ec(curve);
        using var x = SelfSigned(ec, "CN=ec", HashAlgorithmName.SHA256);
        var r = One(x.RawData);
        Assert.Equal(expected, F(r, "cert.public-key").Status);
        if (expected == ListStatus.NotListed) { Assert.Contains("outside the referenced specifications", F(r, "cert.public-key").MessageEn); }
    }

    [Fact]
    public void OpensslKeys_Secp256k1ExplicitEd25519Dsa()
    {
        using var dir = new TempDir();
        var k1 = One(CertificateParserTests.Der(dir, OpensslSelfSigned(dir, "k1", new[] { "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:secp256k1" })));
        Assert.Equal(ListStatus.NotListed, F(k1, "cert.public-key").Status);

        var ex = One(CertificateParserTests.Der(dir, OpensslSelfSigned(dir, "ex", new[] { "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-pkeyopt", "ec_param_enc:explicit" })));
        Assert.Equal(ListStatus.NotListed, F(ex, "cert.public-key").Status);
        Assert.Contains("explicit", F(ex, "cert.public-key").MessageEn);

        var ed = One(CertificateParserTests.Der(dir, OpensslSelfSigned(dir, "ed", new[] { "-algorithm", "ED25519" }, digest: "")));
        Assert.Equal(ListStatus.Recommended, F(ed, "cert.public-key").Status);
        Assert.Equal(ListStatus.Recommended, F(ed, "cert.signature").Status);
    }

    [Fact]
    public void PssSha256_IsRecommended_AndAllowedInHighSecurityType()
    {
        using var rsa = RSA.Create(3072);
        using var x = SelfSigned(rsa, "CN=pss", HashAlgorithmName.SHA256, padding: RSASignaturePadding.Pss);
        var r = One(x.RawData, Options(profile: TlsGuidelineType.High));
        Assert.Equal(ListStatus.Recommended, r.Status);
        Assert.Equal(FindingSeverity.Info, F(r, "cert.signature").Severity);
        Assert.True(r.GuidelineAllowed);
        Assert.Contains("RSA-PSS", F(r, "cert.signature").MessageEn);
    }

    [Theory]
    [InlineData("sha1", ListStatus.Monitored, "SHA-1")]
    [InlineData("sha224", ListStatus.NotListed, "SHA-224")]
    public void PssSignature_WeakMgf1Hash_DecidesTheSignatureVerdict(string mgf1, ListStatus expected, string mgfName)
    {
        // openssl: SHA-256 message hash, a weaker MGF1 hash (RFC 4055 lets them differ). Policy basis D3: the weakest part decides.
        using var dir = new TempDir();
        var der = CertificateParserTests.Der(dir, OpensslSelfSigned(dir, "pss-" + mgf1, new[] { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072" },
            extra: new[] { "-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_mgf1_md:" + mgf1, "-sigopt", "rsa_pss_saltlen:32",
                "-addext", "basicConstraints=critical,CA:FALSE" }));
        var r = One(der, Options(profile: TlsGuidelineType.High));
        Assert.Equal($"RSASSA-PSS (SHA-256, MGF1 {mgfName}, salt 32)", r.Certificate.SignatureAlgorithm.Display);
        var sig = F(r, "cert.signature");
        Assert.Equal(expected, sig.Status);
        Assert.Contains("MGF1 hash " + mgfName, sig.MessageEn);
        Assert.Contains("MGF1 のハッシュ関数 " + mgfName, sig.MessageJa);
        Assert.True(sig.Derived);
        Assert.Equal(expected, r.Status);
        Assert.False(r.GuidelineAllowed);
        Assert.Equal(FindingSeverity.Error, F(r, "cert.tls-guideline").Severity);
    }

    [Fact]
    public void PssSignature_Mgf1HashEqualToTheHash_StaysRecommended()
    {
        using var dir = new TempDir();
        var der = CertificateParserTests.Der(dir, OpensslSelfSigned(dir, "pss-384", new[] { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072" }, digest: "-sha384",
            extra: new[] { "-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_mgf1_md:sha384", "-addext", "basicConstraints=critical,CA:FALSE" }));
        var r = One(der, Options(profile: TlsGuidelineType.High));
        Assert.Equal(ListStatus.Recommended, F(r, "cert.signature").Status);
        Assert.True(r.GuidelineAllowed);
    }

    [Fact]
    public void EveryFinding_HasMessagesInBothLanguagesAndACitation()
    {
        using var rsa = RSA.Create(1024);
        using var x = SelfSigned(rsa, "CN=x", HashAlgorithmName.SHA256, notAfter: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var r = One(x.RawData);
        Assert.True(r.Findings.Count >= 5);
        foreach (var f in r.Findings)
        {
            Assert.False(string.IsNullOrWhiteSpace(f.MessageEn), f.Id);
            Assert.False(string.IsNullOrWhiteSpace(f.MessageJa), f.Id);
            Assert.False(string.IsNullOrWhiteSpace(f.Citation), f.Id);
            Assert.Matches("^(cert|key)\\.[a-z0-9-]+$", f.Id);
        }
    }
}
