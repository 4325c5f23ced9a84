using System.Formats.Asn1;
using CryptrecCheck.Policy;

namespace CryptrecCheck.Certificates.Der;

/// <summary>Reads signature AlgorithmIdentifiers (RFC 5280 §4.1.1.2), including RSASSA-PSS-params (RFC 4055 §3.1).</summary>
internal static class AlgorithmIdentifiers
{
    internal static SignatureAlgorithmInfo ReadSignature(AsnReader r)
    {
        var seq = r.ReadSequence();
        var oid = seq.ReadObjectIdentifier();
        ReadOnlyMemory<byte>? parameters = seq.HasData ? seq.ReadEncodedValue() : null;
        seq.ThrowIfNotEmpty();
        var (name, known) = OidNames.Algorithm(oid);
        if (oid == OidNames.RsaPss)
        {
            return ReadPss(oid, parameters);
        }
        if (known == null || known.Usage != AssetUsage.Signing && known.Algorithm is not (Algorithms.EdDsa or Algorithms.MlDsa or Algorithms.SlhDsa))
        {
            // Not a signature algorithm we know: the evaluator will call it unknown, naming the OID.
            var unknown = new CryptoAsset { Algorithm = oid, Usage = AssetUsage.Signing };
            return new SignatureAlgorithmInfo { Oid = oid, Name = name, Scheme = oid, Asset = unknown };
        }
        var asset = known with { Usage = AssetUsage.Signing };
        return new SignatureAlgorithmInfo
        {
            Oid = oid,
            Name = name,
            Scheme = known.Algorithm,
            Hash = known.Hash,
            ParameterSet = known.ParameterSet,
            Asset = asset,
        };
    }

    private static SignatureAlgorithmInfo ReadPss(string oid, ReadOnlyMemory<byte>? parameters)
    {
        var (hash, mgfHash, salt) = ReadPssParameters(parameters);
        // Both hashes are parts of the signature scheme: the evaluator judges it by the weaker (policy basis D3).
        var asset = new CryptoAsset { Algorithm = Algorithms.RsaPss, Hash = hash, MgfHash = mgfHash, Usage = AssetUsage.Signing };
        return new SignatureAlgorithmInfo
        {
            Oid = oid,
            Name = "id-RSASSA-PSS",
            Scheme = Algorithms.RsaPss,
            Hash = hash,
            MgfHash = mgfHash,
            SaltLength = salt,
            Asset = asset,
        };
    }

    /// <summary>RSASSA-PSS-params (RFC 4055 §3.1), absent or NULL meaning every default: SHA-1, MGF1 with SHA-1, salt 20,
    /// trailer 1. In a signature they are the parameters used; in a public key, the only ones the key may be used with
    /// (the salt length then being the minimum).</summary>
    internal static (string Hash, string MgfHash, int SaltLength) ReadPssParameters(ReadOnlyMemory<byte>? parameters)
    {
        var hash = Algorithms.Sha1;
        var mgfHash = Algorithms.Sha1;
        var salt = 20;
        if (parameters is { } p && !(p.Length == 2 && p.Span[0] == 0x05 && p.Span[1] == 0x00))
        {
            var seq = new AsnReader(p, AsnEncodingRules.DER).ReadSequence();
            var t0 = new Asn1Tag(TagClass.ContextSpecific, 0, true);
            var t1 = new Asn1Tag(TagClass.ContextSpecific, 1, true);
            var t2 = new Asn1Tag(TagClass.ContextSpecific, 2, true);
            var t3 = new Asn1Tag(TagClass.ContextSpecific, 3, true);
            if (seq.HasData && seq.PeekTag().HasSameClassAndValue(t0))
            {
                hash = HashOf(seq.ReadSequence(t0));
            }
            if (seq.HasData && seq.PeekTag().HasSameClassAndValue(t1))
            {
                var mgf = seq.ReadSequence(t1).ReadSequence();
                var mgfOid = mgf.ReadObjectIdentifier();
                if (mgfOid != OidNames.Mgf1) { throw new CertificateFormatException($"RSASSA-PSS: unknown mask generation function {mgfOid}."); }
                mgfHash = HashOfIdentifier(mgf.ReadSequence());
            }
            if (seq.HasData && seq.PeekTag().HasSameClassAndValue(t2))
            {
                var e = seq.ReadSequence(t2);
                if (!e.TryReadInt32(out salt) || salt < 0) { throw new CertificateFormatException("RSASSA-PSS: the salt length is not a small non-negative integer."); }
            }
            if (seq.HasData && seq.PeekTag().HasSameClassAndValue(t3))
            {
                seq.ReadSequence(t3);
            }
            seq.ThrowIfNotEmpty();
        }
        return (hash, mgfHash, salt);
    }

    private static string HashOf(AsnReader explicitWrapper)
    {
        var id = explicitWrapper.ReadSequence();
        explicitWrapper.ThrowIfNotEmpty();
        return HashOfIdentifier(id);
    }

    private static string HashOfIdentifier(AsnReader id)
    {
        var oid = id.ReadObjectIdentifier();
        var (_, asset) = OidNames.Algorithm(oid);
        return asset is { Usage: AssetUsage.Hashing } ? asset.Algorithm : oid;
    }
}
