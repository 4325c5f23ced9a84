using System.Security.Cryptography.X509Certificates;
using CryptrecCheck.Certificates;
using CryptrecCheck.Certificates.Der;
using Xunit;
using static CryptrecCheck.Tests.Certificates.CertificateTestSupport;

namespace CryptrecCheck.Tests.Certificates;

/// <summary>Certificates made by real CAs' tooling that this code was not written against: the operating system's root
/// store (ca-certificates, installed by .ci/run). Every one must parse, and agree with X509Certificate2 on the facts.</summary>
public class SystemStoreTests
{
    [Fact]
    public void SystemRoots_ParseAndAgreeWithPlatform()
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
        store.Open(OpenFlags.ReadOnly);
        var roots = store.Certificates;
        Assert.True(roots.Count >= 50, $"the system root store holds {roots.Count} certificates; install ca-certificates");
        var options = Options();
        foreach (var x in roots)
        {
            var c = CertificateParser.Parse(x.RawData);
            Assert.Equal(x.SerialNumber, c.SerialHex);
            Assert.Equal(x.NotBefore.ToUniversalTime(), c.NotBefore);
            Assert.Equal(x.NotAfter.ToUniversalTime(), c.NotAfter);
            Assert.Equal(x.SignatureAlgorithm.Value, c.SignatureAlgorithm.Oid);
            Assert.Equal(x.PublicKey.Oid.Value, c.PublicKey.Oid);
            var bits = x.GetRSAPublicKey()?.KeySize ?? x.GetECDsaPublicKey()?.KeySize;
            if (bits != null) { Assert.Equal(bits, c.PublicKey.KeyBits); }
            Assert.Equal(x.SubjectName.RawData, c.SubjectDer.ToArray());
            var r = CertificateInspector.InspectCertificate(x.RawData, options);
            Assert.Empty(r.Errors);
            Assert.NotEqual(Policy.ListStatus.Unknown, r.Certificates[0].Status);
            x.Dispose();
        }
    }
}
