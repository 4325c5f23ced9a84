using System.Linq;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// Every rule ID in one place, one range per category; IDs are never reused.
/// 0xxx inventory (hidden, not a finding) · 1xxx hash and MAC · 2xxx symmetric ciphers and modes · 3xxx public key and key size · 4xxx TLS settings ·
/// 5xxx key derivation and random generation · 6xxx algorithm identifiers in protocol code · 9xxx configuration.
/// </summary>
public static class RuleIds
{
    /// <summary>Every cryptographic use, compliant or not, as a hidden diagnostic whose properties carry the asset, status
    /// and citation: the inventory. Not a rule: never a warning, not part of the strict preset.</summary>
    public const string Inventory = "CRY0001";

    public const string HashNotListed = "CRY1001";
    public const string HashMonitored = "CRY1002";
    public const string HashCandidate = "CRY1003";

    public const string CipherNotListed = "CRY2001";
    public const string CipherMonitored = "CRY2002";
    public const string ModeNotListed = "CRY2003";
    public const string CipherCondition = "CRY2004";
    public const string CipherCandidate = "CRY2005";

    public const string KeyTooShort = "CRY3001";
    public const string PublicKeyMonitored = "CRY3002";
    public const string CurveOutside = "CRY3003";
    public const string PublicKeyNotListed = "CRY3004";

    public const string TlsProtocol = "CRY4001";
    public const string TlsCipherSuite = "CRY4002";

    public const string KdfNotListed = "CRY5001";
    public const string KdfMonitored = "CRY5002";

    public const string InvalidOption = "CRY9001";

    /// <summary>An algorithm identifier of a protocol (SSH, JOSE/JWA, XML-DSig, IANA TLS suite name) written as a string literal
    /// that CRYPTREC has something to say about. Hidden by default (raise it with dotnet_diagnostic.CRY6001.severity).</summary>
    public const string ProtocolString = "CRY6001";

    /// <summary>All rule IDs (findings), for meta-tests, docs and the strict preset. The inventory ID is apart:
    /// <see cref="Inventory"/>, and <see cref="AllWithInventory"/> for what every ID needs (docs, texts, release tracking).</summary>
    public static readonly string[] All =
    {
        HashNotListed, HashMonitored, HashCandidate,
        CipherNotListed, CipherMonitored, ModeNotListed, CipherCondition, CipherCandidate,
        KeyTooShort, PublicKeyMonitored, CurveOutside, PublicKeyNotListed,
        TlsProtocol, TlsCipherSuite,
        KdfNotListed, KdfMonitored,
        InvalidOption,
        ProtocolString,
    };

    /// <summary>Every ID the package reports: the inventory and the rules.</summary>
    public static readonly string[] AllWithInventory = new[] { Inventory }.Concat(All).ToArray();

    public static string Category(string id) => id.Substring(3, 1) switch
    {
        "0" => "CryptrecCheck.Inventory",
        "1" => "CryptrecCheck.HashAndMac",
        "2" => "CryptrecCheck.Symmetric",
        "3" => "CryptrecCheck.PublicKey",
        "4" => "CryptrecCheck.Tls",
        "5" => "CryptrecCheck.KdfAndRng",
        "6" => "CryptrecCheck.ProtocolStrings",
        _ => "CryptrecCheck.Configuration",
    };
}
