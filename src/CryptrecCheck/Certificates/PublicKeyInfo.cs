using CryptrecCheck.Policy;

namespace CryptrecCheck.Certificates;

/// <summary>The facts of a public key (SubjectPublicKeyInfo, an OpenSSH key or a private key's public half).</summary>
public sealed record PublicKeyInfo
{
    /// <summary>Key type for people and JSON: RSA, RSA-PSS, EC, Ed25519, Ed448, X25519, X448, DSA, DH, ML-DSA, ML-KEM,
    /// SLH-DSA, or the algorithm OID when it is not known.</summary>
    public required string Algorithm { get; init; }

    /// <summary>The algorithm OID from the SubjectPublicKeyInfo (null for OpenSSH keys).</summary>
    public string? Oid { get; init; }

    /// <summary>Modulus bits (RSA), prime bits (DSA/DH), field bits (EC), or the size of the named parameter set.</summary>
    public int? KeyBits { get; init; }

    /// <summary>Canonical curve name (P-256, brainpoolP256r1, Ed25519, ...), "explicit" for explicit parameters.</summary>
    public string? Curve { get; init; }

    /// <summary>The named curve OID, when the key names one.</summary>
    public string? CurveOid { get; init; }

    /// <summary>True when an EC key carries explicit curve parameters instead of a named curve.</summary>
    public bool ExplicitCurve { get; init; }

    /// <summary>The RSA public exponent when it fits in 64 bits.</summary>
    public ulong? RsaExponent { get; init; }

    /// <summary>True when the RSA public exponent is larger than 64 bits.</summary>
    public bool RsaExponentHuge { get; init; }

    /// <summary>Named PQC parameter set (ML-DSA-65, ML-KEM-768, ...).</summary>
    public string? ParameterSet { get; init; }

    /// <summary>The key as the policy evaluator's asset.</summary>
    public required CryptoAsset Asset { get; init; }

    /// <summary>"RSA-2048", "EC P-256", "Ed25519", "ML-DSA-65".</summary>
    public string Display => ParameterSet ?? (Curve != null
        ? (Algorithm == Curve ? Curve : $"{Algorithm} {Curve}" + (ExplicitCurve && KeyBits is int fb ? $" ({fb}-bit)" : string.Empty))
        : KeyBits is int b ? $"{Algorithm}-{b}" : Algorithm);
}
