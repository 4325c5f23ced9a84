using System.Net;
using System.Net.Sockets;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>
/// A minimal TLS 1.3 responder for what no local TLS library serves (hybrid ML-KEM groups): it reads the ClientHello,
/// and answers with a HelloRetryRequest naming the first of its configured groups the client offered (with the first
/// of its suites the client offered), or a handshake_failure alert. It completes no handshake; its configuration is
/// the ground truth of the group enumeration.
/// </summary>
internal sealed class ScriptedTls13Server : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    internal ScriptedTls13Server(int[] groups, int[] suites)
    {
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient c;
                try { c = await _listener.AcceptTcpClientAsync(_stop.Token); }
                catch (Exception) { return; }
                _ = Task.Run(async () =>
                {
                    using (c)
                    {
                        try { await AnswerAsync(c.GetStream(), groups, suites); }
                        catch (Exception) { }
                    }
                });
            }
        });
    }

    internal string Target => "127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task AnswerAsync(NetworkStream s, int[] groups, int[] suites)
    {
        var head = new byte[5];
        await s.ReadExactlyAsync(head, _stop.Token);
        var body = new byte[(head[3] << 8) | head[4]];
        await s.ReadExactlyAsync(body, _stop.Token);
        var (offeredSuites, offeredGroups, tls13) = ParseClientHello(body);
        var group = groups.FirstOrDefault(g => offeredGroups.Contains(g), -1);
        var suite = suites.FirstOrDefault(x => offeredSuites.Contains(x), -1);
        if (!tls13 || group < 0 || suite < 0)
        {
            await s.WriteAsync(ClientHelloBuilder.Frame(ContentTypes.Alert, 0x0303, new byte[] { 2, AlertDescriptions.HandshakeFailure }), _stop.Token);
            return;
        }
        var hrr = new List<byte> { 0x03, 0x03 };
        hrr.AddRange(Tls13Constants.HelloRetryRequestRandom);
        hrr.Add(0);                                               // empty legacy_session_id_echo (the client sent one; a real server echoes it)
        hrr.AddRange(new[] { (byte)(suite >> 8), (byte)suite, (byte)0 });
        var ext = new byte[] { 0x00, 0x2B, 0x00, 0x02, 0x03, 0x04, 0x00, 0x33, 0x00, 0x02, (byte)(group >> 8), (byte)group };
        hrr.AddRange(new[] { (byte)(ext.Length >> 8), (byte)ext.Length });
        hrr.AddRange(ext);
        var msg = new List<byte> { HandshakeTypes.ServerHello, 0, (byte)(hrr.Count >> 8), (byte)hrr.Count };
        msg.AddRange(hrr);
        await s.WriteAsync(ClientHelloBuilder.Frame(ContentTypes.Handshake, 0x0303, msg.ToArray()), _stop.Token);
    }

    private static (HashSet<int> Suites, HashSet<int> Groups, bool Tls13) ParseClientHello(byte[] b)
    {
        var i = 4 + 2 + 32;
        i += 1 + b[i];
        var suitesLen = (b[i] << 8) | b[i + 1];
        var suites = new HashSet<int>();
        for (var k = 0; k < suitesLen; k += 2) { suites.Add((b[i + 2 + k] << 8) | b[i + 3 + k]); }
        i += 2 + suitesLen;
        i += 1 + b[i];
        var groups = new HashSet<int>();
        var tls13 = false;
        var end = i + 2 + ((b[i] << 8) | b[i + 1]);
        i += 2;
        while (i < end)
        {
            var type = (b[i] << 8) | b[i + 1];
            var len = (b[i + 2] << 8) | b[i + 3];
            var d = i + 4;
            if (type == ExtensionTypes.SupportedGroups)
            {
                var n = (b[d] << 8) | b[d + 1];
                for (var k = 0; k < n; k += 2) { groups.Add((b[d + 2 + k] << 8) | b[d + 3 + k]); }
            }
            if (type == ExtensionTypes.SupportedVersions)
            {
                for (var k = 0; k < b[d]; k += 2) { tls13 |= ((b[d + 1 + k] << 8) | b[d + 2 + k]) == 0x0304; }
            }
            i = d + len;
        }
        return (suites, groups, tls13);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
