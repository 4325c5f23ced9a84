using System;

namespace CryptrecCheck.Policy;

/// <summary>Where a strength stands in the LS-0003 table for a given end of operation (REFERENCE §3.3).</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum StrengthPhase
{
    /// <summary>利用可: usable.</summary>
    Usable,

    /// <summary>移行完遂期間: the period in which migration must be completed.</summary>
    MigrationPeriod,

    /// <summary>許容: tolerated, for processing already-protected data only.</summary>
    Tolerated,

    /// <summary>利用不可: not usable.</summary>
    NotUsable,
}

/// <summary>
/// The security-strength model. Strength per key size follows the NIST SP 800-57 equivalences that LS-0003 is believed
/// to mirror (REFERENCE §3.2, unverified); the periods follow the LS-0003 table as reproduced in REFERENCE §3.3
/// (secondary). Every finding from here is therefore marked derived, and the operation end year is configurable.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class SecurityStrength
{
    /// <summary>The year after which 112-bit strength is no longer usable for new operations (LS-0003 via REFERENCE §3.3).</summary>
    public const int Last112BitYear = 2030;

    /// <summary>Last year of the period in which 128-bit strength is plainly usable.</summary>
    public const int Last128BitUsableYear = 2040;

    /// <summary>Last year of the 128-bit migration period.</summary>
    public const int Last128BitMigrationYear = 2050;

    /// <summary>Strength of an RSA modulus or finite-field (DH/DSA) prime of the given size.</summary>
    public static int ForModulus(int bits) =>
        bits >= 15360 ? 256 : bits >= 7680 ? 192 : bits >= 3072 ? 128 : bits >= 2048 ? 112 : bits >= 1024 ? 80 : bits >= 512 ? 56 : 40;

    /// <summary>Strength of an elliptic-curve key with the given field (order) size.</summary>
    public static int ForCurveBits(int bits) =>
        bits >= 512 ? 256 : bits >= 384 ? 192 : bits >= 255 ? 128 : bits >= 224 ? 112 : bits >= 160 ? 80 : bits / 2;

    /// <summary>Strength of a curve; Ed448/X448 are 224-bit designs (RFC 7748), placed at 192.</summary>
    public static int ForCurve(CurveInfo curve) => ForCurveBits(curve.FieldBits);

    /// <summary>Strength of a symmetric key. Triple DES: 3-key 112, 2-key 80 (SP 800-57); others: the key length.</summary>
    public static int ForSymmetric(string algorithm, int keyBits) => algorithm switch
    {
        Algorithms.TripleDes3Key => 112,
        Algorithms.TripleDes2Key => 80,
        Algorithms.TripleDes => keyBits >= 168 ? 112 : 80,
        _ => keyBits,
    };

    /// <summary>The key-based strength of an asset, or null when it has no key size to judge.</summary>
    public static int? Of(CryptoAsset asset)
    {
        var info = Algorithms.Get(asset.Algorithm);
        if (info == null) { return null; }
        if (info.Family == KeyFamily.Ecc)
        {
            var curve = Curves.Find(asset.Curve);
            if (curve != null) { return ForCurve(curve); }
            return asset.KeyBits is int kb ? ForCurveBits(kb) : null;
        }
        var bits = asset.KeyBits ?? info.DefaultKeyBits;
        if (bits is not int b) { return null; }
        return info.Family switch
        {
            KeyFamily.Ifc or KeyFamily.Ffc => ForModulus(b),
            KeyFamily.Symmetric => ForSymmetric(info.Id, b),
            _ => null,
        };
    }

    /// <summary>The LS-0003 phase of a strength for a system whose operation ends in <paramref name="operationEndYear"/>.
    /// <paramref name="processingOnly"/>: decrypting or verifying data protected earlier (処理) rather than new protection (新規生成).</summary>
    public static StrengthPhase Phase(int strength, int operationEndYear, bool processingOnly)
    {
        if (strength < 112) { return StrengthPhase.NotUsable; }
        if (strength >= 192) { return StrengthPhase.Usable; }
        if (strength < 128)
        {
            if (operationEndYear <= Last112BitYear) { return StrengthPhase.MigrationPeriod; }
            return processingOnly ? StrengthPhase.Tolerated : StrengthPhase.NotUsable;
        }
        if (operationEndYear <= Last128BitUsableYear) { return StrengthPhase.Usable; }
        if (operationEndYear <= Last128BitMigrationYear) { return StrengthPhase.MigrationPeriod; }
        return processingOnly ? StrengthPhase.Tolerated : StrengthPhase.NotUsable;
    }

    /// <summary>True for usages that only process existing protected data.</summary>
    public static bool IsProcessingOnly(AssetUsage usage) => usage is AssetUsage.Decryption or AssetUsage.Verification;

    /// <summary>Japanese label of a phase, as in the LS-0003 table.</summary>
    public static string Ja(this StrengthPhase p) => p switch
    {
        StrengthPhase.Usable => "利用可",
        StrengthPhase.MigrationPeriod => "移行完遂期間",
        StrengthPhase.Tolerated => "許容",
        _ => "利用不可",
    };

    /// <summary>kebab-case label of a phase.</summary>
    public static string Id(this StrengthPhase p) => p switch
    {
        StrengthPhase.Usable => "usable",
        StrengthPhase.MigrationPeriod => "migration-period",
        StrengthPhase.Tolerated => "tolerated",
        _ => "not-usable",
    };
}
