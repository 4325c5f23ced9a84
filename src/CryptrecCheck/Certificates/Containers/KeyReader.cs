using System.Formats.Asn1;
using System.Security.Cryptography;
using CryptrecCheck.Certificates.Der;

namespace CryptrecCheck.Certificates;

/// <summary>Reads the public facts of DER keys: SubjectPublicKeyInfo, PKCS#1 RSA public/private keys (RFC 8017 A.1),
/// PKCS#8 PrivateKeyInfo/OneAsymmetricKey (RFC 5958), SEC 1 EC private keys, OpenSSL DSA private keys and
/// EncryptedPrivateKeyInfo (decrypted with the platform's PKCS#8 import, the password never leaves this method).</summary>
internal static class KeyReader
{
    internal static KeyItem ReadSpki(ReadOnlyMemory<byte> der, string origin) =>
        new("SubjectPublicKeyInfo", origin, SubjectPublicKeyInfoReader.Read(der));

    internal static KeyItem ReadRsaPublic(ReadOnlyMemory<byte> der, string origin)
    {
        var r = new AsnReader(der, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        var n = seq.ReadIntegerBytes();
        var e = seq.ReadIntegerBytes();
        seq.ThrowIfNotEmpty();
        r.ThrowIfNotEmpty();
        return new("PKCS#1 RSA public key", origin, SubjectPublicKeyInfoReader.RsaFromParts("RSA", OidNames.RsaEncryption, n.Span, e.Span));
    }

    internal static KeyItem ReadRsaPrivate(ReadOnlyMemory<byte> der, string origin)
    {
        var r = new AsnReader(der, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        seq.ReadInteger();
        var n = seq.ReadIntegerBytes();
        var e = seq.ReadIntegerBytes();
        return new("PKCS#1 RSA private key", origin, SubjectPublicKeyInfoReader.RsaFromParts("RSA", OidNames.RsaEncryption, n.Span, e.Span));
    }

    internal static KeyItem ReadEcPrivate(ReadOnlyMemory<byte> der, string origin, string? curveFromAlgorithm = null, string format = "SEC 1 EC private key")
    {
        var r = new AsnReader(der, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        seq.ReadInteger();
        seq.ReadOctetString();
        var curve = curveFromAlgorithm;
        var t0 = new Asn1Tag(TagClass.ContextSpecific, 0, true);
        if (seq.HasData && seq.PeekTag().HasSameClassAndValue(t0))
        {
            var p = seq.ReadSequence(t0);
            if (p.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier)) { curve = p.ReadObjectIdentifier(); }
        }
        if (curve == null) { throw new CertificateFormatException("EC private key without a named curve."); }
        return new(format, origin, SubjectPublicKeyInfoReader.EcNamed(OidNames.EcPublicKey, curve));
    }

    internal static KeyItem ReadDsaPrivate(ReadOnlyMemory<byte> der, string origin)
    {
        var r = new AsnReader(der, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        seq.ReadInteger();
        var p = seq.ReadIntegerBytes();
        var bits = SubjectPublicKeyInfoReader.BitLength(p.Span);
        return new("OpenSSL DSA private key", origin, new PublicKeyInfo
        {
            Algorithm = "DSA", Oid = OidNames.Dsa, KeyBits = bits,
            Asset = new Policy.CryptoAsset { Algorithm = Policy.Algorithms.Dsa, KeyBits = bits, Usage = Policy.AssetUsage.Signing },
        });
    }

    internal static KeyItem ReadPkcs8(ReadOnlyMemory<byte> der, string origin, string format = "PKCS#8 private key")
    {
        var r = new AsnReader(der, AsnEncodingRules.DER);
        var seq = r.ReadSequence();
        seq.ReadInteger();
        var alg = seq.ReadSequence();
        var oid = alg.ReadObjectIdentifier();
        ReadOnlyMemory<byte>? parameters = alg.HasData ? alg.ReadEncodedValue() : null;
        var priv = seq.ReadOctetString();
        switch (oid)
        {
            case OidNames.RsaEncryption:
            case OidNames.RsaPss:
                var rsa = ReadRsaPrivate(priv, origin);
                return rsa with
                {
                    Format = format,
                    PublicKey = oid == OidNames.RsaPss
                        ? (rsa.PublicKey with { Algorithm = "RSA-PSS", Oid = oid, Asset = rsa.PublicKey.Asset with { Algorithm = Policy.Algorithms.RsaPss } }).WithPssParameters(parameters)
                        : rsa.PublicKey,
                };
            case OidNames.EcPublicKey:
                string? curve = null;
                if (parameters is { } p)
                {
                    var pr = new AsnReader(p, AsnEncodingRules.DER);
                    if (pr.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier)) { curve = pr.ReadObjectIdentifier(); }
                }
                return ReadEcPrivate(priv, origin, curve, format);
            default:
                // DSA, DH, EdDSA, XDH, ML-DSA, ML-KEM: the algorithm identifier says all there is to say about size.
                return new(format, origin, SubjectPublicKeyInfoReader.FromAlgorithm(oid, parameters, ReadOnlyMemory<byte>.Empty));
        }
    }

    /// <summary>Decrypts an EncryptedPrivateKeyInfo with the password and reads the key inside.</summary>
    internal static KeyItem ReadEncryptedPkcs8(ReadOnlyMemory<byte> der, string origin, string? password)
    {
        if (password == null)
        {
            throw new PasswordRequiredException("an encrypted PKCS#8 private key: give --password or set CRYPTREC_CHECK_PASSWORD.");
        }
        foreach (var make in new Func<AsymmetricAlgorithm>[] { RSA.Create, ECDsa.Create, DSA.Create })
        {
            using var key = make();
            try
            {
                key.ImportEncryptedPkcs8PrivateKey(password.AsSpan(), der.Span, out _);
            }
            catch (CryptographicException)
            {
                continue;
            }
            var plain = key.ExportPkcs8PrivateKey();
            try
            {
                return ReadPkcs8(plain, origin, "encrypted PKCS#8 private key");
            }
            finally
            {
                CryptographicOperations.ZeroMemory(plain);
            }
        }
        throw new PasswordRequiredException("an encrypted PKCS#8 private key that could not be decrypted: wrong password, or a key type or cipher this platform cannot import.");
    }
}
