using System.Security.Cryptography;
using CryptrecCheck.Certificates;
using Xunit;
using static CryptrecCheck.Tests.Certificates.CertificateTestSupport;

namespace CryptrecCheck.Tests.Certificates;

/// <summary>Truncated and mutated DER made in the test: the inspector never throws, and every input that is not a
/// certificate yields a per-file error naming the file.</summary>
public class MalformedInputTests
{
    private static byte[] Sample()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var c = SelfSigned(key, "CN=mutant, O=CryptrecCheck, C=JP", HashAlgorithmName.SHA256, dns: new[] { "mutant.example" });
        return c.RawData;
    }

    private static void AssertInspectedOrError(string name, byte[] data, CertificateInspectionOptions options)
    {
        var r = CertificateInspector.InspectBytes(name, data, options);
        Assert.True(r.Certificates.Count + r.Keys.Count > 0 || r.Errors.Count > 0, $"{name}: neither a result nor an error");
        Assert.All(r.Errors, e => Assert.Contains(name, e.Message));
        foreach (var c in r.Certificates)
        {
            // A result that was produced must be complete enough to render.
            Assert.NotNull(c.Certificate.PublicKey.Display);
            Assert.NotEmpty(c.Findings);
        }
    }

    [Fact]
    public void EveryTruncation_YieldsAnErrorNotACrash()
    {
        var der = Sample();
        var o = Options();
        for (var len = 0; len < der.Length; len++)
        {
            var name = $"trunc-{len}.der";
            var r = CertificateInspector.InspectBytes(name, der.AsSpan(0, len).ToArray(), o);
            Assert.Empty(r.Certificates);
            Assert.NotEmpty(r.Errors);
            Assert.All(r.Errors, e => Assert.Contains(name, e.Message));
        }
    }

    [Fact]
    public void RandomMutations_NeverCrash()
    {
        var der = Sample();
        var rng = new Random(20261202);
        var o = Options();
        for (var i = 0; i < 3000; i++)
        {
            var m = (byte[])der.Clone();
            var edits = 1 + rng.Next(4);
            for (var e = 0; e < edits && m.Length > 16; e++)
            {
                switch (rng.Next(3))
                {
                    case 0: m[rng.Next(m.Length)] ^= (byte)(1 << rng.Next(8)); break;
                    case 1: m[rng.Next(m.Length)] = (byte)rng.Next(256); break;
                    default:
                        var at = rng.Next(m.Length - 9);
                        m = m[..at].Concat(m[(at + 1 + rng.Next(8))..]).ToArray();
                        break;
                }
            }
            AssertInspectedOrError($"mut-{i}.der", m, o);
            var pem = "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(m, Base64FormattingOptions.InsertLineBreaks) + "\n-----END CERTIFICATE-----\n";
            AssertInspectedOrError($"mut-{i}.pem", System.Text.Encoding.ASCII.GetBytes(pem), o);
        }
    }

    [Fact]
    public void MutatedKeysAndContainers_NeverCrash()
    {
        using var rsa = RSA.Create(2048);
        var inputs = new[] { rsa.ExportPkcs8PrivateKey(), rsa.ExportRSAPublicKey(), rsa.ExportSubjectPublicKeyInfo(), rsa.ExportRSAPrivateKey() };
        var rng = new Random(7);
        var o = Options(password: "pw");
        foreach (var input in inputs)
        {
            for (var i = 0; i < 500; i++)
            {
                var m = (byte[])input.Clone();
                m[rng.Next(Math.Min(m.Length, 40))] = (byte)rng.Next(256);
                AssertInspectedOrError($"key-{i}.der", m, o);
            }
        }
        foreach (var text in new[] { "", "\0\0\0", "-----BEGIN CERTIFICATE-----", "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----", "ssh-rsa AAAA", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA\n", "0\x80" })
        {
            AssertInspectedOrError("odd.pem", System.Text.Encoding.Latin1.GetBytes(text), o);
        }
    }

    [Fact]
    public void HugeFile_IsBoundedAndReportedAsTooLarge()
    {
        using var dir = new TempDir();
        var path = dir.Path("huge.pem");
        using (var f = File.Create(path)) { f.SetLength(3 * 1024 * 1024); }
        var o = new CertificateInspectionOptions { Context = Options().Context, MaxFileBytes = 1024 * 1024 };
        var r = CertificateInspector.InspectFile(path, o);
        var e = Assert.Single(r.Errors);
        Assert.Equal("too-large", e.Code);
        Assert.Contains("huge.pem", e.Message);
    }

    [Fact]
    public void Directory_UnreadableEntries_ReportedPerEntry_RestInspected()
    {
        using var dir = new TempDir();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var c = SelfSigned(key, "CN=fine", HashAlgorithmName.SHA256);
        File.WriteAllText(dir.Write("a-good.pem", Pem(c)), Pem(c));
        dir.Write("b-broken.crt", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        dir.Write("README.txt", "not inspected: not a certificate file name");
        File.CreateSymbolicLink(dir.Path("c-dangling.pem"), dir.Path("does-not-exist"));
        Directory.CreateDirectory(dir.Path("sub"));
        File.WriteAllText(dir.Path(Path.Combine("sub", "d-nested.pem")), Pem(c));

        var flat = CertificateInspector.InspectPaths(new[] { dir.Root }, Options()).ToList();
        Assert.Equal(new[] { "a-good.pem", "b-broken.crt", "c-dangling.pem" }, flat.Select(r => Path.GetFileName(r.Source)));
        Assert.Single(flat[0].Certificates);
        Assert.Contains("b-broken.crt", Assert.Single(flat[1].Errors).Message);
        Assert.Equal("io", Assert.Single(flat[2].Errors).Code);

        var deep = CertificateInspector.InspectPaths(new[] { dir.Root }, new CertificateInspectionOptions { Context = Options().Context, Recursive = true }).ToList();
        Assert.Equal(4, deep.Count);
        Assert.Single(deep[3].Certificates);

        var missing = CertificateInspector.InspectPaths(new[] { dir.Path("nope.pem") }, Options()).Single();
        Assert.Contains("no such file", Assert.Single(missing.Errors).Message);
    }
}
