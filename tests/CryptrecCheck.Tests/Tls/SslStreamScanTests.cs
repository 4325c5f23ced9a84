using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using Xunit;
using TlsProtocolVersion = CryptrecCheck.Policy.Tls.TlsProtocolVersion;

namespace CryptrecCheck.Tests.Tls;

/// <summary>The scanner against an in-process <see cref="SslStream"/> server, directly and behind SMTP STARTTLS.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait("Platform", "Linux/macOS: SslStream CipherSuitesPolicy is not supported on Windows")]
public class SslStreamScanTests
{
    private static readonly TlsCipherSuite[] Policy =
    {
        TlsCipherSuite.TLS_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
    };

    private static X509Certificate2 Cert() => X509CertificateLoader.LoadPkcs12FromFile(TestCertificates.Pfx(TestCertificates.Kind.Rsa2048), string.Empty);

    private static void AssertPolicy(TlsScanResult r)
    {
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls13 }, OpenSslScanTests.Supported(r));
        // The DHE suite is in the policy, but SslStream on Linux gives OpenSSL no DH parameters, so it is never
        // negotiated (checked with openssl s_client in Scan_SslStreamServer_FindsTheCipherSuitesPolicy).
        Assert.Equal(OpenSslScanTests.Sorted("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
            OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls12));
        Assert.Equal(new[] { "TLS_AES_256_GCM_SHA384" }, OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls13));
        Assert.Single(r.CertificateChains);
    }

    [Fact]
    public void Scan_SslStreamServer_FindsTheCipherSuitesPolicy()
    {
        using var cert = Cert();
        using var server = new SslStreamServer(cert, SslProtocols.Tls12 | SslProtocols.Tls13, Policy);
        Assert.True(OpenSslClient.Accepts(server.Port, "tls1_2", "ECDHE-RSA-AES128-GCM-SHA256"));
        Assert.False(OpenSslClient.Accepts(server.Port, "tls1_2", "DHE-RSA-AES128-GCM-SHA256"));
        AssertPolicy(OpenSslScanTests.Scan(server.Target));
    }

    [Fact]
    public async Task Scan_SmtpStartTls_FindsTheSameAsDirect()
    {
        using var cert = Cert();
        using var server = new SslStreamServer(cert, SslProtocols.Tls12 | SslProtocols.Tls13, Policy, smtp: true);
        Assert.True(TlsTarget.TryParse(server.Target, out var t, out _, startTls: StartTlsProtocol.Smtp));
        var r = await new TlsScanner().ScanAsync(t!);
        Assert.Equal(StartTlsProtocol.Smtp, r.Target.StartTls);
        AssertPolicy(r);
    }

    [Fact]
    public async Task Scan_StartTlsAgainstPlainTls_IsStartTlsFailed()
    {
        using var cert = Cert();
        using var server = new SslStreamServer(cert, SslProtocols.Tls12, null);
        Assert.True(TlsTarget.TryParse(server.Target, out var t, out _, startTls: StartTlsProtocol.Smtp));
        var r = await new TlsScanner(new TlsScanOptions { ReadTimeout = TimeSpan.FromSeconds(1), ConnectTimeout = TimeSpan.FromSeconds(1) }).ScanAsync(t!);
        Assert.NotEmpty(r.Errors);
        Assert.All(r.Errors, e => Assert.True(e.Kind is CryptrecCheck.Tls.Wire.TlsErrorKind.Timeout or CryptrecCheck.Tls.Wire.TlsErrorKind.StartTlsFailed, e.ToString()));
    }
}
