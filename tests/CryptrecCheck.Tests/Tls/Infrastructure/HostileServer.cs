using System.Net;
using System.Net.Sockets;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>An in-process TCP server on 127.0.0.1:0 that answers every connection with a scripted misbehaviour.</summary>
internal sealed class HostileServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    internal HostileServer(Func<NetworkStream, CancellationToken, Task> behaviour)
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
                catch (Exception) { return; }
                Interlocked.Increment(ref _connections);
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        try
                        {
                            var s = client.GetStream();
                            await ReadHelloAsync(s, _stop.Token);
                            await behaviour(s, _stop.Token);
                        }
                        catch (Exception)
                        {
                            // The scanner hung up or the test ended: that is the point.
                        }
                    }
                });
            }
        });
    }

    internal int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    internal string Target => "127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal int Connections => Volatile.Read(ref _connections);

    /// <summary>Reads the client's first record (or SSL 2.0 message) so that the misbehaviour is an answer to it.</summary>
    private static async Task ReadHelloAsync(NetworkStream s, CancellationToken ct)
    {
        var head = new byte[5];
        await s.ReadExactlyAsync(head.AsMemory(0, 2), ct);
        int remaining;
        if ((head[0] & 0x80) != 0)
        {
            remaining = ((head[0] & 0x7F) << 8) | head[1];
        }
        else
        {
            await s.ReadExactlyAsync(head.AsMemory(2, 3), ct);
            remaining = (head[3] << 8) | head[4];
        }
        var body = new byte[remaining];
        await s.ReadExactlyAsync(body, ct);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(2000); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
