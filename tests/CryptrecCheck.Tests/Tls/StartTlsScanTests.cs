using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using CryptrecCheck.Tls.Wire;
using Xunit;
using Xunit.Abstractions;
using TlsProtocolVersion = CryptrecCheck.Policy.Tls.TlsProtocolVersion;

namespace CryptrecCheck.Tests.Tls;

/// <summary>
/// STARTTLS scans against real servers on 127.0.0.1 (dovecot, vsftpd, slapd, prosody, postgres): each server's TLS
/// configuration is the ground truth, and the scanner must find exactly its protocols and suites through the
/// plaintext upgrade. Refusals and garbage come from an in-process front (<see cref="StartTlsFront"/>).
/// </summary>
public class StartTlsScanTests(ITestOutputHelper log)
{
    private static readonly string[] OpenSslDefaultTls13 = { "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256" };

    private async Task<TlsScanResult> ScanAsync(string target, StartTlsProtocol protocol, string? sni = null)
    {
        Assert.True(TlsTarget.TryParse(target, out var t, out var error, sni: sni, startTls: protocol), error);
        var r = await new TlsScanner(new TlsScanOptions { ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(5) }).ScanAsync(t!);
        log.WriteLine($"{r.Target} {protocol} {r.Connections} connections, {r.Elapsed.TotalMilliseconds:0} ms");
        foreach (var p in r.Protocols.Where(p => p.Supported)) { log.WriteLine($"  {p.VersionName}: {string.Join(", ", p.CipherSuites.Select(s => s.Name))}"); }
        foreach (var e in r.Errors) { log.WriteLine("  error " + e); }
        Assert.Equal(protocol, r.Target.StartTls);
        return r;
    }

