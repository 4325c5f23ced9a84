using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CryptrecCheck.Certificates;
using CryptrecCheck.Policy;
using Xunit;
using static CryptrecCheck.Tests.Certificates.CertificateTestSupport;

namespace CryptrecCheck.Tests.Certificates;

/// <summary>Files as administrators have them: PEM bundles with noise, DER, P7B, PFX, key files, OpenSSH files.</summary>
public class ContainerTests
{
    private static FileInspectionResult Inspect(string path, string? password = null) => CertificateInspector.InspectFile(path, Options(password: password));

    [Fact]
    public void Pem_ManyBlocksWithGarbage_AllCertificatesAndAChain()
    {
        using var dir = new TempDir();
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var ca = SelfSigned(caKey, "CN=CA", HashAlgorithmName.SHA384, ca: true);
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var leaf = Issue(ca, leafKey, "CN=leaf", HashAlgorithmName.SHA256);
        var path = dir.Write("bundle.pem", "subject=CN=leaf\nsome notes\n" + Pem(leaf) + "\n# comment between\n\r\n" + Pem(ca) + "trailing text");
        var r = Inspect(path);
        Assert.Empty(r.Errors);
        Assert.Equal("PEM", r.Format);
        Assert.Equal(2, r.Certificates.Count);
        Assert.Equal("leaf", r.Certificates[0].Role);
        Assert.Equal(1, r.Certificates[0].IssuerPosition);
        Assert.Equal("PEM block 1 (CERTIFICATE)", r.Certificates[0].Origin);
    }

