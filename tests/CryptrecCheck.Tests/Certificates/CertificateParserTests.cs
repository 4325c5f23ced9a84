using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CryptrecCheck.Certificates;
using CryptrecCheck.Certificates.Der;
using Xunit;
using static CryptrecCheck.Tests.Certificates.CertificateTestSupport;

namespace CryptrecCheck.Tests.Certificates;

/// <summary>The own DER parser against the platform's X509Certificate2 as an oracle, over certificates made now.</summary>
public class CertificateParserTests
{
    public static TheoryData<int, string> RsaCases => new() { { 1024, "SHA256" }, { 2048, "SHA256" }, { 3072, "SHA384" }, { 4096, "SHA512" } };

    [Theory]
    [MemberData(nameof(RsaCases))]
    public void Parse_RsaCertificate_MatchesPlatform(int bits, string hash)
    {
        using var rsa = RSA.Create(bits);
        using var x = SelfSigned(rsa, "CN=rsa.example.jp, O=Example Org, C=JP", new HashAlgorithmName(hash), dns: new[] { "rsa.example.jp", "192.0.2.10" });
        var c = CertificateParser.Parse(x.RawData);

        Assert.Equal(3, c.Version);
        Assert.Equal(x.SerialNumber, c.SerialHex);
        Assert.Equal(x.Subject, c.Subject);
        Assert.Equal(x.Issuer, c.Issuer);
        Assert.Equal(x.NotBefore.ToUniversalTime(), c.NotBefore);
        Assert.Equal(x.NotAfter.ToUniversalTime(), c.NotAfter);
        Assert.Equal("RSA", c.PublicKey.Algorithm);
        Assert.Equal(bits, c.PublicKey.KeyBits);
        Assert.Equal(65537UL, c.PublicKey.RsaExponent);
        Assert.Equal(x.SignatureAlgorithm.Value, c.SignatureAlgorithm.Oid);
        Assert.Equal(hash switch { "SHA1" => "SHA-1", "SHA256" => "SHA-256", "SHA384" => "SHA-384", _ => "SHA-512" }, c.SignatureAlgorithm.Hash);
        Assert.Equal("RSASSA-PKCS1-v1_5", c.SignatureAlgorithm.Scheme);
        Assert.Equal("rsa.example.jp", c.CommonName);
        Assert.Contains(new SubjectAltName("dns", "rsa.example.jp"), c.SubjectAltNames);
        Assert.Contains(new SubjectAltName("ip", "192.0.2.10"), c.SubjectAltNames);
        Assert.Equal(new[] { "digitalSignature", "keyEncipherment" }, c.KeyUsage);
        Assert.Equal(new[] { "serverAuth" }, c.ExtendedKeyUsage);
        Assert.False(c.IsCertificateAuthority);
        Assert.True(c.IsSelfIssued);
        Assert.False(c.SignatureAlgorithmMismatch);
    }

    [Theory]
    [InlineData("nistP256", "P-256", 256)]
    [InlineData("nistP384", "P-384", 384)]
    [InlineData("nistP521", "P-521", 521)]
    [InlineData("brainpoolP256r1", "brainpoolP256r1", 256)]
    public void Parse_EcCertificate_ReadsNamedCurve(string platformCurve, string expected, int bits)
    {
        using var ec = Ec(platformCurve);
        using var x = SelfSigned(ec, "CN=ec", HashAlgorithmName.SHA384, ca: true);
        var c = CertificateParser.Parse(x.RawData);
        Assert.Equal("EC", c.PublicKey.Algorithm);
        Assert.Equal(expected, c.PublicKey.Curve);
        Assert.Equal(bits, c.PublicKey.KeyBits);
        Assert.Equal("ECDSA", c.SignatureAlgorithm.Scheme);
        Assert.Equal("SHA-384", c.SignatureAlgorithm.Hash);
        Assert.True(c.IsCertificateAuthority);
        Assert.Equal(1, c.BasicConstraints!.PathLength);
        Assert.Equal(new[] { "keyCertSign", "cRLSign" }, c.KeyUsage);
    }

    [Fact]
    public void Parse_PssSignature_ReadsParameters()
    {
        using var rsa = RSA.Create(2048);
        using var x = SelfSigned(rsa, "CN=pss", HashAlgorithmName.SHA256, padding: RSASignaturePadding.Pss);
        var c = CertificateParser.Parse(x.RawData);
        Assert.Equal("RSA-PSS", c.SignatureAlgorithm.Scheme);
        Assert.Equal("SHA-256", c.SignatureAlgorithm.Hash);
        Assert.Equal("SHA-256", c.SignatureAlgorithm.MgfHash);
        Assert.Equal(32, c.SignatureAlgorithm.SaltLength);
        Assert.Equal("RSASSA-PSS (SHA-256, MGF1 SHA-256, salt 32)", c.SignatureAlgorithm.Display);
    }

