namespace CryptrecCheck.Certificates;

/// <summary>Whether and against what chains are verified (with the platform's X509Chain, off the hot path).</summary>
public enum TrustMode
{
    /// <summary>No trust verification (default): only the CRYPTREC and structural checks run.</summary>
    None,

    /// <summary>Against the operating system's trust store.</summary>
    System,

    /// <summary>Against the given trust anchors only.</summary>
    Anchors,
}
