using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using Xunit;
using Xunit.Abstractions;

namespace CryptrecCheck.Tests.Tls;

/// <summary>The scanner against real <c>openssl s_server</c> processes on loopback: each server's command line is the
/// ground truth, and the scanner must find exactly its protocols and suites.</summary>
public class OpenSslScanTests(ITestOutputHelper log)
{
    private void Show(TlsScanResult r)
    {
        log.WriteLine($"{r.Target} {r.Connections} connections, {r.Elapsed.TotalMilliseconds:0} ms");
        foreach (var p in r.Protocols.Where(p => p.Supported)) { log.WriteLine($"  {p.VersionName} order={p.ServerOrder}: {string.Join(", ", p.CipherSuites.Select(s => s.Name))}"); }
        log.WriteLine("  groups: " + string.Join(", ", r.Groups.Select(g => g.Name)) + " dhe: " + string.Join(",", r.DhePrimeBits));
        log.WriteLine("  features: " + r.Features);
        foreach (var e in r.Errors) { log.WriteLine("  error " + e); }
    }

    internal static TlsScanResult Scan(string target, TlsScanOptions? options = null)
    {
        Assert.True(TlsTarget.TryParse(target, out var t, out var error), error);
        return new TlsScanner(options ?? new TlsScanOptions { ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(5) })
            .ScanAsync(t!).GetAwaiter().GetResult();
    }

    internal static string[] Suites(TlsScanResult r, TlsProtocolVersion v) =>
        r.Protocol(v)!.CipherSuites.Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    internal static string[] Sorted(params string[] names) => names.OrderBy(n => n, StringComparer.Ordinal).ToArray();

    internal static TlsProtocolVersion[] Supported(TlsScanResult r) => r.Protocols.Where(p => p.Supported).Select(p => p.Version).ToArray();

