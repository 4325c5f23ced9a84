using System.Net.Sockets;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>An in-process TCP server on 127.0.0.1:0 that answers every connection with a scripted misbehaviour.</summary>
internal sealed class HostileServer : IDisposable
{
    private readonly LoopbackTcpServer _server;

    internal HostileServer(Func<NetworkStream, CancellationToken, Task> behaviour) =>
        _server = new LoopbackTcpServer(async (s, ct) =>
        {
            await ReadHelloAsync(s, ct);
            await behaviour(s, ct);
        });

    internal int Port => _server.Port;

    internal string Target => _server.Target;

    internal int Connections => _server.Connections;

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

    public void Dispose() => _server.Dispose();
}
