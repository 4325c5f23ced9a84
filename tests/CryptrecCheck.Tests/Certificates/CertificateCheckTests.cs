using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CryptrecCheck.Certificates;
using CryptrecCheck.Results;
using Xunit;
using static CryptrecCheck.Tests.Certificates.CertificateTestSupport;

namespace CryptrecCheck.Tests.Certificates;

/// <summary>The structural checks, on chains built now: each check fires on its case and stays silent on the others.</summary>
public sealed class CertificateCheckTests : IClassFixture<CertificateCheckTests.Chain>
{
    private readonly X509Certificate2 _root;
    private readonly X509Certificate2 _intermediate;
    private readonly X509Certificate2 _leaf;

    public CertificateCheckTests(Chain chain)
    {
        _root = chain.Root;
        _intermediate = chain.Intermediate;
        _leaf = chain.Leaf;
    }

    /// <summary>One RSA-3072 root, P-384 intermediate and P-256 leaf for the class (key generation is the slow part).</summary>
    public sealed class Chain : IDisposable
    {
        private readonly RSA _rootKey = RSA.Create(3072);
        private readonly ECDsa _intKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        private readonly ECDsa _leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        public Chain()
        {
            Root = SelfSigned(_rootKey, "CN=Test Root, O=CryptrecCheck, C=JP", HashAlgorithmName.SHA384, ca: true);
            using var intermediate = Issue(Root, _intKey, "CN=Test Intermediate, O=CryptrecCheck, C=JP", HashAlgorithmName.SHA384, ca: true);
            Intermediate = intermediate.CopyWithPrivateKey(_intKey);
            Leaf = Issue(Intermediate, _leafKey, "CN=www.example.jp", HashAlgorithmName.SHA256, dns: new[] { "www.example.jp", "*.api.example.jp", "127.0.0.1" });
        }

        public X509Certificate2 Root { get; }
        public X509Certificate2 Intermediate { get; }
        public X509Certificate2 Leaf { get; }

        public void Dispose()
        {
            Root.Dispose();
            Intermediate.Dispose();
            Leaf.Dispose();
            _rootKey.Dispose();
            _intKey.Dispose();
            _leafKey.Dispose();
        }
    }

    private static CertificateInspectionOptions Anchored(byte[] anchor) => new()
    {
        Context = Options().Context,
        Trust = TrustMode.Anchors,
        TrustAnchors = new[] { anchor },
    };

    private static bool Has(CertificateResult r, string id) => r.Findings.Any(f => f.Id == id);

