namespace CryptrecCheck.Certificates;

/// <summary>What a file held: certificates, keys, and the parts that could not be read.</summary>
public sealed class ContainerContent
{
    public List<CertificateItem> Certificates { get; } = new();

    public List<KeyItem> Keys { get; } = new();

    /// <summary>Problems with parts of the file ("PEM block 3: ..."); the other parts are still inspected.</summary>
    public List<(string Code, string Message)> Problems { get; } = new();

    /// <summary>Parts read and skipped because they hold nothing to judge ("PEM block 1 (DSA PARAMETERS)"): domain
    /// parameters, CRLs, certificate requests.</summary>
    public List<string> Skipped { get; } = new();

    /// <summary>The container format(s) recognised: PEM, DER, PKCS#7, PKCS#12, OpenSSH.</summary>
    public string Format { get; set; } = "unknown";
}
