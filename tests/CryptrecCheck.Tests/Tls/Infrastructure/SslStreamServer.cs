using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>An in-process TLS server on 127.0.0.1:0 built on <see cref="SslStream"/>, optionally behind a tiny SMTP
/// front that answers EHLO and STARTTLS before upgrading (RFC 3207).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // CipherSuitesPolicy is not available on Windows
internal sealed class SslStreamServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    internal SslStreamServer(X509Certificate2 certificate, SslProtocols protocols, IEnumerable<TlsCipherSuite>? suites, bool smtp = false)
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        var options = new SslServerAuthenticationOptions
        {
            ServerCertificate = certificate,
            EnabledSslProtocols = protocols,
            CipherSuitesPolicy = suites != null ? new CipherSuitesPolicy(suites) : null,
            ClientCertificateRequired = false,
        };
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
                            var s = client.GetStream();
                            if (smtp) { await SmtpFrontAsync(s, timeout.Token); }
                            using var ssl = new SslStream(s);
                            await ssl.AuthenticateAsServerAsync(options, timeout.Token);
                            await ssl.ShutdownAsync();
                        }
                        catch (Exception)
                        {
                            // Probes hang up after the ServerHello: expected.
                        }
                    }
                });
            }
        });
    }

    internal int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    internal string Target => "127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task SmtpFrontAsync(NetworkStream s, CancellationToken ct)
    {
        async Task Say(string line) => await s.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), ct);
        async Task<string> Hear()
        {
            var sb = new StringBuilder();
            var b = new byte[1];
            while (sb.Length < 1000)
            {
                if (await s.ReadAsync(b, ct) == 0) { throw new IOException("closed"); }
                if (b[0] == '\n') { return sb.ToString().TrimEnd('\r'); }
                sb.Append((char)b[0]);
            }
            throw new IOException("line too long");
        }
        await Say("220 mail.test ESMTP test");
        var ehlo = await Hear();
        if (!ehlo.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase)) { await Say("500 EHLO first"); throw new IOException(ehlo); }
        await Say("250-mail.test");
        await Say("250-PIPELINING");
        await Say("250 STARTTLS");
        var cmd = await Hear();
        if (!cmd.Equals("STARTTLS", StringComparison.OrdinalIgnoreCase)) { await Say("502 no"); throw new IOException(cmd); }
        await Say("220 Ready to start TLS");
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(2000); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
