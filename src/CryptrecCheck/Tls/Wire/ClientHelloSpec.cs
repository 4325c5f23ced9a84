namespace CryptrecCheck.Tls.Wire;

/// <summary>One key share offered in a TLS 1.3 ClientHello.</summary>
public sealed record KeyShareEntry(int Group, byte[] KeyExchange);

/// <summary>
/// Everything that goes into one ClientHello. Immutable; the builder turns it into wire bytes. Null extension
/// properties mean "extension absent"; an empty list means "extension present with an empty list".
/// </summary>
public sealed record ClientHelloSpec
{
    /// <summary>The version in the record header (0x0301 is what most clients send for compatibility).</summary>
    public int RecordVersion { get; init; } = 0x0301;

    /// <summary>ClientHello.legacy_version / client_version (0x0303 for TLS 1.3 hellos).</summary>
    public int ClientVersion { get; init; } = 0x0303;

    /// <summary>32 bytes; random when null.</summary>
    public byte[]? Random { get; init; }

    /// <summary>Session id (0..32 bytes); TLS 1.3 middlebox compatibility mode sends 32 bytes.</summary>
    public byte[] SessionId { get; init; } = Array.Empty<byte>();

    public IReadOnlyList<int> CipherSuites { get; init; } = Array.Empty<int>();

    /// <summary>Compression methods; null (0) only unless compression is being probed (DEFLATE = 1).</summary>
    public IReadOnlyList<byte> CompressionMethods { get; init; } = new byte[] { 0 };

    public string? ServerName { get; init; }

    public IReadOnlyList<int>? SupportedVersions { get; init; }

    public IReadOnlyList<int>? SupportedGroups { get; init; }

    public IReadOnlyList<KeyShareEntry>? KeyShares { get; init; }

    public IReadOnlyList<int>? SignatureAlgorithms { get; init; }

    public bool EcPointFormats { get; init; }

    public bool RenegotiationInfo { get; init; }

    public bool ExtendedMasterSecret { get; init; }

    public bool EncryptThenMac { get; init; }

    public bool SessionTicket { get; init; }

    /// <summary>status_request for OCSP (RFC 6066 §8).</summary>
    public bool StatusRequest { get; init; }

    /// <summary>psk_key_exchange_modes with psk_dhe_ke (some TLS 1.3 servers only issue tickets when it is present).</summary>
    public bool PskKeyExchangeModes { get; init; }

    public IReadOnlyList<string>? Alpn { get; init; }
}
