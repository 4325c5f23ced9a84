using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>
/// An in-process TCP server on 127.0.0.1:0 that runs <c>handler</c> for every accepted connection, each on its own task.
/// A handler's exception (the scanner hanging up at its bound, the test ending) ends only that connection; with a time
/// limit, the handler's token is cancelled after it. The scripted servers of the tests (hostile TLS, STARTTLS fronts, an
/// HTTPS responder) differ only in their handler.
/// </summary>
internal sealed class LoopbackTcpServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    internal LoopbackTcpServer(Func<NetworkStream, CancellationToken, Task> handler, TimeSpan? limitPerConnection = null)
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
                            using var limit = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                            if (limitPerConnection is { } t) { limit.CancelAfter(t); }
                            await handler(client.GetStream(), limit.Token);
                        }
                        catch (Exception)
                        {
                            // The scanner hung up, a bound was reached or the test ended: that is the point.
                        }
                    }
                });
            }
        });
    }

    internal int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    internal string Target => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    internal int Connections => Volatile.Read(ref _connections);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(2000); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