    [Fact]
    public void InspectChain_CompleteChain_PlacesRolesAndRaisesNoStructuralFinding()
    {
        var r = CertificateInspector.InspectChain(new[] { _leaf.RawData, _intermediate.RawData, _root.RawData }, Options());
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { "leaf", "intermediate", "root" }, r.Certificates.Select(c => c.Role));
        Assert.Equal(new int?[] { 1, 2, 2 }, r.Certificates.Select(c => c.IssuerPosition));
        Assert.All(r.Certificates, c => Assert.False(Has(c, "cert.chain-incomplete")));
        Assert.All(r.Certificates, c => Assert.False(Has(c, "cert.self-signed-leaf")));
        Assert.All(r.Certificates, c => Assert.False(c.HasErrors, string.Join("; ", c.Findings.Select(f => f.MessageEn))));
        Assert.Same(r.Certificates[0], r.Leaf);
    }

    [Fact]
    public void InspectChain_MissingIntermediate_IsIncomplete()
    {
        var r = CertificateInspector.InspectChain(new[] { _leaf.RawData, _root.RawData }, Options());
        var leaf = r.Certificates[0];
        var f = Assert.Single(leaf.Findings, x => x.Id == "cert.chain-incomplete");
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("Test Intermediate", f.MessageEn);
        Assert.True(f.Derived);
        Assert.False(Has(r.Certificates[1], "cert.chain-incomplete"));
    }

    [Fact]
    public void InspectChain_RootOmitted_IsANoteNotAnIncompleteChain()
    {
        // What a server sends (RFC 8446 §4.4.2 lets it leave the root out): the intermediate's issuer is missing, which was
        // a "Chain incomplete" warning on every well-configured server.
        var r = CertificateInspector.InspectChain(new[] { _leaf.RawData, _intermediate.RawData }, Options());
        Assert.False(Has(r.Certificates[0], "cert.chain-incomplete"));
        var f = Assert.Single(r.Certificates[1].Findings, x => x.Id == "cert.chain-incomplete");
        Assert.Equal(FindingSeverity.Note, f.Severity);
        Assert.Contains("normally the root", f.MessageEn);
        Assert.Contains("ルート", f.MessageJa);
        Assert.DoesNotContain(r.Certificates.SelectMany(c => c.Findings), x => x.Severity <= FindingSeverity.Warning && x.Id == "cert.chain-incomplete");
    }

    [Fact]
    public void SelfSignedLeaf_IsReported_RootIsNot()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var self = SelfSigned(key, "CN=self", HashAlgorithmName.SHA256);
        var r = CertificateInspector.InspectCertificate(self.RawData, Options()).Certificates[0];
        Assert.Equal("leaf", r.Role);
        Assert.True(Has(r, "cert.self-signed-leaf"));
        Assert.False(Has(r, "cert.chain-incomplete"));
        var root = CertificateInspector.InspectCertificate(_root.RawData, Options()).Certificates[0];
        Assert.Equal("root", root.Role);
        Assert.False(Has(root, "cert.self-signed-leaf"));
    }

    [Fact]
    public void ServerPresentingASelfSignedCaCertificate_IsJudgedAsItsLeaf()
    {
        // `openssl req -x509` marks its certificates CA:TRUE; a server presenting one alone was taken for a root, so its host
        // name was never checked. A chain as a peer sends it starts with the sender's certificate.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var self = SelfSigned(key, "CN=other.example", HashAlgorithmName.SHA256, ca: true, dns: new[] { "other.example" });
        var presented = CertificateInspector.InspectChain(new[] { self.RawData }, Options(host: "localhost")).Certificates[0];
        Assert.Equal("leaf", presented.Role);
        Assert.Equal(FindingSeverity.Error, Assert.Single(presented.Findings, f => f.Id == "cert.hostname").Severity);
        Assert.True(Has(presented, "cert.self-signed-leaf"));
        // The same certificate inspected on its own stays a root; asked for a host name, it says the check was not made
        // (a file may be a CA bundle or a certbot chain.pem: no relabelling there).
        Assert.Equal("root", CertificateInspector.InspectCertificate(self.RawData, Options()).Certificates[0].Role);
        var fromFile = CertificateInspector.InspectBytes("server.pem", System.Text.Encoding.ASCII.GetBytes(self.ExportCertificatePem()), Options(host: "localhost")).Certificates[0];
        Assert.Equal("root", fromFile.Role);
        var note = Assert.Single(fromFile.Findings, f => f.Id == "cert.hostname");
        Assert.Equal(FindingSeverity.Warning, note.Severity);
        Assert.Contains("was not checked", note.MessageEn);
    }

    [Fact]
    public void RootsOwnSha1Signature_DoesNotDecideTheChain()
    {
        // Servers still send old roots self-signed with SHA-1; no client verifies that signature, and no finding names it,
        // so it must not make the chain fail the guideline either. The root's key still counts.
        // .NET refuses to sign with SHA-1: the old root comes from openssl (`req -x509` marks it CA:TRUE).
        using var dir = new TempDir();
        var rootPem = OpensslSelfSigned(dir, "old-root", new[] { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048" }, digest: "-sha1");
        using var rootWithKey = X509Certificate2.CreateFromPemFile(rootPem, dir.Path("old-root.key"));
        using var sha1Root = X509CertificateLoader.LoadCertificate(rootWithKey.RawData);
        Assert.Equal("1.2.840.113549.1.1.5", sha1Root.SignatureAlgorithm.Value); // sha1WithRSAEncryption
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var leaf = Issue(rootWithKey, leafKey, "CN=www.example.jp", HashAlgorithmName.SHA256, dns: new[] { "www.example.jp" });
        var r = CertificateInspector.InspectChain(new[] { leaf.RawData, sha1Root.RawData }, Options(host: "www.example.jp"));
        Assert.Equal(new[] { "leaf", "root" }, r.Certificates.Select(c => c.Role));
        Assert.True(r.Certificates[1].GuidelineAllowed);
        Assert.DoesNotContain(r.Certificates[1].Findings, f => f.Id == "cert.tls-guideline");
        Assert.All(r.Certificates, c => Assert.True(c.GuidelineAllowed));

        using var weakKey = RSA.Create(1024);
        using var weakRoot = SelfSigned(weakKey, "CN=Weak Root", HashAlgorithmName.SHA256, ca: true);
        Assert.False(CertificateInspector.InspectChain(new[] { leaf.RawData, weakRoot.RawData }, Options()).Certificates[1].GuidelineAllowed);
    }

    [Theory]
    [InlineData("2026-12-01", null)]
    [InlineData("2027-06-02", "cert.validity-expired")]
    [InlineData("2026-01-31", "cert.validity-not-yet-valid")]
    public void Validity_IsJudgedAtTheAsOfDate(string asOf, string? expected)
    {
        var date = DateTime.ParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var r = CertificateInspector.InspectChain(new[] { _leaf.RawData, _intermediate.RawData, _root.RawData }, Options(asOf: date)).Certificates[0];
        var validity = r.Findings.Where(f => f.Id.StartsWith("cert.validity", StringComparison.Ordinal)).ToList();
        if (expected == null) { Assert.Empty(validity); }
        else
        {
            var f = Assert.Single(validity);
            Assert.Equal(expected, f.Id);
            Assert.Equal(FindingSeverity.Error, f.Severity);
            Assert.Contains("RFC 5280", f.Citation);
            Assert.False(f.Derived);
            Assert.True(r.HasErrors);
        }
    }

    [Fact]
    public void WeakerIssuer_RsaCaOverP384Leaf_IsReported()
    {
        using var caKey = RSA.Create(2048);
        using var ca = SelfSigned(caKey, "CN=Weak CA", HashAlgorithmName.SHA256, ca: true);
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var leaf = Issue(ca, leafKey, "CN=strong.example", HashAlgorithmName.SHA256, dns: new[] { "strong.example" });
        var r = CertificateInspector.InspectChain(new[] { leaf.RawData, ca.RawData }, Options()).Certificates[0];
        var f = Assert.Single(r.Findings, x => x.Id == "cert.ca-weaker-than-leaf");
        Assert.Contains("RSA-2048 (112-bit security)", f.MessageEn);
        Assert.Contains("EC P-384 (192-bit security)", f.MessageEn);
        var strong = CertificateInspector.InspectChain(new[] { _leaf.RawData, _intermediate.RawData, _root.RawData }, Options()).Certificates[0];
        Assert.False(Has(strong, "cert.ca-weaker-than-leaf"));
    }

    [Fact]
    public void RsaExponent3_IsReported_65537IsNot()
    {
        using var dir = new TempDir();
        var e3 = CertificateParserTests.Der(dir, OpensslSelfSigned(dir, "e3", new[] { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-pkeyopt", "rsa_keygen_pubexp:3" }));
        var r = CertificateInspector.InspectCertificate(e3, Options()).Certificates[0];
        var f = Assert.Single(r.Findings, x => x.Id == "cert.rsa-exponent");
        Assert.Equal(FindingSeverity.Warning, f.Severity);
        Assert.Contains("exponent 3 ", f.MessageEn);
        var root = CertificateInspector.InspectCertificate(_root.RawData, Options()).Certificates[0];
        Assert.False(Has(root, "cert.rsa-exponent"));
    }

    [Theory]
    [InlineData("www.example.jp", true)]
    [InlineData("WWW.EXAMPLE.JP.", true)]
    [InlineData("v1.api.example.jp", true)]
    [InlineData("a.v1.api.example.jp", false)]
    [InlineData("example.jp", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", false)]
    public void Hostname_MatchesSanOnly(string host, bool ok)
    {
        var r = CertificateInspector.InspectChain(new[] { _leaf.RawData, _intermediate.RawData, _root.RawData }, Options(host: host)).Certificates;
        Assert.Equal(!ok, Has(r[0], "cert.hostname"));
        Assert.False(Has(r[1], "cert.hostname"));
    }

    [Fact]
    public void PqcReadiness_IsInformationOnly()
    {
        var r = CertificateInspector.InspectCertificate(_leaf.RawData, Options()).Certificates[0];
        var f = Assert.Single(r.Findings, x => x.Id == "cert.pqc-readiness");
        Assert.Equal(FindingSeverity.Info, f.Severity);
        Assert.Contains("表２", f.Citation);
    }

    [Fact]
    public void Trust_CustomAnchor_VerifiesOrFails()
    {
        var chain = new[] { _leaf.RawData, _intermediate.RawData };
        var ok = CertificateInspector.InspectChain(chain, Anchored(_root.RawData)).Certificates[0];
        var f = Assert.Single(ok.Findings, x => x.Id == "cert.trust");
        Assert.Equal(FindingSeverity.Info, f.Severity);

        using var otherKey = RSA.Create(2048);
        using var other = SelfSigned(otherKey, "CN=Other Root", HashAlgorithmName.SHA256, ca: true);
        var bad = CertificateInspector.InspectChain(chain, Anchored(other.RawData)).Certificates[0];
        var g = Assert.Single(bad.Findings, x => x.Id == "cert.trust");
        Assert.Equal(FindingSeverity.Error, g.Severity);
    }
}
