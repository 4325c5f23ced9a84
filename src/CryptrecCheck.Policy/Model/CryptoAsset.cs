using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using CryptrecCheck.Policy.Internal;

namespace CryptrecCheck.Policy;

/// <summary>What a piece of cryptography is used for; it decides which conditions apply
/// (e.g. XTS only for storage, LS-0003 "new operation" vs "processing existing data").</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum AssetUsage
{
    Unspecified = 0,
    Encryption,
    Decryption,
    Signing,
    Verification,
    KeyAgreement,
    KeyTransport,
    Hashing,
    Mac,
    KeyDerivation,
    PasswordHashing,
    RandomGeneration,
    StorageEncryption,
    Tls,
    Certificate,
}

/// <summary>The role of a component inside a composite asset such as a TLS cipher suite.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum ComponentRole
{
    None = 0,
    KeyExchange,
    Authentication,
    Cipher,
    MacOrPrf,
    Classical,
    PostQuantum,
}

/// <summary>
/// One use of cryptography, as found in code, in a certificate or in a TLS handshake, or typed by a user.
/// The analyzer, the certificate checker and the TLS scanner all translate what they find into this one model
/// and ask the same <see cref="Evaluation.Evaluator"/>.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record CryptoAsset
{
    /// <summary>Canonical algorithm ID from <see cref="Algorithms"/> (e.g. "AES", "RSA-OAEP", "HMAC", "ECDSA").</summary>
    public string Algorithm { get; init; } = string.Empty;

    /// <summary>Mode of operation for block ciphers ("GCM", "ECB", ...).</summary>
    public string? Mode { get; init; }

    /// <summary>Padding ("PKCS7", "None", ...); for RSA the scheme is in <see cref="Algorithm"/>.</summary>
    public string? Padding { get; init; }

    /// <summary>Key length in bits (modulus length for RSA/DH/DSA; effective length for Triple DES: 112 or 168).</summary>
    public int? KeyBits { get; init; }

    /// <summary>Canonical curve name ("P-256", "Ed25519", "secp256k1", ...).</summary>
    public string? Curve { get; init; }

    /// <summary>The hash inside the construction (HMAC, signature, OAEP, KDF, TLS PRF), canonical ID.</summary>
    public string? Hash { get; init; }

    /// <summary>The hash of the MGF1 mask generation function (RSASSA-PSS, RSAES-OAEP; RFC 8017 B.2.1), canonical ID, where it
    /// is known separately from <see cref="Hash"/> (an RSASSA-PSS AlgorithmIdentifier names both, RFC 4055 §3.1). It is a part of
    /// the combination and judged like the hash (policy basis D3).</summary>
    public string? MgfHash { get; init; }

    /// <summary>The MAC used with a key-agreement scheme (LS-0001-2022R2 注2), canonical ID.</summary>
    public string? Mac { get; init; }

    /// <summary>Output length in bits where it is chosen by the user (SHAKE, truncated MACs).</summary>
    public int? OutputBits { get; init; }

    /// <summary>IV or nonce length in bits (GCM: 96 recommended).</summary>
    public int? NonceBits { get; init; }

    /// <summary>Authentication tag length in bits.</summary>
    public int? TagBits { get; init; }

    /// <summary>Block size in bits where it is a parameter (Rijndael).</summary>
    public int? BlockBits { get; init; }

    /// <summary>Named parameter set (ML-KEM-768, ML-DSA-65, ...).</summary>
    public string? ParameterSet { get; init; }

    /// <summary>Blocks processed with one key, where known (64-bit block cipher limits).</summary>
    public long? BlocksPerKey { get; init; }

    /// <summary>What the asset is used for.</summary>
    public AssetUsage Usage { get; init; }

    /// <summary>The role of this asset when it is a component of another.</summary>
    public ComponentRole Role { get; init; }

    /// <summary>Parts of a composite asset (cipher suite, hybrid group), judged one by one; the weakest decides.</summary>
    public IReadOnlyList<CryptoAsset>? Components { get; init; }

    /// <summary>For TLS assets: the IANA code point of a cipher suite, group or signature scheme.</summary>
    public int? TlsCode { get; init; }

    /// <summary>For TLS assets: which registry <see cref="TlsCode"/> belongs to.</summary>
    public TlsItemKind TlsKind { get; init; }

    /// <summary>Value equality including the components (a record would compare the component list by reference, so
    /// two equal cipher suites built separately would miss the verdict cache).</summary>
    [MethodImpl(HotPath.Options)]
    public bool Equals(CryptoAsset? other)
    {
        if (ReferenceEquals(this, other)) { return true; }
        if (other is null) { return false; }
        return Algorithm == other.Algorithm && Mode == other.Mode && Padding == other.Padding && KeyBits == other.KeyBits
            && Curve == other.Curve && Hash == other.Hash && MgfHash == other.MgfHash && Mac == other.Mac && OutputBits == other.OutputBits
            && NonceBits == other.NonceBits && TagBits == other.TagBits && BlockBits == other.BlockBits
            && ParameterSet == other.ParameterSet && BlocksPerKey == other.BlocksPerKey && Usage == other.Usage
            && Role == other.Role && TlsCode == other.TlsCode && TlsKind == other.TlsKind && ComponentsEqual(Components, other.Components);
    }

    [MethodImpl(HotPath.Options)]
    public override int GetHashCode()
    {
        unchecked
        {
            var h = StringComparer.Ordinal.GetHashCode(Algorithm);
            h = h * 31 + (Mode?.GetHashCode() ?? 0);
            h = h * 31 + (KeyBits ?? 0);
            h = h * 31 + (Curve?.GetHashCode() ?? 0);
            h = h * 31 + (Hash?.GetHashCode() ?? 0);
            h = h * 31 + (MgfHash?.GetHashCode() ?? 0);
            h = h * 31 + (Padding?.GetHashCode() ?? 0);
            h = h * 31 + (ParameterSet?.GetHashCode() ?? 0);
            h = h * 31 + (OutputBits ?? 0);
            h = h * 31 + (TlsCode ?? 0);
            h = h * 31 + (int)Usage;
            h = h * 31 + (int)Role;
            h = h * 31 + (Components?.Count ?? -1);
            return h;
        }
    }

    private static bool ComponentsEqual(IReadOnlyList<CryptoAsset>? a, IReadOnlyList<CryptoAsset>? b)
    {
        if (ReferenceEquals(a, b)) { return true; }
        if (a is null || b is null || a.Count != b.Count) { return false; }
        for (var i = 0; i < a.Count; i++) { if (!a[i].Equals(b[i])) { return false; } }
        return true;
    }

    /// <summary>A short human-readable description such as "AES-128/GCM" or "RSASSA-PKCS1-v1_5 with SHA-1".</summary>
    public string Describe()
    {
        var sb = new StringBuilder(Algorithm);
        if (ParameterSet != null && ParameterSet != Algorithm) { sb.Clear().Append(ParameterSet); }
        if (KeyBits is int k && Algorithms.ShowsKeyBits(Algorithm)) { sb.Append('-').Append(k); }
        if (Curve != null) { sb.Append(' ').Append(Curve); }
        if (Mode != null) { sb.Append('/').Append(Mode); }
        if (Padding != null && Padding != "None") { sb.Append('/').Append(Padding); }
        if (Hash != null) { sb.Append(" with ").Append(Hash); }
        if (MgfHash != null && MgfHash != Hash) { sb.Append(" and MGF1 ").Append(MgfHash); }
        if (Mac != null) { sb.Append(" + ").Append(Mac); }
        if (OutputBits is int o) { sb.Append(" (").Append(o).Append("-bit output)"); }
        return sb.ToString();
    }
}

/// <summary>Which TLS registry an asset comes from.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum TlsItemKind
{
    None = 0,
    CipherSuite,
    Ssl2CipherKind,
    SupportedGroup,
    SignatureScheme,
    ProtocolVersion,
}
