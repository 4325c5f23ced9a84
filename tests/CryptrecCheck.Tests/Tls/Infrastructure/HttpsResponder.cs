using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>An in-process HTTPS server on 127.0.0.1:0 (SslStream) that answers every request with bytes that no real
/// web server sends on purpose: a header section that never ends, or a response that is not HTTP.</summary>
internal sealed class HttpsResponder : IDisposable
{
    private readonly LoopbackTcpServer _server;

    internal HttpsResponder(X509Certificate2 certificate, bool endlessHeader) =>
        _server = new LoopbackTcpServer(async (s, ct) =>
        {
            using var ssl = new SslStream(s);
            await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, ct);
            var b = new byte[4096];
            _ = await ssl.ReadAsync(b, ct);
            if (!endlessHeader)
            {
                await ssl.WriteAsync(Encoding.ASCII.GetBytes("SSH-2.0-not-http\r\n\r\n"), ct);
                return;
            }
            await ssl.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n"), ct);
            var line = Encoding.ASCII.GetBytes("X-Filler: " + new string('a', 1000) + "\r\n");
            // Up to 16 MB of header lines: the client must stop at its bound long before.
            for (var i = 0; i < 16_000; i++) { await ssl.WriteAsync(line, ct); }
        }, TimeSpan.FromSeconds(10));

    internal string Target => _server.Target;

    public void Dispose() => _server.Dispose();
}
