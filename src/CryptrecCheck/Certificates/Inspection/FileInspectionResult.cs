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

    /// <summary>True when the file held only blocks that carry nothing to judge (parameters, CRLs, requests): named on the
    /// command line it is an <c>empty</c> error; met in a directory walk it is passed over (nginx's dhparam.pem beside the
    /// certificates made every walk of /etc/nginx exit 2).</summary>
    internal bool OnlySkippedBlocks { get; init; }
}
