using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>An in-process HTTPS server on 127.0.0.1:0 (SslStream) that answers every request with bytes that no real
/// web server sends on purpose: a header section that never ends, or a response that is not HTTP.</summary>
internal sealed class HttpsResponder : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    internal HttpsResponder(X509Certificate2 certificate, bool endlessHeader)
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
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        try
                        {
                            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                            timeout.CancelAfter(TimeSpan.FromSeconds(10));
                            using var ssl = new SslStream(client.GetStream());
                            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, timeout.Token);
                            var b = new byte[4096];
                            _ = await ssl.ReadAsync(b, timeout.Token);
                            if (!endlessHeader)
                            {
                                await ssl.WriteAsync(Encoding.ASCII.GetBytes("SSH-2.0-not-http\r\n\r\n"), timeout.Token);
                                return;
                            }
                            await ssl.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n"), timeout.Token);
                            var line = Encoding.ASCII.GetBytes("X-Filler: " + new string('a', 1000) + "\r\n");
                            // Up to 16 MB of header lines: the client must stop at its bound long before.
                            for (var i = 0; i < 16_000; i++) { await ssl.WriteAsync(line, timeout.Token); }
                        }
                        catch (Exception)
                        {
                            // The scanner hangs up at its bound.
                        }
                    }
                });
            }
        });
    }

    internal string Target => "127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(2000); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
