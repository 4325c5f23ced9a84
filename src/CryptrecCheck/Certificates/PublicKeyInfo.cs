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

    /// <summary>An id-RSASSA-PSS key with RSASSA-PSS-params (RFC 4055 §3.1): the only hash it may be used with; null when
    /// the key carries no parameters (any hash) or is not an RSA-PSS key.</summary>
    public string? PssHash { get; init; }

    /// <summary>An id-RSASSA-PSS key with parameters: the only MGF1 hash it may be used with.</summary>
    public string? PssMgfHash { get; init; }

    /// <summary>An id-RSASSA-PSS key with parameters: the minimum salt length in bytes.</summary>
    public int? PssMinSaltLength { get; init; }

    /// <summary>The key as the policy evaluator's asset. A restricted RSA-PSS key carries its hashes: it can make no other
    /// signature, so it is judged with them.</summary>
    public required CryptoAsset Asset { get; init; }

    /// <summary>"RSA-2048", "EC P-256", "Ed25519", "ML-DSA-65", "RSA-PSS-3072 (SHA-256, MGF1 SHA-256)".</summary>
    public string Display => ParameterSet ?? (Curve != null
        ? (Algorithm == Curve ? Curve : $"{Algorithm} {Curve}" + (ExplicitCurve && KeyBits is int fb ? $" ({fb}-bit)" : string.Empty))
        : (KeyBits is int b ? $"{Algorithm}-{b}" : Algorithm) + (PssHash != null ? $" ({PssHash}, MGF1 {PssMgfHash ?? PssHash})" : string.Empty));

    /// <summary>This key with the restriction of RSASSA-PSS-params read from its AlgorithmIdentifier (RFC 4055 §3.1: absent
    /// parameters leave the key unrestricted).</summary>
    internal PublicKeyInfo WithPssParameters(ReadOnlyMemory<byte>? parameters)
    {
        // Absent parameters may arrive as null or as empty memory (a null array converts to an empty ReadOnlyMemory).
        if (parameters is not { IsEmpty: false }) { return this; }
        // An explicit NULL (05 00) is not RSASSA-PSS-params (RFC 4055 §3.1 allows only absent or the SEQUENCE); some
        // encoders write it anyway. It restricts nothing, so it must not be read as the SHA-1 defaults of an empty SEQUENCE.
        if (parameters.Value.Span is [0x05, 0x00]) { return this; }
        var (hash, mgfHash, salt) = Der.AlgorithmIdentifiers.ReadPssParameters(parameters);
        return this with
        {
            PssHash = hash,
            PssMgfHash = mgfHash,
            PssMinSaltLength = salt,
            Asset = Asset with { Hash = hash, MgfHash = mgfHash },
        };
    }
}
