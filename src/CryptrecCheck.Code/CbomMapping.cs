using CryptrecCheck.Policy;

namespace CryptrecCheck.Code;

/// <summary>From what the analyzers found to the words of CycloneDX 1.6 algorithmProperties (its enumerations for
/// primitive, mode, padding and cryptoFunctions). Only what the asset states is written; nothing is guessed.</summary>
internal static class CbomMapping
{
    public static AlgorithmKind? Kind(InventoryEntry e) => Algorithms.Get(e.Algorithm)?.Kind;

    public static string Primitive(AlgorithmKind? kind, InventoryEntry e)
    {
        if (e.Mode is { } m && m.ToUpperInvariant() is "GCM" or "CCM") { return "ae"; }
        return kind switch
        {
            AlgorithmKind.BlockCipher or AlgorithmKind.KeyWrap => "block-cipher",
            AlgorithmKind.StreamCipher => "stream-cipher",
            AlgorithmKind.AuthenticatedCipher => "ae",
            AlgorithmKind.Hash => "hash",
            AlgorithmKind.ExtendableOutput => "xof",
            AlgorithmKind.Mac => "mac",
            AlgorithmKind.Signature => "signature",
            AlgorithmKind.PublicKeyEncryption => "pke",
            AlgorithmKind.KeyAgreement => "key-agree",
            AlgorithmKind.Kem => "kem",
            AlgorithmKind.KeyDerivation or AlgorithmKind.PasswordHash => "kdf",
            AlgorithmKind.RandomGenerator => "drbg",
            AlgorithmKind.Mode => "block-cipher",
            null => "unknown",
            _ => "other",
        };
    }

    /// <summary>cbc, ecb, ccm, gcm, cfb, ofb, ctr, else other.</summary>
    public static string? Mode(InventoryEntry e)
    {
        var m = e.Mode ?? (Algorithms.Get(e.Algorithm)?.Kind == AlgorithmKind.Mode ? e.Algorithm : null);
        if (m == null) { return null; }
        return m.ToLowerInvariant() switch
        {
            "cbc" or "ecb" or "ccm" or "gcm" or "cfb" or "ofb" or "ctr" => m.ToLowerInvariant(),
            _ => "other",
        };
    }

    /// <summary>Only where the asset itself is a padding scheme: OAEP and PKCS#1 v1.5 encryption.</summary>
    public static string? Padding(InventoryEntry e) => e.Algorithm switch
    {
        Algorithms.RsaOaep => "oaep",
        Algorithms.RsaesPkcs1 => "pkcs1v15",
        Algorithms.RsaRaw => "raw",
        _ => null,
    };

    /// <summary>The parameter set (ML-KEM-768 → "768"-style names kept as the analyzer gives them), else the key size.</summary>
    public static string? ParameterSet(InventoryEntry e) =>
        e.ParameterSet ?? (e.KeyBits is int k ? k.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : e.OutputBits is int o ? o.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);

    public static IEnumerable<string> Functions(AlgorithmKind? kind, InventoryEntry e) => kind switch
    {
        AlgorithmKind.BlockCipher or AlgorithmKind.StreamCipher or AlgorithmKind.AuthenticatedCipher or AlgorithmKind.Mode or AlgorithmKind.PublicKeyEncryption
            => new[] { "encrypt", "decrypt" },
        AlgorithmKind.KeyWrap => new[] { "encrypt", "decrypt" },
        AlgorithmKind.Hash or AlgorithmKind.ExtendableOutput => new[] { "digest" },
        AlgorithmKind.Mac => new[] { "tag" },
        AlgorithmKind.Signature => new[] { "sign", "verify" },
        AlgorithmKind.KeyAgreement => new[] { "keygen", "keyderive" },
        AlgorithmKind.Kem => new[] { "keygen", "encapsulate", "decapsulate" },
        AlgorithmKind.KeyPair => new[] { "keygen" },
        AlgorithmKind.KeyDerivation or AlgorithmKind.PasswordHash => new[] { "keyderive" },
        AlgorithmKind.RandomGenerator => new[] { "generate" },
        null => new[] { "unknown" },
        _ => new[] { "other" },
    };
}
