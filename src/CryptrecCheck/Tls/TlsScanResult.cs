using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls;

/// <summary>An error of one scan step; the other steps' results stay valid.</summary>
public sealed record TlsScanError(string Step, TlsErrorKind Kind, string Message)
{
    public override string ToString() => $"{Step}: {Kind}: {Message}";
}

/// <summary>A cipher suite the server accepted, in the order the elimination found it.</summary>
public sealed record AcceptedSuite(int Code, string Name)
{
    public TlsCipherSuite? Suite => TlsRegistry.FindSuite(Code);

    internal static AcceptedSuite Of(int code) => new(code, TlsRegistry.FindSuite(code)?.Name ?? $"unknown_0x{code:X4}");
}

/// <summary>One protocol version: supported or not, the suites accepted, and whether the server imposes its order.</summary>
public sealed record ProtocolScanResult(TlsProtocolVersion Version, bool Supported, IReadOnlyList<AcceptedSuite> CipherSuites, bool? ServerOrder, TlsScanError? Error)
{
    /// <summary>The wire name used in reports: SSL2.0, SSL3.0, TLS1.0 … TLS1.3.</summary>
    public string VersionName => VersionNames.Id(Version);
}

/// <summary>A key exchange group the server accepted, and how it was seen.</summary>
public sealed record GroupScanResult(int Code, string Name, string SeenIn);

/// <summary>Protocol features read from the server's hellos; null where the scan could not tell.</summary>
public sealed record TlsFeatures
{
    /// <summary>renegotiation_info in the ServerHello (RFC 5746).</summary>
    public bool? SecureRenegotiation { get; init; }

    /// <summary>The server chose DEFLATE when it was offered.</summary>
    public bool? Compression { get; init; }

    /// <summary>The server refused a downgraded hello carrying TLS_FALLBACK_SCSV with inappropriate_fallback (RFC 7507).</summary>
    public bool? FallbackScsv { get; init; }

    public bool? ExtendedMasterSecret { get; init; }

    /// <summary>encrypt_then_mac echoed for a CBC suite (RFC 7366); null when no CBC suite is accepted.</summary>
    public bool? EncryptThenMac { get; init; }

    /// <summary>status_request echoed or a CertificateStatus sent (TLS 1.0–1.2).</summary>
    public bool? OcspStapling { get; init; }

    /// <summary>session_ticket echoed (RFC 5077, TLS 1.0–1.2).</summary>
    public bool? SessionTicket { get; init; }

    /// <summary>A second connection offering the session ID of a full handshake was resumed (TLS 1.0–1.2); false also
    /// when the server gave no session ID; null when not tested.</summary>
    public bool? SessionResumptionId { get; init; }

    /// <summary>A connection offering the session ticket of a full handshake was resumed (RFC 5077); false also when no
    /// ticket was issued; null when not tested.</summary>
    public bool? SessionResumptionTicket { get; init; }
}

/// <summary>The facts found on one target. Immutable; evaluation against CRYPTREC happens afterwards.</summary>
public sealed record TlsScanResult
{
    public required TlsTarget Target { get; init; }

    /// <summary>The address scanned; null when the host did not resolve.</summary>
    public string? Ip { get; init; }

    /// <summary>SSL 2.0 to TLS 1.3, in that order.</summary>
    public required IReadOnlyList<ProtocolScanResult> Protocols { get; init; }

    public IReadOnlyList<GroupScanResult> Groups { get; init; } = Array.Empty<GroupScanResult>();

    /// <summary>TLS 1.2 signature schemes the server signs its key exchange with, by elimination, in the order found.</summary>
    public IReadOnlyList<GroupScanResult> SignatureSchemes { get; init; } = Array.Empty<GroupScanResult>();

    /// <summary>Sizes of the DHE primes seen in ServerKeyExchange messages.</summary>
    public IReadOnlyList<int> DhePrimeBits { get; init; } = Array.Empty<int>();

    /// <summary>Every distinct certificate chain the server presented (leaf first, DER); the first is the main one.
    /// Judged by the certificate inspector, not by the scanner.</summary>
    public IReadOnlyList<IReadOnlyList<byte[]>> CertificateChains { get; init; } = Array.Empty<IReadOnlyList<byte[]>>();

    public TlsFeatures Features { get; init; } = new();

    public IReadOnlyList<TlsScanError> Errors { get; init; } = Array.Empty<TlsScanError>();

    /// <summary>TCP connections the scan of this target opened.</summary>
    public int Connections { get; init; }

    public TimeSpan Elapsed { get; init; }

    public ProtocolScanResult? Protocol(TlsProtocolVersion v) => Protocols.FirstOrDefault(p => p.Version == v);

    /// <summary>The Strict-Transport-Security answer of an HTTPS target; null when the target is not HTTPS (see
    /// <see cref="TlsScanOptions.Http"/>) or the step failed (then its error is in <see cref="Errors"/>).</summary>
    public HstsResult? Hsts { get; init; }
}

/// <summary>Wire names of protocol versions in reports.</summary>
public static class VersionNames
{
    public static string Id(TlsProtocolVersion v) => v switch
    {
        TlsProtocolVersion.Ssl20 => "SSL2.0",
        TlsProtocolVersion.Ssl30 => "SSL3.0",
        TlsProtocolVersion.Tls10 => "TLS1.0",
        TlsProtocolVersion.Tls11 => "TLS1.1",
        TlsProtocolVersion.Tls12 => "TLS1.2",
        _ => "TLS1.3",
    };
}
