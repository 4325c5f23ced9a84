namespace CryptrecCheck.Certificates;

/// <summary>The role of a certificate among those inspected together.</summary>
public static class CertificateRoles
{
    /// <summary>An end-entity certificate (not a CA).</summary>
    public const string Leaf = "leaf";

    /// <summary>A CA certificate that issued another inspected certificate and is not self-signed.</summary>
    public const string Intermediate = "intermediate";

    /// <summary>A self-signed CA certificate.</summary>
    public const string Root = "root";

    /// <summary>A CA certificate that issued none of the inspected certificates and is not self-signed.</summary>
    public const string Ca = "ca";
}
