using System.Net.Sockets;
using System.Text;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using CryptrecCheck.Tls.Wire;
using Xunit;

namespace CryptrecCheck.Tests.Tls;

/// <summary>Servers that misbehave: each scan ends with typed errors within its timeouts, reads stay bounded, and a
/// good target scanned alongside is unaffected.</summary>
public class HostileServerTests
{
    /// <summary>For the servers whose misbehaviour is slowness: the deadline is what ends the scan.</summary>
    private static readonly TlsScanOptions Fast = new() { ConnectTimeout = TimeSpan.FromSeconds(2), ReadTimeout = TimeSpan.FromSeconds(1) };

    /// <summary>For the servers that answer at once: a limit or a parse error must end the scan, never the clock. A 1-s
    /// deadline was too short on a loaded 2-core CI runner (the alert storm's first records arrived after it); a scan
    /// that waits for the deadline instead of stopping at the limit would still fail these tests, just later.</summary>
    private static readonly TlsScanOptions Patient = new() { ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(10) };

    private static TlsScanResult Scan(HostileServer server, TlsScanOptions? options = null)
    {
        Assert.True(TlsTarget.TryParse(server.Target, out var t, out _));
        return new TlsScanner(options ?? Patient).ScanAsync(t!).GetAwaiter().GetResult();
    }

    private static void AssertOnlyErrors(TlsScanResult r, params TlsErrorKind[] kinds)
    {
        Assert.NotEmpty(r.Errors);
        Assert.All(r.Errors, e => Assert.Contains(e.Kind, kinds));
        Assert.DoesNotContain(r.Protocols, p => p.Supported);
        // A hang guard, not a speed claim: six parallel probes with 1 s read timeouts cannot take a minute.
        Assert.True(r.Elapsed < TimeSpan.FromSeconds(60), r.Elapsed.ToString());
    }

