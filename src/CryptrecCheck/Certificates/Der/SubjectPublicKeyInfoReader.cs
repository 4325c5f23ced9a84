using System.Formats.Asn1;
using CryptrecCheck.Policy;

namespace CryptrecCheck.Certificates.Der;

/// <summary>Reads SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) and the key formats inside it: RSA (RFC 8017), EC named or
/// explicit parameters (RFC 5480, SEC 1), DSA and DH parameters (RFC 3279), EdDSA/XDH (RFC 8410), ML-DSA/ML-KEM/SLH-DSA
/// (NIST CSOR OIDs). Only sizes and parameters are extracted; points are not validated.</summary>
public static class SubjectPublicKeyInfoReader
{
    /// <summary>Reads one DER SubjectPublicKeyInfo.</summary>
    public static PublicKeyInfo Read(ReadOnlyMemory<byte> spki)
    {
        var r = new AsnReader(spki, AsnEncodingRules.DER);
        var info = Read(r);
        r.ThrowIfNotEmpty();
        return info;
    }

    internal static PublicKeyInfo Read(AsnReader r)
    {
        var seq = r.ReadSequence();
        var alg = seq.ReadSequence();
        var oid = alg.ReadObjectIdentifier();
        ReadOnlyMemory<byte>? parameters = alg.HasData ? alg.ReadEncodedValue() : null;
        alg.ThrowIfNotEmpty();
        if (!seq.TryReadPrimitiveBitString(out var unused, out var key) || unused != 0)
        {
            throw new CertificateFormatException("subjectPublicKey is not a whole-byte BIT STRING.");
        }
        seq.ThrowIfNotEmpty();
        return FromAlgorithm(oid, parameters, key);
    }

    internal static PublicKeyInfo FromAlgorithm(string oid, ReadOnlyMemory<byte>? parameters, ReadOnlyMemory<byte> key)
    {
        switch (oid)
        {
            case OidNames.RsaEncryption:
                return Rsa(oid, key);
            case OidNames.RsaPss:
                return Rsa(oid, key).WithPssParameters(parameters);
            case OidNames.EcPublicKey:
            case OidNames.EcDh:
                return Ec(oid, parameters);
            case OidNames.Dsa:
                return FiniteField(oid, "DSA", Algorithms.Dsa, parameters);
            case OidNames.DhPublicNumber:
            case OidNames.DhKeyAgreement:
                return FiniteField(oid, "DH", Algorithms.Dh, parameters);
        }
        var (_, known) = OidNames.Algorithm(oid);
        if (known != null && known.Curve is { } curve)
        {
            // Ed25519, Ed448, X25519, X448: the algorithm is the curve (RFC 8410).
            var bits = Curves.Find(curve)?.FieldBits;
            return new PublicKeyInfo
            {
                Algorithm = curve, Oid = oid, Curve = curve, CurveOid = oid, KeyBits = bits,
                Asset = known with { Usage = known.Algorithm == Algorithms.Ecdh ? AssetUsage.KeyAgreement : AssetUsage.Signing },
            };
        }
        if (known != null && known.ParameterSet != null)
        {
            return new PublicKeyInfo
            {
                Algorithm = known.Algorithm, Oid = oid, ParameterSet = known.ParameterSet,
                Asset = known with { Usage = known.Algorithm == Algorithms.MlKem ? AssetUsage.KeyAgreement : AssetUsage.Signing },
            };
        }
        return new PublicKeyInfo { Algorithm = oid, Oid = oid, Asset = new CryptoAsset { Algorithm = oid, Usage = AssetUsage.Signing } };
    }

    /// <summary>An RSA public key from its modulus and exponent (big-endian, as in DER INTEGERs or SSH mpints).</summary>
    internal static PublicKeyInfo RsaFromParts(string algorithm, string? oid, ReadOnlySpan<byte> modulus, ReadOnlySpan<byte> exponent)
    {
        var bits = BitLength(modulus);
        var e = StripZeros(exponent);
        ulong? exp = null;
        if (e.Length <= 8)
        {
            ulong v = 0;
            foreach (var b in e) { v = (v << 8) | b; }
            exp = v;
        }
        return new PublicKeyInfo
        {
            Algorithm = algorithm, Oid = oid, KeyBits = bits, RsaExponent = exp, RsaExponentHuge = e.Length > 8,
            Asset = new CryptoAsset { Algorithm = algorithm == "RSA-PSS" ? Algorithms.RsaPss : Algorithms.Rsa, KeyBits = bits, Usage = AssetUsage.Signing },
        };
    }

