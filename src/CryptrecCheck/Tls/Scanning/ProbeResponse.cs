using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>How the server answered one hello.</summary>
public enum ProbeOutcome
{
    /// <summary>A ServerHello (with, for TLS 1.0–1.2, the rest of the server's first flight).</summary>
    ServerHello,

    /// <summary>A TLS 1.3 HelloRetryRequest.</summary>
    HelloRetryRequest,

    /// <summary>An alert instead of a ServerHello: the offer was refused.</summary>
    Alert,

    /// <summary>The server closed the connection without answering: also a refusal for most stacks.</summary>
    Closed,

    /// <summary>An SSL 2.0 SERVER-HELLO.</summary>
    Ssl2ServerHello,
}

/// <summary>Everything one connection revealed. Immutable.</summary>
public sealed record ProbeResponse
{
    public required ProbeOutcome Outcome { get; init; }

    public ServerHelloMessage? Hello { get; init; }

    public AlertMessage? Alert { get; init; }

    /// <summary>The certificate_list of a TLS 1.0–1.2 Certificate message, leaf first, DER.</summary>
    public IReadOnlyList<byte[]>? Certificates { get; init; }

    public ServerKeyExchangeMessage? KeyExchange { get; init; }

    /// <summary>A CertificateStatus message (stapled OCSP response) was sent.</summary>
    public bool OcspStapled { get; init; }

    public Ssl2ServerHello? Ssl2 { get; init; }

    public bool Refused => Outcome is ProbeOutcome.Alert or ProbeOutcome.Closed;
}
