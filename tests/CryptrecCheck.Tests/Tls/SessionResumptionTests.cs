using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using Xunit;
using Xunit.Abstractions;

namespace CryptrecCheck.Tests.Tls;

/// <summary>
/// Session resumption by session ID and by ticket against real <c>openssl s_server</c> processes whose session cache
/// (<c>-no_cache</c>) and tickets (<c>-no_ticket</c>) are switched on and off: the command line is the ground truth.
/// </summary>
public class SessionResumptionTests(ITestOutputHelper log)
{
    private const string Tls12 = "-no_tls1_3 -cipher ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384";

    private TlsScanResult Scan(string target, bool resumption = true)
    {
        var r = OpenSslScanTests.Scan(target, new TlsScanOptions
        {
            ConnectTimeout = TimeSpan.FromSeconds(5),
            ReadTimeout = TimeSpan.FromSeconds(5),
            SessionResumption = resumption,
        });
        log.WriteLine($"{r.Target}: id={r.Features.SessionResumptionId} ticket={r.Features.SessionResumptionTicket} connections={r.Connections}");
        foreach (var e in r.Errors) { log.WriteLine("  error " + e); }
        return r;
    }

    [Theory]
    [InlineData("", true, true)]
    [InlineData("-no_ticket", true, false)]
    [InlineData("-no_cache", false, true)]
    [InlineData("-no_cache -no_ticket", false, false)]
    public void Scan_SessionCacheAndTickets_AreFoundAsConfigured(string args, bool byId, bool byTicket)
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, Tls12 + " " + args);
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Equal(byId, r.Features.SessionResumptionId);
        Assert.Equal(byTicket, r.Features.SessionResumptionTicket);
    }

    [Fact]
    public void Scan_ResumptionStep_AddsFourConnections()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, Tls12);
        var with = Scan(server.Target);
        var without = Scan(server.Target, resumption: false);
        Assert.Empty(with.Errors);
        Assert.Null(without.Features.SessionResumptionId);
        Assert.Null(without.Features.SessionResumptionTicket);
        // Full handshake and resumption by ID; full handshake with a ticket and resumption by ticket.
        Assert.Equal(without.Connections + 4, with.Connections);
    }

    [Fact]
    public void Scan_EcdsaServer_ResumesBothWays()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-no_tls1_3 -cipher ECDHE-ECDSA-AES128-GCM-SHA256");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.True(r.Features.SessionResumptionId);
        Assert.True(r.Features.SessionResumptionTicket);
    }

    [Fact]
    public void Scan_Tls13Only_HasNoResumptionFacts()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-tls1_3");
        var r = Scan(server.Target);
        Assert.Empty(r.Errors);
        Assert.Null(r.Features.SessionResumptionId);
        Assert.Null(r.Features.SessionResumptionTicket);
    }
}
