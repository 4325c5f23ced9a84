using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using Xunit;

namespace CryptrecCheck.Tests.Tls;

/// <summary>The scanner against <c>gnutls-serv</c> for suites OpenSSL 3.0 does not serve. The priority string is the
/// configuration; <c>gnutls-cli -l</c> expands it into the ground-truth suite list. CI installs gnutls-bin (.ci/run).</summary>
public class GnuTlsScanTests
{
    private const string Legacy = "NONE:+VERS-TLS1.2:+VERS-TLS1.1:+VERS-TLS1.0:+3DES-CBC:+CAMELLIA-128-GCM:+CAMELLIA-256-CBC:+AES-128-GCM:+AES-256-CBC" +
                                  ":+RSA:+ECDHE-RSA:+DHE-RSA:+SHA1:+SHA256:+AEAD:+COMP-NULL:+SIGN-ALL:+GROUP-ALL";

    private static void Check(TlsScanResult r, string priority, params (TlsProtocolVersion Version, string Name)[] versions)
    {
        var truth = GnuTlsServer.SuitesOf(priority);
        Assert.NotEmpty(truth);
        foreach (var (v, name) in versions)
        {
            var rank = Rank(name);
            var expected = truth.Where(t => Rank(t.MinVersion) <= rank && (v == TlsProtocolVersion.Tls13) == (t.MinVersion == "TLS1.3"))
                .Select(t => TlsRegistry.FindSuite(t.Code)!.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, OpenSslScanTests.Suites(r, v));
        }
    }

    private static int Rank(string v) => v switch { "SSL3.0" => 0, "TLS1.0" => 1, "TLS1.1" => 2, "TLS1.2" => 3, _ => 4 };

    [Fact]
    public void Scan_Gnutls3DesAndCamellia_FindsExactlyTheConfiguredSuites()
    {
        Assert.True(GnuTlsServer.Available, "gnutls-serv is required (apt-get install gnutls-bin; .ci/run installs it)");
        using var server = GnuTlsServer.Start(TestCertificates.Kind.Rsa2048, Legacy);
        var r = OpenSslScanTests.Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { TlsProtocolVersion.Tls10, TlsProtocolVersion.Tls11, TlsProtocolVersion.Tls12 }, OpenSslScanTests.Supported(r));
        Check(r, Legacy, (TlsProtocolVersion.Tls10, "TLS1.0"), (TlsProtocolVersion.Tls11, "TLS1.1"), (TlsProtocolVersion.Tls12, "TLS1.2"));
        Assert.Contains("TLS_RSA_WITH_3DES_EDE_CBC_SHA", OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls10));
        Assert.Contains("TLS_ECDHE_RSA_WITH_CAMELLIA_128_GCM_SHA256", OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls12));
        Assert.NotEmpty(r.DhePrimeBits);
    }

    [Fact]
    public void Scan_GnutlsTls13_FindsCcmSuitesAndGroups()
    {
        Assert.True(GnuTlsServer.Available, "gnutls-serv is required (apt-get install gnutls-bin; .ci/run installs it)");
        const string priority = "NONE:+VERS-TLS1.3:+VERS-TLS1.2:+AES-128-CCM:+AES-128-CCM-8:+AES-256-GCM:+ECDHE-RSA:+AEAD:+COMP-NULL:+SIGN-ALL:+GROUP-SECP384R1:+GROUP-X25519:+GROUP-FFDHE3072";
        using var server = GnuTlsServer.Start(TestCertificates.Kind.Rsa2048, priority);
        var r = OpenSslScanTests.Scan(server.Target);
        Assert.Empty(r.Errors);
        Check(r, priority, (TlsProtocolVersion.Tls12, "TLS1.2"), (TlsProtocolVersion.Tls13, "TLS1.3"));
        Assert.Equal(new[] { "secp384r1", "x25519", "ffdhe3072" }, r.Groups.Where(g => g.SeenIn == "TLS1.3").Select(g => g.Name).ToArray());
        // TLS 1.2 ECDHE uses the curves of the same priority string; ffdhe3072 is no ECDHE curve.
        Assert.Equal(new[] { "secp384r1", "x25519" }, r.Groups.Where(g => g.SeenIn == "TLS1.2").Select(g => g.Name).Order(StringComparer.Ordinal).ToArray());
    }
}
