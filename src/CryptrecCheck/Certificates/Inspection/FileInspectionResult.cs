namespace CryptrecCheck.Certificates;

/// <summary>The inspection of one file: its certificates (grouped into chains where issuers are present), its keys, and
/// the parts that could not be read.</summary>
public sealed class FileInspectionResult
{
    internal FileInspectionResult(string source, string format, IReadOnlyList<CertificateResult> certificates, IReadOnlyList<KeyResult> keys,
        IReadOnlyList<InspectionError> errors)
    {
        Source = source;
        Format = format;
        Certificates = certificates;
        Keys = keys;
        Errors = errors;
    }

    public string Source { get; }

    /// <summary>PEM, DER, PKCS#7, PKCS#12, OpenSSH, or unknown.</summary>
    public string Format { get; }

    public IReadOnlyList<CertificateResult> Certificates { get; }

    public IReadOnlyList<KeyResult> Keys { get; }

    public IReadOnlyList<InspectionError> Errors { get; }
}