    [Fact]
    public void Parse_OpensslKeyTypes_ReadsAlgorithmAndSize()
    {
        using var dir = new TempDir();
        var ed = CertificateParser.Parse(Der(dir, OpensslSelfSigned(dir, "ed25519", new[] { "-algorithm", "ED25519" }, digest: "")));
        Assert.Equal("Ed25519", ed.PublicKey.Algorithm);
        Assert.Equal("EdDSA", ed.SignatureAlgorithm.Scheme);
        Assert.Null(ed.SignatureAlgorithm.Hash);

        var ed448 = CertificateParser.Parse(Der(dir, OpensslSelfSigned(dir, "ed448", new[] { "-algorithm", "ED448" }, digest: "")));
        Assert.Equal("Ed448", ed448.PublicKey.Curve);

        var k1 = CertificateParser.Parse(Der(dir, OpensslSelfSigned(dir, "k1", new[] { "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:secp256k1" })));
        Assert.Equal("secp256k1", k1.PublicKey.Curve);

        var explicitEc = CertificateParser.Parse(Der(dir, OpensslSelfSigned(dir, "explicit", new[] { "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-pkeyopt", "ec_param_enc:explicit" })));
        Assert.True(explicitEc.PublicKey.ExplicitCurve);
        Assert.Equal(256, explicitEc.PublicKey.KeyBits);

        var e3 = CertificateParser.Parse(Der(dir, OpensslSelfSigned(dir, "e3", new[] { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-pkeyopt", "rsa_keygen_pubexp:3" })));
        Assert.Equal(3UL, e3.PublicKey.RsaExponent);

        var pssKey = CertificateParser.Parse(Der(dir, OpensslSelfSigned(dir, "psskey", new[] { "-algorithm", "RSA-PSS", "-pkeyopt", "rsa_keygen_bits:2048" })));
        Assert.Equal("RSA-PSS", pssKey.PublicKey.Algorithm);
        Assert.Equal("RSA-PSS", pssKey.SignatureAlgorithm.Scheme);
    }

    [Fact]
    public void Parse_DsaCertificate_ReadsPrimeSize()
    {
        using var dir = new TempDir();
        var p = dir.Path("dsa.params");
        Openssl(dir.Root, "genpkey", "-genparam", "-algorithm", "DSA", "-pkeyopt", "dsa_paramgen_bits:2048", "-out", p);
        var key = dir.Path("dsa.key");
        Openssl(dir.Root, "genpkey", "-paramfile", p, "-out", key);
        var crt = dir.Path("dsa.pem");
        Openssl(dir.Root, "req", "-x509", "-new", "-key", key, "-out", crt, "-subj", "/CN=dsa", "-days", "30", "-sha256");
        var c = CertificateParser.Parse(Der(dir, crt));
        Assert.Equal("DSA", c.PublicKey.Algorithm);
        Assert.Equal(2048, c.PublicKey.KeyBits);
        Assert.Equal("DSA", c.SignatureAlgorithm.Scheme);
        Assert.Equal("SHA-256", c.SignatureAlgorithm.Hash);
    }

    [Fact]
    public void Parse_NameWithEscapesAndMultiValuedRdn_FormatsRfc4514()
    {
        using var dir = new TempDir();
        var key = dir.Path("n.key");
        Openssl(dir.Root, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key);
        var crt = dir.Path("n.pem");
        Openssl(dir.Root, "req", "-x509", "-new", "-key", key, "-out", crt, "-days", "30", "-multivalue-rdn", "-subj", "/C=JP/O=Ex\\+ample/CN=a\\, b+OU=unit");
        var c = CertificateParser.Parse(Der(dir, crt));
        Assert.EndsWith(", O=Ex\\+ample, C=JP", c.Subject);
        Assert.Contains("CN=a\\, b", c.Subject);
        Assert.Contains("+", c.Subject);
        Assert.Contains("OU=unit", c.Subject);
        Assert.Equal("a, b", c.CommonName);
    }

    [Fact]
    public void Parse_Sha1SignatureFromOpenssl_ReadsHash()
    {
        using var dir = new TempDir();
        var c = CertificateParser.Parse(Der(dir, OpensslSelfSigned(dir, "sha1", new[] { "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024" }, digest: "-sha1")));
        Assert.Equal("sha1WithRSAEncryption", c.SignatureAlgorithm.Name);
        Assert.Equal("SHA-1", c.SignatureAlgorithm.Hash);
        Assert.Equal(1024, c.PublicKey.KeyBits);
    }

    [Fact]
    public void Parse_TrailingBytes_IsAnError()
    {
        using var rsa = RSA.Create(2048);
        using var x = SelfSigned(rsa, "CN=t", HashAlgorithmName.SHA256);
        var bytes = x.RawData.Concat(new byte[] { 0, 0 }).ToArray();
        var e = Assert.Throws<CertificateFormatException>(() => CertificateParser.Parse(bytes));
        Assert.Contains("trailing", e.Message);
    }

    internal static byte[] Der(TempDir dir, string pemPath)
    {
        var der = pemPath + ".der";
        Openssl(dir.Root, "x509", "-in", pemPath, "-outform", "DER", "-out", der);
        return File.ReadAllBytes(der);
    }
}
