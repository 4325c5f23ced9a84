using System;
using System.Collections.Generic;

namespace CryptrecCheck.Policy;

/// <summary>How a curve stands against the specifications the list references (REFERENCE §8 "Curves", a product decision).</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum CurveStanding
{
    /// <summary>P-256, P-384, P-521 for ECDSA/ECDH; Ed25519/Ed448 for EdDSA.</summary>
    Referenced,

    /// <summary>X25519/X448 accepted as ECDH, marked derived (GL-3001 setting examples use them; REFERENCE §6.12).</summary>
    AcceptedDerived,

    /// <summary>Any other named curve: "curve outside the referenced specifications".</summary>
    Outside,
}

/// <summary>Shape of a curve, which decides what it may be used for.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
enum CurveForm
{
    Weierstrass,
    Edwards,
    Montgomery,
}

/// <summary>A named elliptic curve: canonical name, field size, form, standing and its other names.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record CurveInfo(string Name, int FieldBits, CurveForm Form, CurveStanding Standing, string? Oid, string[] Aliases);

/// <summary>The named curves the product knows. Field sizes and OIDs are facts of SEC 2, FIPS 186, RFC 7748/8032 and RFC 5639.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class Curves
{
    private static readonly CurveInfo[] Known =
    {
        new("P-192", 192, CurveForm.Weierstrass, CurveStanding.Outside, "1.2.840.10045.3.1.1", new[] { "secp192r1", "prime192v1", "nistp192", "ansip192r1" }),
        new("P-224", 224, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.33", new[] { "secp224r1", "nistp224", "ansip224r1", "wap-wsg-idm-ecid-wtls12" }),
        new("P-256", 256, CurveForm.Weierstrass, CurveStanding.Referenced, "1.2.840.10045.3.1.7", new[] { "secp256r1", "prime256v1", "nistp256", "ECDSA_P256", "ECDH_P256", "nistP256", "ansip256r1" }),
        new("P-384", 384, CurveForm.Weierstrass, CurveStanding.Referenced, "1.3.132.0.34", new[] { "secp384r1", "nistp384", "ECDSA_P384", "ECDH_P384", "nistP384", "ansip384r1" }),
        new("P-521", 521, CurveForm.Weierstrass, CurveStanding.Referenced, "1.3.132.0.35", new[] { "secp521r1", "nistp521", "ECDSA_P521", "ECDH_P521", "nistP521", "ansip521r1" }),
        new("secp160k1", 160, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.9", new[] { "ansip160k1" }),
        new("secp160r1", 160, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.8", new[] { "ansip160r1" }),
        new("secp160r2", 160, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.30", new[] { "ansip160r2" }),
        new("secp192k1", 192, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.31", new[] { "ansip192k1" }),
        new("secp224k1", 224, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.32", new[] { "ansip224k1" }),
        new("secp256k1", 256, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.10", new[] { "ansip256k1", "K-256" }),
        new("brainpoolP160r1", 160, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.1", Array.Empty<string>()),
        new("brainpoolP192r1", 192, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.3", Array.Empty<string>()),
        new("brainpoolP224r1", 224, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.5", Array.Empty<string>()),
        new("brainpoolP256r1", 256, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.7", new[] { "brainpoolP256r1tls13" }),
        new("brainpoolP320r1", 320, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.9", Array.Empty<string>()),
        new("brainpoolP384r1", 384, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.11", new[] { "brainpoolP384r1tls13" }),
        new("brainpoolP512r1", 512, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.13", new[] { "brainpoolP512r1tls13" }),
        new("brainpoolP256t1", 256, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.8", Array.Empty<string>()),
        new("brainpoolP384t1", 384, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.12", Array.Empty<string>()),
        new("brainpoolP512t1", 512, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.36.3.3.2.8.1.1.14", Array.Empty<string>()),
        new("sect163k1", 163, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.1", new[] { "K-163" }),
        new("sect163r2", 163, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.15", new[] { "B-163" }),
        new("sect233k1", 233, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.26", new[] { "K-233" }),
        new("sect233r1", 233, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.27", new[] { "B-233" }),
        new("sect283k1", 283, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.16", new[] { "K-283" }),
        new("sect283r1", 283, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.17", new[] { "B-283" }),
        new("sect409k1", 409, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.36", new[] { "K-409" }),
        new("sect409r1", 409, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.37", new[] { "B-409" }),
        new("sect571k1", 571, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.38", new[] { "K-571" }),
        new("sect571r1", 571, CurveForm.Weierstrass, CurveStanding.Outside, "1.3.132.0.39", new[] { "B-571" }),
        new("SM2 curve", 256, CurveForm.Weierstrass, CurveStanding.Outside, "1.2.156.10197.1.301", new[] { "sm2p256v1", "curveSM2" }),
        new("Ed25519", 255, CurveForm.Edwards, CurveStanding.Referenced, "1.3.101.112", new[] { "edwards25519" }),
        new("Ed448", 448, CurveForm.Edwards, CurveStanding.Referenced, "1.3.101.113", new[] { "edwards448" }),
        new("X25519", 255, CurveForm.Montgomery, CurveStanding.AcceptedDerived, "1.3.101.110", new[] { "Curve25519", "x25519" }),
        new("X448", 448, CurveForm.Montgomery, CurveStanding.AcceptedDerived, "1.3.101.111", new[] { "Curve448", "x448" }),
    };

    private static readonly Dictionary<string, CurveInfo> ByName = BuildIndex();

    /// <summary>All known curves.</summary>
    public static IReadOnlyList<CurveInfo> All => Known;

    /// <summary>Finds a curve by canonical name, alias or OID, ignoring case, '-', '_' and spaces.</summary>
    public static CurveInfo? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) { return null; }
        return ByName.TryGetValue(name!, out var c) || ByName.TryGetValue(Compact(name!), out c) ? c : null;
    }

    internal static string Compact(string s)
    {
        var chars = new char[s.Length];
        var n = 0;
        foreach (var ch in s)
        {
            if (ch is '-' or '_' or ' ') { continue; }
            chars[n++] = char.ToUpperInvariant(ch);
        }
        return new string(chars, 0, n);
    }

    private static Dictionary<string, CurveInfo> BuildIndex()
    {
        var d = new Dictionary<string, CurveInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in Known)
        {
            d[c.Name] = c;
            d[Compact(c.Name)] = c;
            if (c.Oid != null) { d[c.Oid] = c; }
            foreach (var a in c.Aliases) { d[a] = c; d[Compact(a)] = c; }
        }
        return d;
    }
}
