using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>
/// Opens connections to one resolved target: per-host concurrency (a semaphore), the global rate, connect and read
/// deadlines, STARTTLS, and a count of every TCP connection made. Every failure is a <see cref="TlsProtocolException"/>.
/// </summary>
public sealed class TargetConnector : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly ConnectionRateLimiter? _rate;
    private readonly TlsScanOptions _options;
    private int _connections;

    public TargetConnector(TlsTarget target, IPAddress address, TlsScanOptions options, ConnectionRateLimiter? rate = null)
    {
        Target = target;
        Address = address;
        _options = options;
        _rate = rate;
        _slots = new SemaphoreSlim(Math.Max(1, options.MaxConnectionsPerHost));
    }

    public TlsTarget Target { get; }

    public IPAddress Address { get; }

    /// <summary>TCP connections opened so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Sends a TLS hello (record bytes) and reads the answer.</summary>
    public Task<ProbeResponse> ExchangeAsync(byte[] hello, CancellationToken ct) =>
        RunAsync(async (stream, token) =>
        {
            await stream.WriteAsync(hello, token).ConfigureAwait(false);
            var reader = new HandshakeReader(new TlsRecordReader(stream, _options.Limits), _options.Limits);
            return await ServerFlight.ReadAsync(reader, token).ConfigureAwait(false);
        }, ct);

    /// <summary>Sends an SSL 2.0 CLIENT-HELLO and reads the answer.</summary>
    public Task<ProbeResponse> ExchangeSsl2Async(byte[] hello, CancellationToken ct) =>
        RunAsync(async (stream, token) =>
        {
            await stream.WriteAsync(hello, token).ConfigureAwait(false);
            return await ServerFlight.ReadSsl2Async(new TlsRecordReader(stream, _options.Limits), token).ConfigureAwait(false);
        }, ct);

    /// <summary>Completes a handshake with <see cref="SslStream"/> to capture the certificate chain (TLS 1.3 encrypts it).</summary>
    public Task<IReadOnlyList<byte[]>> CaptureChainAsync(CancellationToken ct) =>
        RunAsync<IReadOnlyList<byte[]>>(async (stream, token) =>
        {
            var captured = new List<byte[]>();
            using var ssl = new SslStream(stream, leaveInnerStreamOpen: true);
            var opts = new SslClientAuthenticationOptions
            {
                TargetHost = Target.Sni ?? string.Empty,
                // No network traffic beyond the target: no AIA downloads of intermediates, no revocation fetches.
                CertificateChainPolicy = new System.Security.Cryptography.X509Certificates.X509ChainPolicy
                {
                    DisableCertificateDownloads = true,
                    RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
                },
                // The scanner records the chain; the certificate inspector judges it. Trust is not decided here.
                RemoteCertificateValidationCallback = (_, cert, chain, _) =>
                {
                    if (cert != null) { captured.Add(cert.GetRawCertData()); }
                    if (chain != null)
                    {
                        foreach (var extra in chain.ChainPolicy.ExtraStore)
                        {
                            var raw = extra.RawData;
                            if (!captured.Any(c => c.AsSpan().SequenceEqual(raw))) { captured.Add(raw); }
                        }
                    }
                    return true;
                },
            };
            try
            {
                await ssl.AuthenticateAsClientAsync(opts, token).ConfigureAwait(false);
            }
            catch (Exception e) when ((e is System.Security.Authentication.AuthenticationException or IOException) && captured.Count == 0)
            {
                throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"full handshake failed: {e.Message}", e);
            }
            return captured;
        }, ct);

    /// <summary>Runs any exchange on a fresh connection with this connector's bounds: per-host slot, rate, connect and
    /// read deadlines, STARTTLS, connection count. Used by steps that need a handshake of their own (TLS 1.3 signature schemes, HSTS, session resumption).</summary>
    public Task<T> ExchangeStreamAsync<T>(Func<Stream, CancellationToken, Task<T>> exchange, CancellationToken ct) => RunAsync(exchange, ct);

    private async Task<T> RunAsync<T>(Func<Stream, CancellationToken, Task<T>> exchange, CancellationToken ct)
    {
        try
        {
            await _slots.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TlsProtocolException(TlsErrorKind.Cancelled, "the scan was cancelled");
        }
        Socket? socket = null;
        try
        {
            if (_rate != null) { await _rate.WaitAsync(ct).ConfigureAwait(false); }
            Interlocked.Increment(ref _connections);
            socket = new Socket(Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            using (var connectCts = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                connectCts.CancelAfter(_options.ConnectTimeout);
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(Address, Target.Port), connectCts.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new TlsProtocolException(TlsErrorKind.Timeout, $"connect to {Target.Display} timed out after {_options.ConnectTimeout.TotalSeconds:0.###} s");
                }
                catch (SocketException e)
                {
                    throw new TlsProtocolException(TlsErrorKind.ConnectFailed, $"cannot connect to {Target.Display} ({Address}): {e.SocketErrorCode}", e);
                }
            }
            using var stream = new NetworkStream(socket, ownsSocket: false);
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(_options.ReadTimeout + (Target.StartTls != StartTlsProtocol.None ? _options.ConnectTimeout : TimeSpan.Zero));
            try
            {
                await StartTlsNegotiator.NegotiateAsync(stream, Target.StartTls, Target.Sni ?? Target.Host, cts.Token).ConfigureAwait(false);
                return await exchange(stream, cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TlsProtocolException(TlsErrorKind.Timeout, $"no complete answer from {Target.Display} within {_options.ReadTimeout.TotalSeconds:0.###} s");
            }
            catch (IOException e)
            {
                throw new TlsProtocolException(TlsErrorKind.ConnectionClosed, $"connection to {Target.Display} broke: {e.InnerException?.Message ?? e.Message}", e);
            }
            catch (SocketException e)
            {
                throw new TlsProtocolException(TlsErrorKind.ConnectionClosed, $"connection to {Target.Display} broke: {e.SocketErrorCode}", e);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw new TlsProtocolException(TlsErrorKind.Cancelled, "the scan was cancelled");
        }
        catch (Exception e) when (e is not TlsProtocolException and not OperationCanceledException)
        {
            // A defect of ours (or of the platform) on one connection: reported as this step's error, never a crash.
            throw new TlsProtocolException(TlsErrorKind.Internal, $"internal error ({e.GetType().Name}): {e.Message}", e);
        }
        finally
        {
            if (socket != null)
            {
                // Reset instead of FIN: no TIME_WAIT left behind on the scanning host for thousands of short probes.
                try { socket.LingerState = new LingerOption(true, 0); } catch (SocketException) { }
                socket.Dispose();
            }
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
