using System.Security.Cryptography;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>The ClientHellos the scan steps send: every candidate from the IANA registry, every extension a modern client sends.</summary>
public static class HelloFactory
{
    /// <summary>Every TLS 1.0–1.2 (and SSL 3.0) suite of the registry, by code point.</summary>
    public static IReadOnlyList<int> LegacySuites { get; } = TlsRegistry.CipherSuites
        .Where(s => s.Protocol == SuiteProtocol.Tls12).Select(s => s.Code).OrderBy(c => c).ToArray();

    /// <summary>Every TLS 1.3 suite of the registry.</summary>
    public static IReadOnlyList<int> Tls13Suites { get; } = TlsRegistry.CipherSuites
        .Where(s => s.Protocol == SuiteProtocol.Tls13).Select(s => s.Code).OrderBy(c => c).ToArray();

    /// <summary>Every SSL 2.0 cipher kind of the registry.</summary>
    public static IReadOnlyList<int> Ssl2Kinds { get; } = TlsRegistry.CipherSuites
        .Where(s => s.Protocol == SuiteProtocol.Ssl2).Select(s => s.Code).ToArray();

    /// <summary>Every assigned group except the explicit-curve markers.</summary>
    public static IReadOnlyList<int> AllGroups { get; } = TlsRegistry.SupportedGroups
        .Where(g => g.Code is not (0xFF01 or 0xFF02)).Select(g => g.Code).ToArray();

    /// <summary>Every assigned signature scheme.</summary>
    public static IReadOnlyList<int> AllSignatureSchemes { get; } = TlsRegistry.SignatureSchemes.Select(s => s.Code).ToArray();

    /// <summary>Suites per hello at most; longer candidate lists are offered in chunks.</summary>
    public const int MaxSuitesPerHello = 512;

    /// <summary>A TLS 1.0–1.2 or SSL 3.0 hello: legacy version negotiation, no supported_versions.</summary>
    public static ClientHelloSpec Legacy(TlsProtocolVersion version, IReadOnlyList<int> suites, string? sni, IReadOnlyList<int>? groups = null) => new()
    {
        RecordVersion = version == TlsProtocolVersion.Ssl30 ? 0x0300 : 0x0301,
        ClientVersion = (int)version,
        CipherSuites = suites,
        ServerName = version == TlsProtocolVersion.Ssl30 ? null : sni,
        SupportedGroups = version == TlsProtocolVersion.Ssl30 ? null : groups ?? AllGroups,
        EcPointFormats = version != TlsProtocolVersion.Ssl30,
        SignatureAlgorithms = version == TlsProtocolVersion.Tls12 ? AllSignatureSchemes : null,
        RenegotiationInfo = true,
        ExtendedMasterSecret = version != TlsProtocolVersion.Ssl30,
        EncryptThenMac = version != TlsProtocolVersion.Ssl30,
        SessionTicket = version != TlsProtocolVersion.Ssl30,
        StatusRequest = version != TlsProtocolVersion.Ssl30,
    };

    /// <summary>A TLS 1.3 hello: supported_versions 1.3 only, a 32-byte session id (compatibility mode) and
    /// either an x25519 key share or, for group enumeration, an empty key_share that asks for a HelloRetryRequest.</summary>
    public static ClientHelloSpec Tls13(IReadOnlyList<int> suites, string? sni, IReadOnlyList<int>? groups = null, bool emptyKeyShare = false) => new()
    {
        RecordVersion = 0x0301,
        ClientVersion = 0x0303,
        SessionId = RandomNumberGenerator.GetBytes(32),
        CipherSuites = suites,
        ServerName = sni,
        SupportedVersions = new[] { 0x0304 },
        SupportedGroups = groups ?? AllGroups,
        KeyShares = emptyKeyShare ? Array.Empty<KeyShareEntry>() : new[] { new KeyShareEntry(0x001D, RandomNumberGenerator.GetBytes(32)) },
        SignatureAlgorithms = AllSignatureSchemes,
        EcPointFormats = true,
        PskKeyExchangeModes = true,
    };
}
