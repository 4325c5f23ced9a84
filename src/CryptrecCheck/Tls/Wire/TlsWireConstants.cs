namespace CryptrecCheck.Tls.Wire;

/// <summary>Record content types (RFC 5246 §6.2.1, RFC 8446 §5.1).</summary>
public static class ContentTypes
{
    public const byte ChangeCipherSpec = 20;
    public const byte Alert = 21;
    public const byte Handshake = 22;
    public const byte ApplicationData = 23;
    public const byte Heartbeat = 24;
}

/// <summary>Handshake message types (RFC 5246 §7.4, RFC 8446 §4, RFC 6066 §8).</summary>
public static class HandshakeTypes
{
    public const byte HelloRequest = 0;
    public const byte ClientHello = 1;
    public const byte ServerHello = 2;
    public const byte NewSessionTicket = 4;
    public const byte EncryptedExtensions = 8;
    public const byte Certificate = 11;
    public const byte ServerKeyExchange = 12;
    public const byte CertificateRequest = 13;
    public const byte ServerHelloDone = 14;
    public const byte CertificateStatus = 22;
}

/// <summary>Extension code points used by the prober (IANA TLS ExtensionType Values).</summary>
public static class ExtensionTypes
{
    public const int ServerName = 0;
    public const int StatusRequest = 5;
    public const int SupportedGroups = 10;
    public const int EcPointFormats = 11;
    public const int SignatureAlgorithms = 13;
    public const int Alpn = 16;
    public const int EncryptThenMac = 22;
    public const int ExtendedMasterSecret = 23;
    public const int SessionTicket = 35;
    public const int SupportedVersions = 43;
    public const int PskKeyExchangeModes = 45;
    public const int KeyShare = 51;
    public const int RenegotiationInfo = 0xFF01;
}

/// <summary>Alert descriptions the scanner interprets (RFC 8446 §6, RFC 7507).</summary>
public static class AlertDescriptions
{
    public const byte CloseNotify = 0;
    public const byte UnexpectedMessage = 10;
    public const byte HandshakeFailure = 40;
    public const byte IllegalParameter = 47;
    public const byte DecodeError = 50;
    public const byte ProtocolVersion = 70;
    public const byte InsufficientSecurity = 71;
    public const byte InternalError = 80;
    public const byte InappropriateFallback = 86;
    public const byte MissingExtension = 109;
    public const byte UnrecognizedName = 112;

    /// <summary>The RFC name of an alert description, or "alert(N)".</summary>
    public static string Name(byte d) => d switch
    {
        0 => "close_notify",
        10 => "unexpected_message",
        20 => "bad_record_mac",
        22 => "record_overflow",
        40 => "handshake_failure",
        42 => "bad_certificate",
        47 => "illegal_parameter",
        50 => "decode_error",
        51 => "decrypt_error",
        70 => "protocol_version",
        71 => "insufficient_security",
        80 => "internal_error",
        86 => "inappropriate_fallback",
        90 => "user_canceled",
        100 => "no_renegotiation",
        109 => "missing_extension",
        110 => "unsupported_extension",
        112 => "unrecognized_name",
        120 => "no_application_protocol",
        _ => "alert(" + d.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
    };
}

/// <summary>Special values of the TLS 1.3 protocol (RFC 8446 §4.1.3).</summary>
public static class Tls13Constants
{
    /// <summary>The ServerHello.random that marks a HelloRetryRequest: SHA-256("HelloRetryRequest").</summary>
    public static readonly byte[] HelloRetryRequestRandom =
    {
        0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
        0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
    };

    /// <summary>TLS_FALLBACK_SCSV (RFC 7507).</summary>
    public const int FallbackScsv = 0x5600;
}
