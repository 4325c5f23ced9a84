namespace CryptrecCheck.Tls.Wire;

/// <summary>Size bounds of one connection's reads; everything beyond them ends the connection with a typed error.</summary>
public sealed record TlsReadLimits
{
    /// <summary>Default bounds: enough for the largest legal record and real certificate chains, nothing more.</summary>
    public static TlsReadLimits Default { get; } = new();

    /// <summary>Largest record fragment: 2^14 + 2048 (the TLSCiphertext bound of RFC 5246 §6.2.3).</summary>
    public int MaxRecordBytes { get; init; } = 16384 + 2048;

    /// <summary>Largest handshake message (a Certificate message with a long chain stays well below 128 KiB).</summary>
    public int MaxHandshakeMessageBytes { get; init; } = 128 * 1024;

    /// <summary>Bytes read on one connection in total.</summary>
    public int MaxTotalBytes { get; init; } = 256 * 1024;

    /// <summary>Records read on one connection (an alert storm or a handshake that never ends stops here).</summary>
    public int MaxRecords { get; init; } = 64;
}
