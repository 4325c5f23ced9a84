namespace CryptrecCheck.Policy.Naming;

/// <summary>A name resolved to an asset: the canonical name, the asset, and the namespace the spelling came from.</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed record ResolvedName(string Input, string Canonical, CryptoAsset Asset, string Namespace);

/// <summary>The outcome of resolving one name: resolved, not recognised (unknown), or bad input (an error to report).</summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
sealed class Resolution
{
    private Resolution(string input, ResolvedName? resolved, string? error)
    {
        Input = input;
        Resolved = resolved;
        Error = error;
    }

    public string Input { get; }

    /// <summary>The resolved name, or null when the name is unknown or invalid.</summary>
    public ResolvedName? Resolved { get; }

    /// <summary>An input error (empty name, absurd key size, …) that should be reported as such, not as "unknown".</summary>
    public string? Error { get; }

    public bool IsResolved => Resolved != null;

    /// <summary>For a name that is known but too vague to judge (a family such as SHA-2): what is missing, in English
    /// and Japanese. Null otherwise.</summary>
    public (string En, string Ja)? Hint { get; private set; }

    internal static Resolution Ok(string input, ResolvedName r) => new(input, r, null);

    internal static Resolution Unknown(string input) => new(input, null, null);

    internal static Resolution Vague(string input, string en, string ja) => new(input, null, null) { Hint = (en, ja) };

    internal static Resolution Invalid(string input, string error) => new(input, null, error);
}
