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
}
