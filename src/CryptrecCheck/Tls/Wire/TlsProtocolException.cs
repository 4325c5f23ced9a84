namespace CryptrecCheck.Tls.Wire;

/// <summary>Why a connection to a TLS endpoint ended without a usable answer. Stable; reports and tests rely on it.</summary>
public enum TlsErrorKind
{
    /// <summary>The TCP connection could not be made (refused, unreachable, DNS).</summary>
    ConnectFailed,

    /// <summary>The connect or the whole exchange took longer than the timeout.</summary>
    Timeout,

    /// <summary>The peer closed or reset the connection in the middle of a message.</summary>
    ConnectionClosed,

    /// <summary>The bytes received are not TLS (bad content type, version, or structure).</summary>
    Malformed,

    /// <summary>A record longer than the protocol allows (2^14 + 2048 bytes of ciphertext).</summary>
    RecordTooLarge,

    /// <summary>More bytes, records or messages than a handshake can need.</summary>
    TooMuchData,

    /// <summary>A well-formed message in a place where the protocol does not allow it.</summary>
    UnexpectedMessage,

    /// <summary>The STARTTLS dialogue before the handshake failed.</summary>
    StartTlsFailed,

    /// <summary>The scan was cancelled by the user.</summary>
    Cancelled,

    /// <summary>A defect of the scanner itself (reported, never thrown to the caller).</summary>
    Internal,
}

/// <summary>The one exception type of the wire layer: every malformed, oversized or truncated input ends in it.</summary>
public sealed class TlsProtocolException : Exception
{
    public TlsProtocolException(TlsErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    public TlsProtocolException(TlsErrorKind kind, string message, Exception inner)
        : base(message, inner)
    {
        Kind = kind;
    }

    public TlsErrorKind Kind { get; }

    internal static TlsProtocolException Malformed(string what) => new(TlsErrorKind.Malformed, what);
}
