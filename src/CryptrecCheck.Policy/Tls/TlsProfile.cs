using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy.Tls;

/// <summary>
/// One GL-3001 guideline type as a policy profile. The body of GL-3001 was not available to this project
/// (REFERENCE §4.3 is unverified), so these defaults are the product decisions of REFERENCE §8 and every finding
/// that rests on them is marked derived. A policy file can replace any of them.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class TlsProfile
{
    public TlsGuidelineType Type { get; init; }

    /// <summary>Protocol versions allowed (REFERENCE §8: SSL prohibited; TLS 1.0/1.1 only in the exception type).</summary>
    public IReadOnlyCollection<TlsProtocolVersion> Versions { get; init; } = Array.Empty<TlsProtocolVersion>();

    /// <summary>Key exchanges allowed in TLS 1.2 suites: ECDHE, DHE, RSA, ECDH, DH.</summary>
    public IReadOnlyCollection<string> KeyExchanges { get; init; } = Array.Empty<string>();

    /// <summary>Bulk ciphers allowed (canonical IDs).</summary>
    public IReadOnlyCollection<string> Ciphers { get; init; } = Array.Empty<string>();

    /// <summary>True when only AEAD suites are allowed.</summary>
    public bool RequireAead { get; init; }

    /// <summary>HMAC hashes allowed in MAC-then-encrypt (CBC) suites.</summary>
    public IReadOnlyCollection<string> MacHashes { get; init; } = Array.Empty<string>();

    /// <summary>Smallest finite-field DH group in bits (DHE ≥ 2048 in every type, REFERENCE §8).</summary>
    public int MinDhBits { get; init; } = 2048;

    /// <summary>Smallest RSA key in a certificate (REFERENCE §8 "Certificates").</summary>
    public int MinRsaBits { get; init; } = 2048;

    /// <summary>True when SHA-1 handshake signatures (rsa_pkcs1_sha1, ecdsa_sha1) are tolerated.</summary>
    public bool AllowSha1HandshakeSignatures { get; init; }

    /// <summary>Cipher suites allowed regardless of the rules above (IANA code points).</summary>
    public IReadOnlyCollection<int> AllowSuites { get; init; } = Array.Empty<int>();

    /// <summary>Cipher suites prohibited regardless of the rules above.</summary>
    public IReadOnlyCollection<int> DenySuites { get; init; } = Array.Empty<int>();

    internal static bool Contains(IReadOnlyCollection<string> set, string value)
    {
        foreach (var s in set) { if (string.Equals(s, value, StringComparison.OrdinalIgnoreCase)) { return true; } }
        return false;
    }
}

/// <summary>The three profiles together.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class TlsProfileSet
{
    private static readonly string[] Aeads = { Algorithms.Aes, Algorithms.Camellia, Algorithms.ChaCha20Poly1305 };

    /// <summary>The defaults of REFERENCE §8 (derived).</summary>
    public static TlsProfileSet Default { get; } = new();

    public TlsProfile High { get; init; } = new()
    {
        Type = TlsGuidelineType.High,
        Versions = new[] { TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls13 },
        KeyExchanges = new[] { "ECDHE", "DHE" },
        Ciphers = Aeads,
        RequireAead = true,
        MacHashes = Array.Empty<string>(),
    };

    public TlsProfile Recommended { get; init; } = new()
    {
        Type = TlsGuidelineType.Recommended,
        Versions = new[] { TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls13 },
        KeyExchanges = new[] { "ECDHE", "DHE", "RSA" },
        Ciphers = Aeads,
        MacHashes = new[] { Algorithms.Sha1, Algorithms.Sha256, Algorithms.Sha384 },
    };

    public TlsProfile Exception { get; init; } = new()
    {
        Type = TlsGuidelineType.Exception,
        Versions = new[] { TlsProtocolVersion.Tls10, TlsProtocolVersion.Tls11, TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls13 },
        KeyExchanges = new[] { "ECDHE", "DHE", "RSA", "ECDH", "DH" },
        Ciphers = new[] { Algorithms.Aes, Algorithms.Camellia, Algorithms.ChaCha20Poly1305, Algorithms.TripleDes3Key },
        MacHashes = new[] { Algorithms.Sha1, Algorithms.Sha256, Algorithms.Sha384 },
        AllowSha1HandshakeSignatures = true,
    };

    public TlsProfile this[TlsGuidelineType type] => type switch
    {
        TlsGuidelineType.High => High,
        TlsGuidelineType.Recommended => Recommended,
        _ => Exception,
    };

    public IEnumerable<TlsProfile> All
    {
        get
        {
            yield return High;
            yield return Recommended;
            yield return Exception;
        }
    }
}