    /// <summary>An elliptic-curve key on a named curve (by OID or name), or with explicit parameters of the given size.</summary>
    internal static PublicKeyInfo EcNamed(string oid, string curveOidOrName)
    {
        var c = Curves.Find(curveOidOrName);
        var name = c?.Name ?? curveOidOrName;
        return new PublicKeyInfo
        {
            Algorithm = "EC", Oid = oid, Curve = name, CurveOid = c?.Oid ?? (char.IsDigit(curveOidOrName[0]) ? curveOidOrName : null), KeyBits = c?.FieldBits,
            Asset = new CryptoAsset { Algorithm = Algorithms.EcKey, Curve = name, KeyBits = c?.FieldBits, Usage = AssetUsage.Signing },
        };
    }

    private static PublicKeyInfo Rsa(string oid, ReadOnlyMemory<byte> key)
    {
        var r = new AsnReader(key, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        var n = seq.ReadIntegerBytes();
        var e = seq.ReadIntegerBytes();
        seq.ThrowIfNotEmpty();
        r.ThrowIfNotEmpty();
        if (n.Span[0] >= 0x80 || e.Span[0] >= 0x80) { throw new CertificateFormatException("RSA modulus or exponent is negative."); }
        return RsaFromParts(oid == OidNames.RsaPss ? "RSA-PSS" : "RSA", oid, n.Span, e.Span);
    }

    private static PublicKeyInfo Ec(string oid, ReadOnlyMemory<byte>? parameters)
    {
        if (parameters is not { } p) { throw new CertificateFormatException("EC key without curve parameters."); }
        var r = new AsnReader(p, AsnEncodingRules.DER);
        var tag = r.PeekTag();
        if (tag.HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
        {
            var curveOid = r.ReadObjectIdentifier();
            r.ThrowIfNotEmpty();
            return EcNamed(oid, curveOid);
        }
        if (tag.HasSameClassAndValue(Asn1Tag.Null))
        {
            // implicitlyCA: the parameters are inherited from the issuer (RFC 5480 forbids it in certificates).
            return new PublicKeyInfo
            {
                Algorithm = "EC", Oid = oid, Curve = "implicitlyCA",
                Asset = new CryptoAsset { Algorithm = Algorithms.EcKey, Curve = "implicitlyCA", Usage = AssetUsage.Signing },
            };
        }
        // SpecifiedECDomain (SEC 1 §C.2): version, fieldID { fieldType, parameters }, curve, base, order, cofactor.
        var spec = r.ReadSequence();
        spec.ReadInteger();
        var field = spec.ReadSequence();
        var fieldType = field.ReadObjectIdentifier();
        int bits;
        if (fieldType == OidNames.PrimeField)
        {
            bits = BitLength(field.ReadIntegerBytes().Span);
        }
        else
        {
            // characteristic-two: Characteristic-two ::= SEQUENCE { m INTEGER, ... }
            var c2 = field.ReadSequence();
            bits = c2.TryReadInt32(out var m) ? m : 0;
        }
        return new PublicKeyInfo
        {
            Algorithm = "EC", Oid = oid, Curve = "explicit", ExplicitCurve = true, KeyBits = bits,
            Asset = new CryptoAsset { Algorithm = Algorithms.EcKey, Curve = $"explicit parameters ({bits}-bit field)", KeyBits = bits, Usage = AssetUsage.Signing },
        };
    }

    private static PublicKeyInfo FiniteField(string oid, string name, string algorithm, ReadOnlyMemory<byte>? parameters)
    {
        int? bits = null;
        if (parameters is { } p && !(p.Length == 2 && p.Span[0] == 0x05))
        {
            var seq = new AsnReader(p, AsnEncodingRules.DER).ReadSequence();
            bits = BitLength(seq.ReadIntegerBytes().Span);
        }
        return new PublicKeyInfo
        {
            Algorithm = name, Oid = oid, KeyBits = bits,
            Asset = new CryptoAsset { Algorithm = algorithm, KeyBits = bits, Usage = algorithm == Algorithms.Dh ? AssetUsage.KeyAgreement : AssetUsage.Signing },
        };
    }

    internal static int BitLength(ReadOnlySpan<byte> bigEndian)
    {
        var s = StripZeros(bigEndian);
        if (s.Length == 0) { return 0; }
        return (s.Length - 1) * 8 + (32 - System.Numerics.BitOperations.LeadingZeroCount((uint)s[0]));
    }

    private static ReadOnlySpan<byte> StripZeros(ReadOnlySpan<byte> v)
    {
        var i = 0;
        while (i < v.Length && v[i] == 0) { i++; }
        return v[i..];
    }
}