    [Fact]
    public async Task Scan_DovecotImapAndPop3_FindsTheConfiguredSuites()
    {
        using var server = StartTlsDaemons.Dovecot("ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305", "TLS_AES_256_GCM_SHA384");
        foreach (var (protocol, target) in new[] { (StartTlsProtocol.Imap, server.Target(0)), (StartTlsProtocol.Pop3, server.Target(1)) })
        {
            var r = await ScanAsync(target, protocol);
            Assert.Empty(r.Errors);
            Assert.Equal(new[] { TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls13 }, OpenSslScanTests.Supported(r));
            Assert.Equal(OpenSslScanTests.Sorted("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"),
                OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls12));
            Assert.Equal(new[] { "TLS_AES_256_GCM_SHA384" }, OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls13));
            Assert.Single(r.CertificateChains);
        }
    }

    [Fact]
    public async Task Scan_VsftpdAuthTls_FindsTheConfiguredSuites()
    {
        using var server = StartTlsDaemons.Vsftpd("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA");
        var r = await ScanAsync(server.Target(), StartTlsProtocol.Ftp);
        Assert.Empty(r.Errors);
        // TLS 1.0/1.1 are off by Debian's openssl.cnf (MinProtocol TLSv1.2); TLS 1.3 has OpenSSL's default suites.
        Assert.Equal(new[] { TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls13 }, OpenSslScanTests.Supported(r));
        Assert.Equal(OpenSslScanTests.Sorted("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"),
            OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls12));
        Assert.Equal(OpenSslDefaultTls13, OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls13));
    }

    [Fact]
    public async Task Scan_SlapdStartTls_FindsTheSuitesOfItsGnuTlsPriority()
    {
        const string Priority = "NONE:+VERS-TLS1.2:+ECDHE-RSA:+AES-128-GCM:+AES-256-CBC:+AEAD:+SHA1:+SIGN-ALL:+GROUP-ALL:+COMP-NULL:+CTYPE-X509";
        using var server = StartTlsDaemons.Slapd(Priority);
        var r = await ScanAsync(server.Target(), StartTlsProtocol.Ldap);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { TlsProtocolVersion.Tls12 }, OpenSslScanTests.Supported(r));
        // Ground truth from GnuTLS itself for the same priority string.
        var expected = GnuTlsServer.SuitesOf(Priority).Select(s => s.Code).OrderBy(c => c).ToArray();
        Assert.Equal(new[] { 0xC014, 0xC02F }, expected);
        Assert.Equal(expected, r.Protocol(TlsProtocolVersion.Tls12)!.CipherSuites.Select(s => s.Code).OrderBy(c => c).ToArray());
    }

    [Fact]
    public async Task Scan_ProsodyXmpp_FindsTheConfiguredSuites()
    {
        using var server = StartTlsDaemons.Prosody("tlsv1_2", "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA");
        var r = await ScanAsync(server.Target(), StartTlsProtocol.Xmpp, sni: "localhost");
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { TlsProtocolVersion.Tls12 }, OpenSslScanTests.Supported(r));
        Assert.Equal(OpenSslScanTests.Sorted("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"),
            OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls12));
    }

    [Fact]
    public async Task Scan_PostgresSslRequest_FindsTheConfiguredSuites()
    {
        using var server = StartTlsDaemons.Postgres("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384", "TLSv1.2", "TLSv1.2");
        var r = await ScanAsync(server.Target(), StartTlsProtocol.Postgres);
        Assert.Empty(r.Errors);
        Assert.Equal(new[] { TlsProtocolVersion.Tls12 }, OpenSslScanTests.Supported(r));
        Assert.Equal(OpenSslScanTests.Sorted("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
            OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls12));
    }

    [Fact]
    public async Task Scan_VsftpdWithoutTls_IsStartTlsFailed()
    {
        using var server = StartTlsDaemons.Vsftpd("DEFAULT", ssl: false);
        var r = await ScanAsync(server.Target(), StartTlsProtocol.Ftp);
        AssertAllStartTlsFailed(r);
    }

    public static TheoryData<StartTlsProtocol, bool> Misbehaviours()
    {
        var data = new TheoryData<StartTlsProtocol, bool>();
        foreach (var p in Enum.GetValues<StartTlsProtocol>().Where(p => p != StartTlsProtocol.None))
        {
            data.Add(p, true);
            data.Add(p, false);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Misbehaviours))]
    public async Task Scan_ServerThatRefusesOrSendsGarbage_IsStartTlsFailed(StartTlsProtocol protocol, bool refuse)
    {
        using var front = new StartTlsFront(protocol, refuse ? StartTlsFront.Behaviour.Refuse : StartTlsFront.Behaviour.Garbage);
        var r = await ScanAsync(front.Target, protocol);
        AssertAllStartTlsFailed(r);
    }

    private static void AssertAllStartTlsFailed(TlsScanResult r)
    {
        Assert.NotEmpty(r.Errors);
        Assert.All(r.Errors, e => Assert.Equal(TlsErrorKind.StartTlsFailed, e.Kind));
        Assert.All(r.Protocols, p => Assert.False(p.Supported));
    }

    [Theory]
    [InlineData("mail.test:25", StartTlsProtocol.Smtp)]
    [InlineData("mail.test:587", StartTlsProtocol.Smtp)]
    [InlineData("mail.test:143", StartTlsProtocol.Imap)]
    [InlineData("mail.test:110", StartTlsProtocol.Pop3)]
    [InlineData("ftp.test:21", StartTlsProtocol.Ftp)]
    [InlineData("dir.test:389", StartTlsProtocol.Ldap)]
    [InlineData("chat.test:5222", StartTlsProtocol.Xmpp)]
    [InlineData("[::1]:5432", StartTlsProtocol.Postgres)]
    [InlineData("www.test:443", StartTlsProtocol.None)]
    [InlineData("mail.test:993", StartTlsProtocol.None)]
    public void TryParse_WellKnownPort_InfersStartTls(string text, StartTlsProtocol expected)
    {
        Assert.True(TlsTarget.TryParse(text, out var t, out var error), error);
        Assert.Equal(expected, t!.StartTls);
    }
}
