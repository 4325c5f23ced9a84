using System.Collections.Concurrent;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Naming;

namespace CryptrecCheck.Certificates.Der;

/// <summary>OIDs the certificate parser reads (RFC 5280, RFC 3279, RFC 4055, RFC 5480, RFC 8410, NIST CSOR) and the
/// mapping of algorithm OIDs to assets, which is asked of the policy's name resolver once per OID.</summary>
internal static class OidNames
{
    internal const string RsaEncryption = "1.2.840.113549.1.1.1";
    internal const string RsaPss = "1.2.840.113549.1.1.10";
    internal const string Mgf1 = "1.2.840.113549.1.1.8";
    internal const string EcPublicKey = "1.2.840.10045.2.1";
    internal const string EcDh = "1.3.132.1.12";
    internal const string Dsa = "1.2.840.10040.4.1";
    internal const string DhPublicNumber = "1.2.840.10046.2.1";
    internal const string DhKeyAgreement = "1.2.840.113549.1.3.1";
    internal const string Ed25519 = "1.3.101.112";
    internal const string Ed448 = "1.3.101.113";
    internal const string X25519 = "1.3.101.110";
    internal const string X448 = "1.3.101.111";
    internal const string PrimeField = "1.2.840.10045.1.1";

    internal const string KeyUsage = "2.5.29.15";
    internal const string SubjectAltName = "2.5.29.17";
    internal const string BasicConstraints = "2.5.29.19";
    internal const string ExtendedKeyUsage = "2.5.29.37";
    internal const string SubjectKeyId = "2.5.29.14";
    internal const string AuthorityKeyId = "2.5.29.35";
    internal const string CommonName = "2.5.4.3";

    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["2.5.29.32"] = "certificatePolicies",
        ["2.5.29.31"] = "cRLDistributionPoints",
        ["1.3.6.1.5.5.7.1.1"] = "authorityInfoAccess",
        ["2.5.29.30"] = "nameConstraints",
        ["2.5.29.36"] = "policyConstraints",
        ["2.5.29.54"] = "inhibitAnyPolicy",
        ["2.5.29.33"] = "policyMappings",
        ["1.3.6.1.4.1.11129.2.4.2"] = "signedCertificateTimestampList",
        ["1.3.6.1.5.5.7.48.1.5"] = "ocspNoCheck",
        ["1.3.6.1.5.5.7.1.24"] = "tlsFeature",
    };

    internal static readonly HashSet<string> HandledCritical = new(StringComparer.Ordinal)
    {
        KeyUsage, SubjectAltName, BasicConstraints, ExtendedKeyUsage, SubjectKeyId, AuthorityKeyId,
        "2.5.29.32", "2.5.29.30", "2.5.29.36", "2.5.29.54", "2.5.29.33", "1.3.6.1.5.5.7.1.24", "2.5.29.31", "1.3.6.1.5.5.7.1.1",
    };

    internal static string Extension(string oid) => Known.TryGetValue(oid, out var n) ? n : oid;

    private static readonly string[] KeyUsageBits =
    {
        "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly",
    };

    internal static string KeyUsageBit(int i) => i < KeyUsageBits.Length ? KeyUsageBits[i] : "bit" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, string> Purposes = new(StringComparer.Ordinal)
    {
        ["1.3.6.1.5.5.7.3.1"] = "serverAuth",
        ["1.3.6.1.5.5.7.3.2"] = "clientAuth",
        ["1.3.6.1.5.5.7.3.3"] = "codeSigning",
        ["1.3.6.1.5.5.7.3.4"] = "emailProtection",
        ["1.3.6.1.5.5.7.3.8"] = "timeStamping",
        ["1.3.6.1.5.5.7.3.9"] = "OCSPSigning",
        ["2.5.29.37.0"] = "anyExtendedKeyUsage",
    };

    internal static string Purpose(string oid) => Purposes.TryGetValue(oid, out var n) ? n : oid;

    private static readonly Dictionary<string, string> Attributes = new(StringComparer.Ordinal)
    {
        ["2.5.4.3"] = "CN",
        ["2.5.4.4"] = "SN",
        ["2.5.4.5"] = "SERIALNUMBER",
        ["2.5.4.6"] = "C",
        ["2.5.4.7"] = "L",
        ["2.5.4.8"] = "S",
        ["2.5.4.9"] = "STREET",
        ["2.5.4.10"] = "O",
        ["2.5.4.11"] = "OU",
        ["2.5.4.12"] = "T",
        ["2.5.4.42"] = "G",
        ["2.5.4.43"] = "I",
        ["2.5.4.97"] = "organizationIdentifier",
        ["1.2.840.113549.1.9.1"] = "E",
        ["0.9.2342.19200300.100.1.25"] = "DC",
        ["0.9.2342.19200300.100.1.1"] = "UID",
    };

    internal static string Attribute(string oid) => Attributes.TryGetValue(oid, out var n) ? n : "OID." + oid;

    private static readonly ConcurrentDictionary<string, (string Name, CryptoAsset? Asset)> Resolved = new(StringComparer.Ordinal);

    /// <summary>The registered name and the asset of an algorithm OID, via the policy's OID table; cached.</summary>
    internal static (string Name, CryptoAsset? Asset) Algorithm(string oid)
    {
        if (Resolved.TryGetValue(oid, out var hit)) { return hit; }
        var r = NameResolver.Resolve(oid);
        (string, CryptoAsset?) v = r.Resolved is { } rn
            ? (rn.Canonical.IndexOf(" (", StringComparison.Ordinal) is int i and > 0 ? rn.Canonical.Substring(0, i) : rn.Canonical, rn.Asset)
            : (oid, null);
        if (Resolved.Count < 4096) { Resolved.TryAdd(oid, v); }
        return v;
    }
}
