using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CryptrecCheck.Certificates;

/// <summary>
/// Takes certificates and keys out of a file's bytes: PEM (any number of blocks, anything between them ignored),
/// DER (one or several concatenated objects), PKCS#7/P7B (RFC 5652 SignedData certificates), PKCS#12/PFX (RFC 7292, via
/// the platform loader with the password), OpenSSH public-key lines and private-key files. Every part that cannot be
/// read becomes a problem naming the part; the rest is still returned.
/// </summary>
public static class ContainerReader
{
    private const string SignedDataOid = "1.2.840.113549.1.7.2";
    private const string DataOid = "1.2.840.113549.1.7.1";

    /// <summary>Reads one file's content.</summary>
    public static ContainerContent Read(byte[] data, string? password)
    {
        var content = new ContainerContent();
        if (data.Length == 0)
        {
            content.Problems.Add(("empty", "the file is empty."));
            return content;
        }
        if (PemReader.LooksLikePem(data))
        {
            content.Format = "PEM";
            ReadPem(Encoding.UTF8.GetString(data), password, content);
            return content;
        }
        if (data[0] == 0x30)
        {
            content.Format = "DER";
            ReadDerSequence(data, "DER object", password, content);
            return content;
        }
        var text = Encoding.UTF8.GetString(data);
        if (OpenSshKeyReader.ContainsKeyLine(text))
        {
            content.Format = "OpenSSH";
            OpenSshKeyReader.ReadLines(text, content);
            return content;
        }
        content.Problems.Add(("format", "not a certificate or key: no PEM block, no DER SEQUENCE, no OpenSSH key line."));
        return content;
    }

    /// <summary>Domain parameters, which are neither certificates nor keys (docs/certificates.md: skipped): OpenSSL's
    /// "PARAMETERS" and every "&lt;type&gt; PARAMETERS" label (EC, DH, X9.42 DH, DSA, SM2, ...).</summary>
    internal static bool IsParameters(string label) =>
        label == "PARAMETERS" || label.EndsWith(" PARAMETERS", StringComparison.Ordinal);

    private static void ReadPem(string text, string? password, ContainerContent content)
    {
        var n = 0;
        foreach (var block in PemReader.Read(text))
        {
            n++;
            var origin = $"PEM block {n.ToString(CultureInfo.InvariantCulture)} ({block.Label})";
            if (block.Error != null || block.Data == null)
            {
                content.Problems.Add(("parse", $"{origin}: {block.Error}."));
                continue;
            }
            try
            {
                switch (block.Label)
                {
                    case "CERTIFICATE":
                    case "X509 CERTIFICATE":
                    case "TRUSTED CERTIFICATE":
                        content.Certificates.Add(new CertificateItem(FirstElement(block.Data), origin));
                        break;
                    case "PKCS7":
                    case "CERTIFICATE CHAIN":
                        ReadPkcs7(block.Data, origin, content);
                        break;
                    case "PUBLIC KEY":
                        content.Keys.Add(KeyReader.ReadSpki(block.Data, origin));
                        break;
                    case "RSA PUBLIC KEY":
                        content.Keys.Add(KeyReader.ReadRsaPublic(block.Data, origin));
                        break;
                    case "RSA PRIVATE KEY":
                    case "EC PRIVATE KEY":
                    case "DSA PRIVATE KEY":
                        if (block.LegacyEncrypted)
                        {
                            content.Problems.Add(("encrypted", $"{origin}: a legacy OpenSSL-encrypted key (Proc-Type: 4,ENCRYPTED) is not supported; convert it to encrypted PKCS#8 (openssl pkcs8 -topk8)."));
                            break;
                        }
                        content.Keys.Add(block.Label[0] switch
                        {
                            'R' => KeyReader.ReadRsaPrivate(block.Data, origin),
                            'E' => KeyReader.ReadEcPrivate(block.Data, origin),
                            _ => KeyReader.ReadDsaPrivate(block.Data, origin),
                        });
                        break;
                    case "PRIVATE KEY":
                        content.Keys.Add(KeyReader.ReadPkcs8(block.Data, origin));
                        break;
                    case "ENCRYPTED PRIVATE KEY":
                        content.Keys.Add(KeyReader.ReadEncryptedPkcs8(block.Data, origin, password));
                        break;
                    case "OPENSSH PRIVATE KEY":
                        content.Keys.Add(OpenSshKeyReader.ReadPrivateKeyFile(block.Data, origin));
                        break;
                    case "PKCS12":
                        ReadPkcs12(block.Data, origin, password, content);
                        break;
                    case "X509 CRL":
                    case "CERTIFICATE REQUEST":
                    case "NEW CERTIFICATE REQUEST":
                        // Not certificates or keys; nothing to judge here.
                        content.Skipped.Add(origin);
                        break;
                    default:
                        if (IsParameters(block.Label))
                        {
                            content.Skipped.Add(origin);
                            break;
                        }
                        content.Problems.Add(("format", $"{origin}: unsupported PEM label."));
                        break;
                }
            }
            catch (Exception e) when (IsInputError(e))
            {
                content.Problems.Add((e is PasswordRequiredException ? "password" : "parse", $"{origin}: {Describe(e)}"));
            }
        }
        if (n == 0) { content.Problems.Add(("format", "no complete PEM block found.")); }
    }

