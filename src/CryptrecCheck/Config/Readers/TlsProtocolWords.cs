using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Config.Readers;

/// <summary>Protocol keywords of nginx, Apache, HAProxy, Postfix and OpenSSL configuration commands.</summary>
internal static class TlsProtocolWords
{
    internal static readonly TlsProtocolVersion[] Ordered =
    {
        TlsProtocolVersion.Ssl20, TlsProtocolVersion.Ssl30, TlsProtocolVersion.Tls10, TlsProtocolVersion.Tls11, TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls13,
    };

    /// <summary>SSLv2, SSLv3, TLSv1, TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3 (case-insensitive; Postfix and HAProxy spell them so too).</summary>
    internal static TlsProtocolVersion? Parse(string word) => word.Trim().ToUpperInvariant() switch
    {
        "SSLV2" => TlsProtocolVersion.Ssl20,
        "SSLV3" => TlsProtocolVersion.Ssl30,
        "TLSV1" or "TLSV1.0" or "TLSV10" => TlsProtocolVersion.Tls10,
        "TLSV1.1" or "TLSV11" => TlsProtocolVersion.Tls11,
        "TLSV1.2" or "TLSV12" => TlsProtocolVersion.Tls12,
        "TLSV1.3" or "TLSV13" => TlsProtocolVersion.Tls13,
        _ => null,
    };

    /// <summary>The versions from <paramref name="min"/> to <paramref name="max"/> inclusive.</summary>
    internal static List<TlsProtocolVersion> Range(TlsProtocolVersion min, TlsProtocolVersion max) =>
        Ordered.Where(v => (int)v >= (int)min && (int)v <= (int)max).ToList();
}
