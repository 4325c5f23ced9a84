using CryptrecCheck.Policy;

namespace CryptrecCheck.Certificates;

/// <summary>The signature algorithm of a certificate, with its hash and, for RSASSA-PSS, its parameters (RFC 4055).</summary>
public sealed record SignatureAlgorithmInfo
{
    public required string Oid { get; init; }

    /// <summary>The registered name (sha256WithRSAEncryption, ecdsa-with-SHA384, id-RSASSA-PSS, ...) or the OID.</summary>
    public required string Name { get; init; }

    /// <summary>Canonical scheme (RSASSA-PKCS1-v1_5, RSA-PSS, ECDSA, DSA, EdDSA, ML-DSA, ...), or the OID when unknown.</summary>
    public required string Scheme { get; init; }

    /// <summary>Canonical hash (SHA-256, SHA-1, ...); null for EdDSA and ML-DSA, which have none to choose.</summary>
    public string? Hash { get; init; }

    /// <summary>RSASSA-PSS: the MGF1 hash.</summary>
    public string? MgfHash { get; init; }

    /// <summary>RSASSA-PSS: the salt length in bytes.</summary>
    public int? SaltLength { get; init; }

    /// <summary>Named parameter set for PQC signatures.</summary>
    public string? ParameterSet { get; init; }

    /// <summary>The signature scheme as the policy evaluator's asset.</summary>
    public required CryptoAsset Asset { get; init; }

    /// <summary>"sha256WithRSAEncryption", "RSASSA-PSS (SHA-256, MGF1 SHA-256, salt 32)".</summary>
    public string Display => Scheme == Algorithms.RsaPss && Hash != null
        ? $"RSASSA-PSS ({Hash}, MGF1 {MgfHash ?? Hash}, salt {SaltLength ?? 20})"
        : Name;
}
