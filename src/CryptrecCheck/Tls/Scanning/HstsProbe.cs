using System.Globalization;
using System.Net.Security;
using System.Security.Authentication;
using System.Text;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>
/// One full handshake with <see cref="SslStream"/> (HTTP/1.1 by ALPN), <c>GET /</c>, and the response headers read
/// with a size bound; the Strict-Transport-Security header is recorded as a fact. One connection.
/// </summary>
internal static class HstsProbe
{
    /// <summary>Response headers larger than this end the step with <see cref="TlsErrorKind.TooMuchData"/>.</summary>
    internal const int MaxHeaderBytes = 64 * 1024;

    /// <summary>HTTPS targets: port 443 or 8443 unless <see cref="TlsScanOptions.Http"/> says otherwise; never STARTTLS.</summary>
    internal static bool Applies(TlsTarget target, TlsScanOptions options) =>
        target.StartTls == StartTlsProtocol.None && (options.Http ?? target.Port is 443 or 8443);

    internal static Task<HstsResult> RunAsync(TargetConnector conn, CancellationToken ct) =>
        conn.ExchangeStreamAsync(async (stream, token) =>
        {
            var target = conn.Target;
            using var ssl = new SslStream(stream, leaveInnerStreamOpen: true);
            var opts = new SslClientAuthenticationOptions
            {
                TargetHost = target.Sni ?? string.Empty,
                ApplicationProtocols = new List<SslApplicationProtocol> { SslApplicationProtocol.Http11 },
                CertificateChainPolicy = new System.Security.Cryptography.X509Certificates.X509ChainPolicy
                {
                    DisableCertificateDownloads = true,
                    RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
                },
                // The header is a fact whatever the certificate; the chain is judged elsewhere.
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            };
            try
            {
                await ssl.AuthenticateAsClientAsync(opts, token).ConfigureAwait(false);
            }
            catch (AuthenticationException e)
            {
                throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"HTTPS handshake failed: {e.Message}", e);
            }
            var request = "GET / HTTP/1.1\r\nHost: " + HostHeader(target) + "\r\nUser-Agent: cryptrec-check\r\nAccept: */*\r\nConnection: close\r\n\r\n";
            await ssl.WriteAsync(Encoding.ASCII.GetBytes(request), token).ConfigureAwait(false);
            var head = await ReadHeadAsync(ssl, token).ConfigureAwait(false);
            return ParseResponse(head);
        }, ct);

    private static string HostHeader(TlsTarget t)
    {
        var host = t.Sni ?? (t.Host.Contains(':') ? "[" + t.Host + "]" : t.Host);
        return t.Port == 443 ? host : host + ":" + t.Port.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Reads up to the blank line that ends the header section; at most <see cref="MaxHeaderBytes"/>.</summary>
    private static async Task<string> ReadHeadAsync(Stream s, CancellationToken ct)
    {
        var buf = new byte[MaxHeaderBytes];
        var n = 0;
        while (true)
        {
            if (n == buf.Length) { throw new TlsProtocolException(TlsErrorKind.TooMuchData, $"HTTP response headers longer than {MaxHeaderBytes} bytes"); }
            var read = await s.ReadAsync(buf.AsMemory(n), ct).ConfigureAwait(false);
            if (read == 0) { throw new TlsProtocolException(TlsErrorKind.ConnectionClosed, "the server closed the connection before the end of the HTTP response headers"); }
            var from = Math.Max(0, n - 3);
            n += read;
            for (var i = from; i + 3 < n; i++)
            {
                if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') { return Encoding.Latin1.GetString(buf, 0, i); }
            }
        }
    }

    /// <summary>Status line and the first Strict-Transport-Security field of a header section (RFC 9112 §2.1, §5).</summary>
    internal static HstsResult ParseResponse(string head)
    {
        var lines = head.Split("\r\n");
        var status = lines[0].Split(' ', 3);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/1.", StringComparison.Ordinal) ||
            !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 100 or > 999)
        {
            var shown = lines[0].Length > 80 ? lines[0].Substring(0, 80) + "…" : lines[0];
            throw new TlsProtocolException(TlsErrorKind.Malformed, $"not an HTTP/1.x status line: \"{new string(shown.Select(c => c < ' ' || c > '~' ? '?' : c).ToArray())}\"");
        }
        string? sts = null;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) { continue; }
            if (line.AsSpan(0, colon).Equals("Strict-Transport-Security", StringComparison.OrdinalIgnoreCase))
            {
                sts = line.Substring(colon + 1).Trim();
                break;
            }
        }
        return HstsResult.Parse(code, sts);
    }
}