    [Fact]
    public void Garbage_IsMalformed()
    {
        using var server = new HostileServer((s, ct) => s.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\n\r\n"), ct).AsTask());
        AssertOnlyErrors(Scan(server), TlsErrorKind.Malformed);
    }

    [Fact]
    public async Task HugeRecord_IsRecordTooLarge_AfterReadingOnlyTheHeader()
    {
        // A handshake record announcing 65,535 bytes followed by 16 MB: refused at the header.
        using var server = new HostileServer(async (s, ct) =>
        {
            await s.WriteAsync(new byte[] { 0x16, 0x03, 0x03, 0xFF, 0xFF }, ct);
            var chunk = new byte[65536];
            for (var i = 0; i < 256; i++) { await s.WriteAsync(chunk, ct); }
        });
        var r = Scan(server);
        AssertOnlyErrors(r, TlsErrorKind.RecordTooLarge);

        var reader = new TlsRecordReader(new MemoryStream(new byte[] { 0x16, 0x03, 0x03, 0xFF, 0xFF }.Concat(new byte[70000]).ToArray()));
        var e = await Assert.ThrowsAsync<TlsProtocolException>(async () => await reader.ReadRecordAsync(CancellationToken.None));
        Assert.Equal(TlsErrorKind.RecordTooLarge, e.Kind);
        Assert.Equal(5, reader.TotalBytes);
    }

    [Fact]
    public void HugeHandshakeMessage_IsTooMuchData()
    {
        // Legal-sized records carrying a Certificate message that announces 16 MB.
        using var server = new HostileServer(async (s, ct) =>
        {
            var fragment = new byte[16384];
            fragment[0] = HandshakeTypes.ServerHello;
            fragment[1] = 0xFF; fragment[2] = 0xFF; fragment[3] = 0xFF;
            var rec = ClientHelloBuilder.Frame(ContentTypes.Handshake, 0x0303, fragment);
            await s.WriteAsync(rec, ct);
            var more = ClientHelloBuilder.Frame(ContentTypes.Handshake, 0x0303, new byte[16384]);
            for (var i = 0; i < 1024; i++) { await s.WriteAsync(more, ct); }
        });
        AssertOnlyErrors(Scan(server), TlsErrorKind.TooMuchData);
    }

    [Fact]
    public void OneByteAtATime_TimesOut()
    {
        using var server = new HostileServer(async (s, ct) =>
        {
            var rec = ClientHelloBuilder.Frame(ContentTypes.Handshake, 0x0303, new byte[4000]);
            foreach (var b in rec)
            {
                await s.WriteAsync(new[] { b }, ct);
                await Task.Delay(50, ct);
            }
        });
        AssertOnlyErrors(Scan(server, Fast), TlsErrorKind.Timeout);
    }

    [Fact]
    public void NeverEndingHandshake_IsBounded()
    {
        // Small handshake records that never complete a message: the record limit or the deadline stops it.
        using var server = new HostileServer(async (s, ct) =>
        {
            await s.WriteAsync(ClientHelloBuilder.Frame(ContentTypes.Handshake, 0x0303, new byte[] { 2, 0x01, 0x00, 0x00 }), ct);
            while (!ct.IsCancellationRequested)
            {
                await s.WriteAsync(ClientHelloBuilder.Frame(ContentTypes.Handshake, 0x0303, new byte[16]), ct);
            }
        });
        AssertOnlyErrors(Scan(server, Fast), TlsErrorKind.TooMuchData, TlsErrorKind.Timeout);
    }

    [Fact]
    public void AlertStorm_IsTooMuchData()
    {
        using var server = new HostileServer(async (s, ct) =>
        {
            // Warning alerts in batches of 100 records, beyond the 64-record bound with the first write.
            var warning = ClientHelloBuilder.Frame(ContentTypes.Alert, 0x0303, new byte[] { 1, AlertDescriptions.UnrecognizedName });
            var batch = Enumerable.Repeat(warning, 100).SelectMany(x => x).ToArray();
            while (!ct.IsCancellationRequested) { await s.WriteAsync(batch, ct); }
        });
        AssertOnlyErrors(Scan(server), TlsErrorKind.TooMuchData);
    }

    [Fact]
    public void CloseMidMessage_IsConnectionClosed()
    {
        using var server = new HostileServer(async (s, ct) =>
        {
            var rec = ClientHelloBuilder.Frame(ContentTypes.Handshake, 0x0303, new byte[] { 2, 0, 0, 70, 3, 3, 1, 2, 3 });
            await s.WriteAsync(rec.AsMemory(0, rec.Length - 4), ct);
        });
        AssertOnlyErrors(Scan(server), TlsErrorKind.ConnectionClosed);
    }

    [Fact]
    public async Task ClosedPort_IsConnectFailed()
    {
        var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        Assert.True(TlsTarget.TryParse("127.0.0.1:" + port, out var t, out _));
        var r = await new TlsScanner(Fast).ScanAsync(t!);
        Assert.All(r.Errors, e => Assert.Equal(TlsErrorKind.ConnectFailed, e.Kind));
        Assert.NotEmpty(r.Errors);
    }

    [Fact]
    public async Task HostileTargets_DoNotStopAGoodOne()
    {
        using var garbage = new HostileServer((s, ct) => s.WriteAsync(new byte[] { 0x47, 0x45, 0x54, 0x20, 0, 0, 0, 0 }, ct).AsTask());
        using var slow = new HostileServer(async (s, ct) => await Task.Delay(Timeout.Infinite, ct));
        using var good = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-no_tls1_3 -cipher ECDHE-ECDSA-AES128-GCM-SHA256");
        var targets = new[] { garbage.Target, slow.Target, good.Target }.Select(x => { TlsTarget.TryParse(x, out var t, out _); return t!; }).ToArray();
        // The good server must finish within the deadline on a loaded runner too; the silent one still ends by it.
        var results = await new TlsScanner(new TlsScanOptions { ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(5) }).ScanManyAsync(targets);
        Assert.Equal(3, results.Count);
        Assert.Contains(results[0].Errors, e => e.Kind == TlsErrorKind.Malformed);
        Assert.Contains(results[1].Errors, e => e.Kind == TlsErrorKind.Timeout);
        Assert.Empty(results[2].Errors);
        Assert.Equal(new[] { "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" }, results[2].Protocol(TlsProtocolVersion.Tls12)!.CipherSuites.Select(s => s.Name));
    }
}

/// <summary>Cancellation (Ctrl-C in the CLI) ends a scan with typed errors and a complete result, never an exception.</summary>
public class ScanCancellationTests
{
    [Fact]
    public async Task Cancel_DuringSilentServer_ReturnsPartialResultWithCancelledErrors()
    {
        using var slow = new HostileServer(async (s, ct) => await Task.Delay(Timeout.Infinite, ct));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        Assert.True(TlsTarget.TryParse(slow.Target, out var t, out _));
        var results = await new TlsScanner(new TlsScanOptions { ReadTimeout = TimeSpan.FromSeconds(30) }).ScanManyAsync(new[] { t! }, null, cts.Token);
        var r = Assert.Single(results);
        Assert.Equal(6, r.Protocols.Count);
        Assert.NotEmpty(r.Errors);
        Assert.All(r.Errors, e => Assert.Equal(TlsErrorKind.Cancelled, e.Kind));
    }
}