    [Fact]
    public void Scan_Tls12And13Rsa_FindsExactlyTheConfiguredSuites()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            "-no_tls1 -no_tls1_1 -cipher ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:AES128-SHA " +
            "-ciphersuites TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256");
        var r = Scan(server.Target);
        Show(r);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls13 }, Supported(r));
        Assert.Equal(Sorted("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_CBC_SHA"),
            Suites(r, TlsProtocolVersion.Tls12));
        Assert.Equal(Sorted("TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256"), Suites(r, TlsProtocolVersion.Tls13));
        Assert.Single(r.CertificateChains);
        Assert.Equal(0x30, r.CertificateChains[0][0][0]);
        Assert.Contains(r.Groups, g => g.Name == "x25519");
        Assert.Contains(r.Groups, g => g.Name == "secp256r1");
        Assert.True(r.Features.SecureRenegotiation);
        Assert.True(r.Features.ExtendedMasterSecret);
        Assert.False(r.Features.Compression);
        Assert.True(r.Features.FallbackScsv);
    }

    internal static string DhParams(int bits)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cryptrec-tls-ffdhe{bits}.pem");
        if (!File.Exists(path)) { ExternalTool.Run("openssl", $"genpkey -genparam -algorithm DH -pkeyopt group:ffdhe{bits} -out {path}"); }
        return path;
    }

    [Fact]
    public void Scan_LegacySeclevel0_FindsTls10To12AndDheSize()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            "-no_tls1_3 -cipher AES128-SHA:ECDHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA:@SECLEVEL=0 -dhparam " + DhParams(2048), legacy: true);
        var r = Scan(server.Target);
        Show(r);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { TlsProtocolVersion.Tls10, TlsProtocolVersion.Tls11, TlsProtocolVersion.Tls12 }, Supported(r));
        // (Debian's OpenSSL 3.0 has no 3DES suites at all; GnuTLS serves those in GnuTlsScanTests.)
        var expected = Sorted("TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA");
        foreach (var v in new[] { TlsProtocolVersion.Tls10, TlsProtocolVersion.Tls11, TlsProtocolVersion.Tls12 })
        {
            Assert.Equal(expected, Suites(r, v));
        }
        Assert.Equal(new[] { 2048 }, r.DhePrimeBits);
        Assert.True(r.Features.EncryptThenMac);
        Assert.True(r.Features.FallbackScsv);
        Assert.False(r.Protocol(TlsProtocolVersion.Ssl30)!.Supported);
        Assert.False(r.Protocol(TlsProtocolVersion.Ssl20)!.Supported);
        Assert.NotEmpty(r.Groups); // TLS 1.2 ECDHE curves from ServerKeyExchange
        Assert.All(r.Groups, g => Assert.Equal("TLS1.2", g.SeenIn));
    }

    [Fact]
    public void Scan_EcdsaWithServerPreference_FindsOrderAndGroupsInOrder()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256,
            "-serverpref -cipher ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-GCM-SHA256 " +
            "-ciphersuites TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256 -groups P-384:P-256");
        var r = Scan(server.Target);
        Show(r);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls13 }, Supported(r));
        // Under server preference the elimination finds the suites in the server's order.
        Assert.Equal(new[] { "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" },
            r.Protocol(TlsProtocolVersion.Tls12)!.CipherSuites.Select(s => s.Name));
        Assert.True(r.Protocol(TlsProtocolVersion.Tls12)!.ServerOrder);
        Assert.True(r.Protocol(TlsProtocolVersion.Tls13)!.ServerOrder);
        Assert.Equal(new[] { "secp384r1", "secp256r1" }, r.Groups.Where(g => g.SeenIn == "TLS1.3").Select(g => g.Name));
        Assert.Equal(new[] { "secp256r1", "secp384r1" }, r.Groups.Where(g => g.SeenIn == "TLS1.2").Select(g => g.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Scan_ClientPreference_ServerOrderFalse()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            "-no_tls1_3 -cipher ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256");
        var r = Scan(server.Target);
        Assert.False(r.Protocol(TlsProtocolVersion.Tls12)!.ServerOrder);
        Assert.Null(r.Protocol(TlsProtocolVersion.Tls13)!.ServerOrder);
    }

    [Fact]
    public void Scan_Ed25519_FindsSuitesOnBothVersions()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Ed25519,
            "-cipher ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384 -ciphersuites TLS_AES_128_GCM_SHA256");
        var r = Scan(server.Target);
        Show(r);
        Assert.Empty(r.Errors);
        Assert.Equal(Sorted("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"), Suites(r, TlsProtocolVersion.Tls12));
        Assert.Equal(new[] { "TLS_AES_128_GCM_SHA256" }, Suites(r, TlsProtocolVersion.Tls13));
        Assert.Single(r.CertificateChains);
    }

    [Fact]
    public void Scan_Tls13Only_RetrievesChainWithFullHandshake()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-tls1_3 -ciphersuites TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256");
        var r = Scan(server.Target);
        Show(r);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { TlsProtocolVersion.Tls13 }, Supported(r));
        Assert.Equal(3, r.Protocol(TlsProtocolVersion.Tls13)!.CipherSuites.Count);
        var leaf = Assert.Single(Assert.Single(r.CertificateChains));
        var expected = Convert.FromBase64String(string.Concat(File.ReadAllLines(TestCertificates.Get(TestCertificates.Kind.EcdsaP256).Cert).Where(l => !l.StartsWith("-----", StringComparison.Ordinal))));
        Assert.Equal(expected, leaf);
        Assert.Null(r.Features.FallbackScsv); // one version only
        Assert.Null(r.Features.Compression);
    }

    [Fact]
    public void Scan_Ipv6Loopback_Works()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256", host: "::1");
        var r = Scan(server.Target);
        Assert.Equal("::1", r.Ip);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" }, Suites(r, TlsProtocolVersion.Tls12));
    }

    [Fact]
    public async Task Scan_SniOverride_SelectsTheNamedCertificate()
    {
        var (cert2, key2) = TestCertificates.Get(TestCertificates.Kind.EcdsaP256);
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            $"-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256 -servername other.test -cert2 {cert2} -key2 {key2}");
        Assert.True(TlsTarget.TryParse(server.Target, out var t, out _, sni: "other.test"));
        var r = await new TlsScanner().ScanAsync(t!);
        Assert.Equal(new[] { "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" }, Suites(r, TlsProtocolVersion.Tls12));
        var plain = Scan(server.Target);
        Assert.Equal(new[] { "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" }, Suites(plain, TlsProtocolVersion.Tls12));
    }

    [Fact]
    public void Scan_SignatureAlgorithms_FindsExactlyTheConfiguredSchemes()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256 -sigalgs rsa_pss_rsae_sha384:rsa_pkcs1_sha256:rsa_pss_rsae_sha256 -dhparam " + DhParams(2048));
        var r = Scan(server.Target);
        Show(r);
        Assert.Empty(r.Errors);
        // OpenSSL picks by the client's order in TLS 1.2, so only the set is the server's configuration.
        Assert.Equal(Sorted("rsa_pss_rsae_sha384", "rsa_pkcs1_sha256", "rsa_pss_rsae_sha256"), r.SignatureSchemes.Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Scan_EcdsaSignatureAlgorithms_AreTheCurvesOwn()
    {
        // SHA-1 signatures need security level 0 (and no system openssl.cnf).
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-no_tls1_3 -cipher ECDHE-ECDSA-AES128-GCM-SHA256:@SECLEVEL=0 -sigalgs ecdsa_secp256r1_sha256:ECDSA+SHA1", legacy: true);
        var r = Scan(server.Target);
        Assert.Equal(Sorted("ecdsa_secp256r1_sha256", "ecdsa_sha1"), r.SignatureSchemes.Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Scan_DefaultServer_FindsTls12Sha224Signatures_OutsideTheSchemeRegistry()
    {
        // OpenSSL 3.0's default server signs a TLS 1.2 key exchange with ECDSA-SHA224 (0x0303, RFC 5246's sha224 × ecdsa,
        // not in the TLS 1.3 SignatureScheme registry) when the client offers only that; the scanner never offered it,
        // so a server accepting a non-listed hash was not told.
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-no_tls1_3 -cipher ECDHE-ECDSA-AES128-GCM-SHA256");
        Assert.Equal("SHA224", OpenSslClient.PeerSigningDigest(server.Port, "ECDSA+SHA224", "ECDHE-ECDSA-AES128-GCM-SHA256"));
        var r = Scan(server.Target);
        Show(r);
        Assert.Empty(r.Errors);
        Assert.Contains(r.SignatureSchemes, s => s.Code == 0x0303 && s.Name == "ecdsa_sha224" && s.SeenIn == "TLS1.2");
        Assert.Contains(r.SignatureSchemes, s => s.Name == "ecdsa_secp256r1_sha256");
        Assert.DoesNotContain(r.SignatureSchemes, s => s.Name == "ecdsa_md5"); // refused at OpenSSL's default security level
        Assert.Null(OpenSslClient.PeerSigningDigest(server.Port, "ECDSA+MD5", "ECDHE-ECDSA-AES128-GCM-SHA256"));
    }
}
