using CryptrecCheck.Policy;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// One cryptographic use an analyzer found: the asset, where it is, and how it reads in the source. Detection stops here;
/// what happens with a use (a rule diagnostic when CRYPTREC has something to say, an inventory record always) is decided
/// by the sinks of <see cref="Detector"/>, after the policy has judged the asset.
/// </summary>
internal sealed record Detection(CryptoAsset Asset, Location Location, string Shown)
{
    /// <summary>Which code fix the use admits (<see cref="FixKinds"/>), if the source shape makes one safe.</summary>
    public string? FixKind { get; init; }

    /// <summary>The use is a key derivation (PBKDF2, HKDF) whose hash is judged: picks the CRY5xxx rules.</summary>
    public bool Kdf { get; init; }

    /// <summary>The use refines one already found (a key or mode set on a cipher whose creation was judged): rules report
    /// it only when it draws another rule than the refined asset does, so one weakness is not reported twice.</summary>
    public CryptoAsset? Refines { get; init; }

    /// <summary>The cryptographic call, when the use is reported where its value is chosen (in another method or file).</summary>
    public System.Collections.Generic.IReadOnlyList<Location>? AdditionalLocations { get; init; }

    /// <summary>False when the analyzer has already reported a rule for the same value (one diagnostic per TLS setting).</summary>
    public bool RuleAllowed { get; init; } = true;
}
