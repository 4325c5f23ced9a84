using System.Formats.Asn1;
using System.Net;

namespace CryptrecCheck.Certificates.Der;

/// <summary>
/// A DER X.509 certificate parser over <see cref="AsnReader"/> (RFC 5280 §4.1): it reads the fields the inspection needs
/// and nothing is verified cryptographically. It is the hot path of certificate inspection, so it never builds an
/// <c>X509Certificate2</c>. Any malformation ends in a <see cref="CertificateFormatException"/> naming the field.
/// </summary>
public static class CertificateParser
{
    /// <summary>Parses one DER certificate. Trailing bytes after the certificate are an error.</summary>
    public static ParsedCertificate Parse(ReadOnlyMemory<byte> der)
    {
        try
        {
            var r = new AsnReader(der, AsnEncodingRules.DER);
            var encoded = r.PeekEncodedValue();
            var cert = ParseCore(encoded);
            r.ReadEncodedValue();
            if (r.HasData) { throw new CertificateFormatException("trailing data after the certificate."); }
            return cert;
        }
        catch (AsnContentException e)
        {
            throw new CertificateFormatException("malformed DER: " + e.Message, e);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new CertificateFormatException("malformed DER: " + e.Message, e);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException or FormatException or System.Text.DecoderFallbackException)
        {
            throw new CertificateFormatException("malformed certificate: " + e.Message, e);
        }
    }

