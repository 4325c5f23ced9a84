using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls;

/// <summary>How a scan runs: timeouts, bounds and concurrency. Immutable.</summary>
public sealed record TlsScanOptions
{
    public static TlsScanOptions Default { get; } = new();

    /// <summary>Time allowed for the TCP connect (and the STARTTLS dialogue).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time allowed for one connection's exchange after the connect: send the hello, read the answer.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Concurrent connections to one target (default 5).</summary>
    public int MaxConnectionsPerHost { get; init; } = 5;

    /// <summary>Targets scanned at the same time (default 10).</summary>
    public int MaxHosts { get; init; } = 10;

    /// <summary>New connections per second across the whole scan; null for no limit.</summary>
    public double? RatePerSecond { get; init; }

    public TlsReadLimits Limits { get; init; } = TlsReadLimits.Default;

    /// <summary>Probe SSL 2.0 with an SSL 2.0 CLIENT-HELLO (one extra connection).</summary>
    public bool ProbeSsl2 { get; init; } = true;

    /// <summary>Retrieve the TLS 1.3 certificate chain with a full handshake when no TLS 1.0–1.2 handshake revealed it.</summary>
    public bool RetrieveTls13Chain { get; init; } = true;

    /// <summary>Ask the target for its HSTS header (one full handshake and <c>GET /</c>): null decides by the port (443 or
    /// 8443 without STARTTLS), true for every target, false never.</summary>
    public bool? Http { get; init; }

    /// <summary>Test session resumption by session ID and by session ticket (TLS 1.0–1.2; up to four handshakes, two of them
    /// full). Off by default: the two full handshakes cost more than the whole enumeration (docs/tls-scanner.md); the CLI
    /// turns it on with <c>--resumption</c>.</summary>
    public bool SessionResumption { get; init; }

    /// <summary>Enumerate TLS 1.3 signature schemes with the scanner's own handshakes up to CertificateVerify
    /// (accepted + 1 connections).</summary>
    public bool ProbeTls13SignatureSchemes { get; init; } = true;
}
