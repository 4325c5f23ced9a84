namespace CryptrecCheck.Certificates;

/// <summary>All structural checks, in the order their findings are reported.</summary>
public static class CertificateChecks
{
    internal static readonly RsaExponentCheck RsaExponent = new();
    internal static readonly PqcReadinessCheck PqcReadiness = new();

    public static IReadOnlyList<CertificateCheck> All { get; } = new CertificateCheck[]
    {
        new ValidityExpiredCheck(),
        new ValidityNotYetValidCheck(),
        new SignatureAlgorithmMismatchCheck(),
        new SelfSignedLeafCheck(),
        new ChainIncompleteCheck(),
        new WeakerIssuerCheck(),
        RsaExponent,
        new HostnameCheck(),
        new UnknownCriticalExtensionCheck(),
        PqcReadiness,
    };
}