    private static ParsedCertificate ParseCore(ReadOnlyMemory<byte> der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        var tbs = outer.ReadSequence();
        var outerAlg = outer.PeekEncodedValue();
        var signatureAlgorithm = AlgorithmIdentifiers.ReadSignature(outer);
        if (!outer.TryReadPrimitiveBitString(out _, out _)) { throw new CertificateFormatException("signatureValue is not a BIT STRING."); }
        outer.ThrowIfNotEmpty();

        var version = 1;
        var v0 = new Asn1Tag(TagClass.ContextSpecific, 0, true);
        if (tbs.PeekTag().HasSameClassAndValue(v0))
        {
            var vr = tbs.ReadSequence(v0);
            if (!vr.TryReadInt32(out var v) || v is < 0 or > 2) { throw new CertificateFormatException("version is not v1, v2 or v3."); }
            vr.ThrowIfNotEmpty();
            version = v + 1;
        }
        var serial = tbs.ReadIntegerBytes();
        if (serial.Length > 64) { throw new CertificateFormatException("serialNumber is longer than 64 bytes."); }
        var innerAlg = tbs.PeekEncodedValue();
        tbs.ReadEncodedValue();
        var issuerDer = tbs.ReadEncodedValue();
        var issuer = DistinguishedName.Format(issuerDer, out _);
        var validity = tbs.ReadSequence();
        var notBefore = ReadTime(validity);
        var notAfter = ReadTime(validity);
        validity.ThrowIfNotEmpty();
        var subjectDer = tbs.ReadEncodedValue();
        var subject = DistinguishedName.Format(subjectDer, out var cn);
        var key = SubjectPublicKeyInfoReader.Read(tbs);

        // issuerUniqueID [1], subjectUniqueID [2] (v2/v3): skipped.
        var t1 = new Asn1Tag(TagClass.ContextSpecific, 1);
        var t2 = new Asn1Tag(TagClass.ContextSpecific, 2);
        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(t1)) { tbs.ReadEncodedValue(); }
        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(t2)) { tbs.ReadEncodedValue(); }

        IReadOnlyList<string>? keyUsage = null;
        IReadOnlyList<string>? eku = null;
        BasicConstraintsInfo? bc = null;
        IReadOnlyList<SubjectAltName> san = Array.Empty<SubjectAltName>();
        ReadOnlyMemory<byte>? ski = null;
        ReadOnlyMemory<byte>? aki = null;
        List<string>? unknownCritical = null;
        var t3 = new Asn1Tag(TagClass.ContextSpecific, 3, true);
        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(t3))
        {
            var wrapper = tbs.ReadSequence(t3);
            var exts = wrapper.ReadSequence();
            wrapper.ThrowIfNotEmpty();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (exts.HasData)
            {
                var ext = exts.ReadSequence();
                var oid = ext.ReadObjectIdentifier();
                var critical = false;
                if (ext.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean)) { critical = ext.ReadBoolean(); }
                if (!ext.TryReadPrimitiveOctetString(out var value)) { throw new CertificateFormatException($"extension {oid}: extnValue is not an OCTET STRING."); }
                ext.ThrowIfNotEmpty();
                if (!seen.Add(oid)) { throw new CertificateFormatException($"extension {OidNames.Extension(oid)} appears twice (RFC 5280 §4.2)."); }
                switch (oid)
                {
                    case OidNames.KeyUsage: keyUsage = ReadKeyUsage(value); break;
                    case OidNames.ExtendedKeyUsage: eku = ReadEku(value); break;
                    case OidNames.BasicConstraints: bc = ReadBasicConstraints(value, critical); break;
                    case OidNames.SubjectAltName: san = ReadSan(value); break;
                    case OidNames.SubjectKeyId: ski = ReadOctets(value); break;
                    case OidNames.AuthorityKeyId: aki = ReadAki(value); break;
                    default:
                        if (critical && !OidNames.HandledCritical.Contains(oid)) { (unknownCritical ??= new()).Add(oid); }
                        break;
                }
            }
        }
        tbs.ThrowIfNotEmpty();

        return new ParsedCertificate
        {
            Der = der,
            Version = version,
            SerialHex = Convert.ToHexString(serial.Span),
            SignatureAlgorithm = signatureAlgorithm,
            Issuer = issuer,
            Subject = subject,
            IssuerDer = issuerDer,
            SubjectDer = subjectDer,
            CommonName = cn,
            NotBefore = notBefore,
            NotAfter = notAfter,
            PublicKey = key,
            KeyUsage = keyUsage,
            ExtendedKeyUsage = eku,
            BasicConstraints = bc,
            SubjectAltNames = san,
            SubjectKeyId = ski,
            AuthorityKeyId = aki,
            UnknownCriticalExtensions = (IReadOnlyList<string>?)unknownCritical ?? Array.Empty<string>(),
            SignatureAlgorithmMismatch = !outerAlg.Span.SequenceEqual(innerAlg.Span),
        };
    }

    private static DateTime ReadTime(AsnReader r)
    {
        var tag = r.PeekTag();
        if (tag.HasSameClassAndValue(Asn1Tag.UtcTime)) { return r.ReadUtcTime(2049).UtcDateTime; }
        if (tag.HasSameClassAndValue(Asn1Tag.GeneralizedTime)) { return r.ReadGeneralizedTime().UtcDateTime; }
        throw new CertificateFormatException("validity time is neither UTCTime nor GeneralizedTime.");
    }

    private static IReadOnlyList<string> ReadKeyUsage(ReadOnlyMemory<byte> value)
    {
        var r = new AsnReader(value, AsnEncodingRules.DER);
        var bits = r.ReadBitString(out var unused);
        r.ThrowIfNotEmpty();
        var list = new List<string>(4);
        for (var i = 0; i < bits.Length * 8 - unused; i++)
        {
            if ((bits[i / 8] & (0x80 >> (i % 8))) != 0) { list.Add(OidNames.KeyUsageBit(i)); }
        }
        return list;
    }

    private static IReadOnlyList<string> ReadEku(ReadOnlyMemory<byte> value)
    {
        var r = new AsnReader(value, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        r.ThrowIfNotEmpty();
        var list = new List<string>(2);
        while (seq.HasData) { list.Add(OidNames.Purpose(seq.ReadObjectIdentifier())); }
        return list;
    }

    private static BasicConstraintsInfo ReadBasicConstraints(ReadOnlyMemory<byte> value, bool critical)
    {
        var r = new AsnReader(value, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        r.ThrowIfNotEmpty();
        var ca = false;
        int? path = null;
        if (seq.HasData && seq.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean)) { ca = seq.ReadBoolean(); }
        if (seq.HasData)
        {
            if (!seq.TryReadInt32(out var p) || p < 0) { throw new CertificateFormatException("basicConstraints: pathLenConstraint is not a small non-negative integer."); }
            path = p;
        }
        seq.ThrowIfNotEmpty();
        return new BasicConstraintsInfo(ca, path, critical);
    }

    private static IReadOnlyList<SubjectAltName> ReadSan(ReadOnlyMemory<byte> value)
    {
        var r = new AsnReader(value, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        r.ThrowIfNotEmpty();
        var list = new List<SubjectAltName>(2);
        while (seq.HasData)
        {
            var tag = seq.PeekTag();
            if (tag.TagClass != TagClass.ContextSpecific) { throw new CertificateFormatException("subjectAltName: a GeneralName without a context tag."); }
            switch (tag.TagValue)
            {
                case 1:
                    list.Add(new SubjectAltName("email", seq.ReadCharacterString(UniversalTagNumber.IA5String, tag)));
                    break;
                case 2:
                    list.Add(new SubjectAltName("dns", seq.ReadCharacterString(UniversalTagNumber.IA5String, tag)));
                    break;
                case 6:
                    list.Add(new SubjectAltName("uri", seq.ReadCharacterString(UniversalTagNumber.IA5String, tag)));
                    break;
                case 7:
                    var ip = seq.ReadOctetString(tag);
                    list.Add(new SubjectAltName("ip", ip.Length is 4 or 16 ? new IPAddress(ip).ToString() : Convert.ToHexString(ip)));
                    break;
                case 4:
                    var dir = seq.ReadSequence(tag);
                    list.Add(new SubjectAltName("dirName", DistinguishedName.Format(dir.ReadEncodedValue(), out _)));
                    break;
                default:
                    seq.ReadEncodedValue();
                    list.Add(new SubjectAltName("other", "[" + tag.TagValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"));
                    break;
            }
        }
        return list;
    }

    private static ReadOnlyMemory<byte> ReadOctets(ReadOnlyMemory<byte> value)
    {
        var r = new AsnReader(value, AsnEncodingRules.DER);
        if (!r.TryReadPrimitiveOctetString(out var v)) { throw new CertificateFormatException("subjectKeyIdentifier is not an OCTET STRING."); }
        r.ThrowIfNotEmpty();
        return v;
    }

    private static ReadOnlyMemory<byte>? ReadAki(ReadOnlyMemory<byte> value)
    {
        var r = new AsnReader(value, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        r.ThrowIfNotEmpty();
        var t0 = new Asn1Tag(TagClass.ContextSpecific, 0);
        if (seq.HasData && seq.PeekTag().HasSameClassAndValue(t0))
        {
            if (!seq.TryReadPrimitiveOctetString(out var id, t0)) { throw new CertificateFormatException("authorityKeyIdentifier: keyIdentifier is not primitive."); }
            return id;
        }
        return null;
    }
}