    private static void ReadDerSequence(byte[] data, string what, string? password, ContainerContent content)
    {
        var mem = new ReadOnlyMemory<byte>(data);
        var index = 0;
        while (!mem.IsEmpty)
        {
            index++;
            var origin = $"{what} {index.ToString(CultureInfo.InvariantCulture)}";
            ReadOnlyMemory<byte> element;
            try
            {
                var r = new AsnReader(mem, AsnEncodingRules.BER);
                element = r.PeekEncodedValue();
            }
            catch (Exception e) when (IsInputError(e))
            {
                content.Problems.Add(("parse", $"{origin} at byte {(data.Length - mem.Length).ToString(CultureInfo.InvariantCulture)}: {Describe(e)}"));
                return;
            }
            try
            {
                ReadDerObject(element, data.Length == element.Length ? data : element.ToArray(), origin, password, content);
            }
            catch (Exception e) when (IsInputError(e))
            {
                content.Problems.Add((e is PasswordRequiredException ? "password" : "parse", $"{origin}: {Describe(e)}"));
            }
            mem = mem[element.Length..];
        }
    }

    /// <summary>Classifies one DER object by its shape and reads it.</summary>
    private static void ReadDerObject(ReadOnlyMemory<byte> der, byte[] bytes, string origin, string? password, ContainerContent content)
    {
        var seq = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
        var first = seq.PeekTag();
        if (first.HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
        {
            var oid = seq.ReadObjectIdentifier();
            if (oid == SignedDataOid) { ReadPkcs7(der, origin.Replace("DER object", "PKCS#7", StringComparison.Ordinal), content); return; }
            throw new CertificateFormatException($"a ContentInfo of type {oid}, not PKCS#7 SignedData.");
        }
        if (first.HasSameClassAndValue(Asn1Tag.Sequence))
        {
            seq.ReadEncodedValue();
            var second = seq.HasData ? seq.PeekTag() : default;
            if (second.HasSameClassAndValue(Asn1Tag.Sequence)) { content.Certificates.Add(new CertificateItem(der, origin)); return; }
            if (second.HasSameClassAndValue(Asn1Tag.PrimitiveBitString)) { content.Keys.Add(KeyReader.ReadSpki(der, origin)); return; }
            if (second.HasSameClassAndValue(Asn1Tag.PrimitiveOctetString)) { content.Keys.Add(KeyReader.ReadEncryptedPkcs8(der, origin, password)); return; }
            throw new CertificateFormatException("a SEQUENCE that is neither a certificate, a public key nor an encrypted private key.");
        }
        if (first.HasSameClassAndValue(Asn1Tag.Integer))
        {
            var version = seq.ReadIntegerBytes();
            var count = 1;
            Asn1Tag next = default;
            var firstAfter = true;
            while (seq.HasData)
            {
                var t = seq.PeekTag();
                if (firstAfter) { next = t; firstAfter = false; }
                seq.ReadEncodedValue();
                count++;
            }
            var v = version.Length == 1 ? version.Span[0] : -1;
            if (v == 3 && next.HasSameClassAndValue(Asn1Tag.Sequence)) { ReadPkcs12(bytes, origin.Replace("DER object", "PKCS#12", StringComparison.Ordinal), password, content); return; }
            if (v is 0 or 1 && next.HasSameClassAndValue(Asn1Tag.Sequence)) { content.Keys.Add(KeyReader.ReadPkcs8(der, origin)); return; }
            if (v == 1 && next.HasSameClassAndValue(Asn1Tag.PrimitiveOctetString)) { content.Keys.Add(KeyReader.ReadEcPrivate(der, origin)); return; }
            if (v == 0 && count == 6) { content.Keys.Add(KeyReader.ReadDsaPrivate(der, origin)); return; }
            if (v == 0 && count >= 9) { content.Keys.Add(KeyReader.ReadRsaPrivate(der, origin)); return; }
            if (count == 2) { content.Keys.Add(KeyReader.ReadRsaPublic(der, origin)); return; }
        }
        throw new CertificateFormatException("not a certificate, key, PKCS#7 or PKCS#12 structure.");
    }

    private static void ReadPkcs7(ReadOnlyMemory<byte> der, string origin, ContainerContent content)
    {
        // ContentInfo { contentType, [0] EXPLICIT SignedData { version, digestAlgorithms, encapContentInfo,
        // [0] IMPLICIT certificates OPTIONAL, [1] IMPLICIT crls OPTIONAL, signerInfos } } (RFC 5652 §3, §5.1).
        var ci = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
        var type = ci.ReadObjectIdentifier();
        if (type != SignedDataOid) { throw new CertificateFormatException($"PKCS#7 content type {type} is not SignedData."); }
        var sd = ci.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)).ReadSequence();
        sd.ReadInteger();
        sd.ReadSetOf();
        sd.ReadSequence();
        var t0 = new Asn1Tag(TagClass.ContextSpecific, 0, true);
        if (!sd.HasData || !sd.PeekTag().HasSameClassAndValue(t0))
        {
            content.Problems.Add(("empty", $"{origin}: the PKCS#7 structure holds no certificates."));
            return;
        }
        var certs = sd.ReadSetOf(true, t0);
        var i = 0;
        while (certs.HasData)
        {
            var tag = certs.PeekTag();
            var encoded = certs.ReadEncodedValue();
            i++;
            if (tag.HasSameClassAndValue(Asn1Tag.Sequence))
            {
                content.Certificates.Add(new CertificateItem(encoded, $"{origin}, certificate {i.ToString(CultureInfo.InvariantCulture)}"));
            }
        }
        if (content.Format is "DER") { content.Format = "PKCS#7"; }
    }

    private static void ReadPkcs12(byte[] data, string origin, string? password, ContainerContent content)
    {
        X509Certificate2Collection coll;
        try
        {
            coll = X509CertificateLoader.LoadPkcs12Collection(data, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException) when (password == null)
        {
            try
            {
                coll = X509CertificateLoader.LoadPkcs12Collection(data, string.Empty, X509KeyStorageFlags.EphemeralKeySet);
            }
            catch (CryptographicException)
            {
                throw new PasswordRequiredException("a PKCS#12 file that needs a password: give --password or set CRYPTREC_CHECK_PASSWORD.");
            }
        }
        catch (CryptographicException e)
        {
            throw new PasswordRequiredException("a PKCS#12 file that could not be opened: wrong password or a corrupt file (" + e.Message + ").");
        }
        content.Format = "PKCS#12";
        var i = 0;
        foreach (var c in coll)
        {
            i++;
            content.Certificates.Add(new CertificateItem(c.RawData, $"{origin}, certificate {i.ToString(CultureInfo.InvariantCulture)}"));
            c.Dispose();
        }
        if (i == 0) { content.Problems.Add(("empty", $"{origin}: the PKCS#12 file holds no certificates.")); }
    }

    private static ReadOnlyMemory<byte> FirstElement(byte[] data)
    {
        // "TRUSTED CERTIFICATE" (OpenSSL) is a certificate followed by trust settings; others are exactly one certificate.
        var r = new AsnReader(data, AsnEncodingRules.DER);
        return r.ReadEncodedValue();
    }

    internal static bool IsInputError(Exception e) => e is CertificateFormatException or PasswordRequiredException or AsnContentException
        or CryptographicException or FormatException or ArgumentException or OverflowException or InvalidOperationException
        or System.Text.DecoderFallbackException or IndexOutOfRangeException;

    internal static string Describe(Exception e) => e switch
    {
        CertificateFormatException or PasswordRequiredException => e.Message,
        AsnContentException => "malformed DER: " + e.Message,
        _ => "malformed input: " + e.Message,
    };
}
