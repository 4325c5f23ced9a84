namespace CryptrecCheck.Policy.Tls;

/// <summary>SSL/TLS protocol versions with their wire values.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum TlsProtocolVersion
{
    Ssl20 = 0x0002,
    Ssl30 = 0x0300,
    Tls10 = 0x0301,
    Tls11 = 0x0302,
    Tls12 = 0x0303,
    Tls13 = 0x0304,
}

/// <summary>Display names of protocol versions.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class TlsProtocolVersionNames
{
    public static string Display(this TlsProtocolVersion v) => v switch
    {
        TlsProtocolVersion.Ssl20 => "SSL 2.0",
        TlsProtocolVersion.Ssl30 => "SSL 3.0",
        TlsProtocolVersion.Tls10 => "TLS 1.0",
        TlsProtocolVersion.Tls11 => "TLS 1.1",
        TlsProtocolVersion.Tls12 => "TLS 1.2",
        _ => "TLS 1.3",
    };
}
