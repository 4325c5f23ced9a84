namespace CryptrecCheck.Tls.Wire;

/// <summary>One TLS record as received: content type, record version and fragment.</summary>
public readonly record struct TlsRecord(byte ContentType, int Version, byte[] Fragment);
