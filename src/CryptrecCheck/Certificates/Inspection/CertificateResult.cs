using System.Security.Cryptography;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Certificates;

/// <summary>The inspection of one certificate: its facts, the evaluator's verdicts (key, signature, the certificate as a
/// whole with its GL-3001 judgement), and every finding. Immutable.</summary>
public sealed class CertificateResult
{
    internal CertificateResult(string source, string origin, int position, string role, int? issuerPosition, ParsedCertificate certificate,
        Verdict verdict, bool guidelineAllowed, IReadOnlyList<InspectionFinding> findings)
    {
        Source = source;
        Origin = origin;
        Position = position;
        Role = role;
        IssuerPosition = issuerPosition;
        Certificate = certificate;
        Verdict = verdict;
        GuidelineAllowed = guidelineAllowed;
        Findings = findings;
    }

    /// <summary>The file path, or "chain" for certificates handed in by the caller.</summary>
    public string Source { get; }

    /// <summary>Where in the source: "PEM block 2 (CERTIFICATE)", "chain[1]".</summary>
    public string Origin { get; }

    /// <summary>0-based index among the certificates inspected together.</summary>
    public int Position { get; }

    /// <summary>leaf, intermediate, root or ca (<see cref="CertificateRoles"/>).</summary>
    public string Role { get; }

    /// <summary>Position of the issuer among the certificates inspected together, when it is there.</summary>
    public int? IssuerPosition { get; }

    public ParsedCertificate Certificate { get; }

    /// <summary>The evaluator's verdict on the certificate: components [0] key and [1] signature; GL-3001 judgement.</summary>
    public Verdict Verdict { get; }

    public Verdict KeyVerdict => Verdict.Components[0].Verdict;

    public Verdict SignatureVerdict => Verdict.Components[1].Verdict;

    /// <summary>Whether GL-3001 (under the chosen type) allows this as a server certificate.</summary>
    public bool GuidelineAllowed { get; }

    public IReadOnlyList<InspectionFinding> Findings { get; }

    /// <summary>The catalogue status: the weaker of key and signature.</summary>
    public ListStatus Status => Verdict.Status;

    /// <summary>True when some finding is an error (not listed, expired, host mismatch, not allowed by the guideline).</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == InspectionSeverity.Error);

    /// <summary>SHA-256 of the DER, upper-case hex (computed on demand).</summary>
    public string Sha256Fingerprint => Convert.ToHexString(SHA256.HashData(Certificate.Der.Span));
}