    [Fact]
    public void Pem_TruncatedAndCorruptBlocks_ReportedPerBlock_RestInspected()
    {
        using var dir = new TempDir();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var c = SelfSigned(key, "CN=ok", HashAlgorithmName.SHA256);
        var pem = Pem(c);
        var corrupt = pem.Replace(pem.Substring(100, 8), "!!!!****", StringComparison.Ordinal);
        var path = dir.Write("mixed.pem", pem + corrupt + pem.Substring(0, pem.Length / 2));
        var r = Inspect(path);
        Assert.Single(r.Certificates);
        Assert.Equal(2, r.Errors.Count);
        Assert.All(r.Errors, e => Assert.Contains("mixed.pem", e.Message));
        Assert.Contains(r.Errors, e => e.Message.Contains("Base64", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.Message.Contains("truncated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dsaparam", "DSA PARAMETERS")]
    [InlineData("ecparam", "EC PARAMETERS")]
    [InlineData("dhparam", "DH PARAMETERS")]
    [InlineData("x942", "X9.42 DH PARAMETERS")]
    public void Pem_ParameterBlocks_AreSkippedAsDocumented(string kind, string label)
    {
        // docs/certificates.md: CRLs, requests and parameters are skipped. `openssl dsaparam` gave "unsupported PEM label".
        using var dir = new TempDir();
        var param = dir.Path(kind + ".pem");
        switch (kind)
        {
            case "dsaparam": Openssl(dir.Root, "dsaparam", "-out", param, "2048"); break;
            case "ecparam": Openssl(dir.Root, "ecparam", "-name", "prime256v1", "-out", param); break;
            case "dhparam": Openssl(dir.Root, "genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "dh_param:ffdhe2048", "-out", param); break;
            default: Openssl(dir.Root, "genpkey", "-genparam", "-algorithm", "DHX", "-pkeyopt", "dh_rfc5114:2", "-out", param); break;
        }
        var text = File.ReadAllText(param);
        Assert.Contains($"-----BEGIN {label}-----", text);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var c = SelfSigned(key, "CN=with-params", HashAlgorithmName.SHA256);
        var r = Inspect(dir.Write("server.pem", text + Pem(c)));
        Assert.Empty(r.Errors);
        Assert.Equal("CN=with-params", Assert.Single(r.Certificates).Subject);

        // Parameters alone: nothing to judge, which is said, with what was skipped (not "unsupported PEM label").
        var alone = Inspect(param);
        var e = Assert.Single(alone.Errors);
        Assert.Equal("empty", e.Code);
        Assert.Contains($"PEM block 1 ({label})", e.Message);
    }

    [Fact]
    public void Der_P7b_AndConcatenatedDer()
    {
        using var dir = new TempDir();
        using var k1 = RSA.Create(2048);
        using var c1 = SelfSigned(k1, "CN=one", HashAlgorithmName.SHA256);
        using var k2 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var c2 = SelfSigned(k2, "CN=two", HashAlgorithmName.SHA384);
        var der = Inspect(dir.Write("one.der", c1.RawData));
        Assert.Equal("DER", der.Format);
        Assert.Equal("CN=one", Assert.Single(der.Certificates).Subject);

        var both = Inspect(dir.Write("both.der", c1.RawData.Concat(c2.RawData).ToArray()));
        Assert.Equal(2, both.Certificates.Count);

        var pem1 = dir.Write("1.pem", Pem(c1));
        var pem2 = dir.Write("2.pem", Pem(c2));
        Openssl(dir.Root, "crl2pkcs7", "-nocrl", "-certfile", pem1, "-certfile", pem2, "-outform", "DER", "-out", dir.Path("chain.p7b"));
        var p7 = Inspect(dir.Path("chain.p7b"));
        Assert.Empty(p7.Errors);
        Assert.Equal("PKCS#7", p7.Format);
        Assert.Equal(new[] { "CN=one", "CN=two" }, p7.Certificates.Select(x => x.Subject).OrderBy(s => s, StringComparer.Ordinal));

        Openssl(dir.Root, "crl2pkcs7", "-nocrl", "-certfile", pem1, "-out", dir.Path("chain.p7b.pem"));
        Assert.Single(Inspect(dir.Path("chain.p7b.pem")).Certificates);
    }

    [Fact]
    public void Pfx_WithPassword_WrongPassword_NoPassword()
    {
        using var dir = new TempDir();
        using var key = RSA.Create(2048);
        using var c = SelfSigned(key, "CN=pfx", HashAlgorithmName.SHA256);
        var path = dir.Write("store.pfx", c.Export(X509ContentType.Pkcs12, "s3cret-pw"));

        var ok = Inspect(path, "s3cret-pw");
        Assert.Empty(ok.Errors);
        Assert.Equal("PKCS#12", ok.Format);
        Assert.Equal("CN=pfx", Assert.Single(ok.Certificates).Subject);

        var wrong = Inspect(path, "nope");
        var e = Assert.Single(wrong.Errors);
        Assert.Equal("password", e.Code);
        Assert.DoesNotContain("nope", e.Message);
        Assert.Empty(wrong.Certificates);

        var none = Inspect(path);
        Assert.Equal("password", Assert.Single(none.Errors).Code);
        Assert.Contains("--password", none.Errors[0].Message);
    }

    [Fact]
    public void Keys_Pkcs1Pkcs8SpkiEncryptedSec1()
    {
        using var dir = new TempDir();
        using var rsa = RSA.Create(3072);
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var path = dir.Write("keys.pem",
            rsa.ExportRSAPrivateKeyPem() + "\n" + rsa.ExportRSAPublicKeyPem() + "\n" + rsa.ExportSubjectPublicKeyInfoPem() + "\n" +
            ec.ExportPkcs8PrivateKeyPem() + "\n" + ec.ExportECPrivateKeyPem() + "\n" +
            ec.ExportEncryptedPkcs8PrivateKeyPem("pw", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000)));
        var r = Inspect(path, "pw");
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { "RSA-3072", "RSA-3072", "RSA-3072", "EC P-384", "EC P-384", "EC P-384" }, r.Keys.Select(k => k.Item.PublicKey.Display));
        Assert.Equal(new[] { "PKCS#1 RSA private key", "PKCS#1 RSA public key", "SubjectPublicKeyInfo", "PKCS#8 private key", "SEC 1 EC private key", "encrypted PKCS#8 private key" },
            r.Keys.Select(k => k.Item.Format));
        Assert.All(r.Keys, k => Assert.Equal(ListStatus.Recommended, k.Status));

        var noPw = Inspect(path);
        Assert.Equal("password", Assert.Single(noPw.Errors).Code);
        Assert.Equal(5, noPw.Keys.Count);

        var der = Inspect(dir.Write("key.der", rsa.ExportPkcs8PrivateKey()));
        Assert.Equal("RSA-3072", Assert.Single(der.Keys).Item.PublicKey.Display);
    }

    [Fact]
    public void OpenSsh_PublicKeysAuthorizedKeysKnownHostsAndPrivateKey()
    {
        using var dir = new TempDir();
        Run("ssh-keygen", dir.Root, "-q", "-t", "rsa", "-b", "1024", "-N", "", "-f", dir.Path("id_rsa"), "-C", "old@host");
        Run("ssh-keygen", dir.Root, "-q", "-t", "ecdsa", "-b", "384", "-N", "", "-f", dir.Path("id_ecdsa"));
        Run("ssh-keygen", dir.Root, "-q", "-t", "ed25519", "-N", "passphrase", "-f", dir.Path("id_ed25519"));
        var rsaLine = File.ReadAllText(dir.Path("id_rsa.pub")).Trim();
        var ecLine = File.ReadAllText(dir.Path("id_ecdsa.pub")).Trim();
        var edLine = File.ReadAllText(dir.Path("id_ed25519.pub")).Trim();

        var auth = Inspect(dir.Write("authorized_keys", $"# keys\n\ncommand=\"/bin/true\",no-pty {rsaLine}\n{ecLine}\nnot a key line\n"));
        Assert.Equal(new[] { "RSA-1024", "EC P-384" }, auth.Keys.Select(k => k.Item.PublicKey.Display));
        Assert.Equal(ListStatus.NotListed, auth.Keys[0].Status);
        Assert.Equal("line 3", auth.Keys[0].Item.Origin);
        Assert.Contains("line 5", Assert.Single(auth.Errors).Message);

        var parts = edLine.Split(' ');
        var known = Inspect(dir.Write("known_hosts", $"|1|abc=|def= {parts[0]} {parts[1]}\n@cert-authority *.example.jp {parts[0]} {parts[1]}\nhost1,192.0.2.1 {ecLine}\n"));
        Assert.Empty(known.Errors);
        Assert.Equal(new[] { "Ed25519", "Ed25519", "EC P-384" }, known.Keys.Select(k => k.Item.PublicKey.Display));
        Assert.Equal("host1,192.0.2.1", known.Keys[2].Item.Comment);

        var priv = Inspect(dir.Path("id_ed25519"));
        var k = Assert.Single(priv.Keys);
        Assert.Equal("Ed25519", k.Item.PublicKey.Display);
        Assert.Contains("encrypted", k.Item.Format);
        Assert.Equal("RSA-1024", Assert.Single(Inspect(dir.Path("id_rsa")).Keys).Item.PublicKey.Display);
    }
}
