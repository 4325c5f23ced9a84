using System.Security.Cryptography;
using System.Text.Json;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>The inspection of one certificate: its facts, the evaluator's verdicts (key, signature, the certificate as a
/// whole with its GL-3001 judgement), and every finding. Immutable.</summary>
public sealed class CertificateResult : IReportResult
{
    static CertificateResult() => CertificateJson.RegisterTitles();

    internal CertificateResult(string source, string origin, int position, string role, int? issuerPosition, ParsedCertificate certificate,
        Verdict verdict, bool guidelineAllowed, IReadOnlyList<Finding> findings)
    {
        Source = source;
        Origin = origin;
        Position = position;
        Role = role;
        IssuerPosition = issuerPosition;
        Certificate = certificate;
        Verdict = verdict;
        GuidelineAllowed = guidelineAllowed;
        _findings = findings.ToArray();
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

    private readonly Finding[] _findings;

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>The catalogue status: the weaker of key and signature.</summary>
    public ListStatus Status => Verdict.Status;

    /// <summary>An end-entity certificate that GL-3001 does not allow as a server certificate under the chosen type (a SHA-1
    /// signature, an RSA key below the type's minimum) fails whatever <c>--fail-on</c> says, as a TLS target that does not
    /// meet the type does: the type, not a list status, decides it (README, exit codes). CA certificates do not: their
    /// <c>cert.tls-guideline</c> finding judges them as if they were presented as a server certificate, which is not their
    /// role; their list status still counts against <c>--fail-on</c>. Nor do end-entity certificates whose extendedKeyUsage
    /// excludes TLS servers (S/MIME, client, code signing): the guideline type is about server certificates.</summary>
    public bool FailsRegardlessOfThreshold => FailsAsServerCertificate(Role, Verdict.Tls != null, GuidelineAllowed, Certificate.ExtendedKeyUsage);

    /// <summary>The rule of <see cref="FailsRegardlessOfThreshold"/>, shared with results read back from JSON.</summary>
    internal static bool FailsAsServerCertificate(string role, bool judged, bool allowed, IReadOnlyList<string>? extendedKeyUsage) =>
        role == CertificateRoles.Leaf && judged && !allowed && MayServeTls(extendedKeyUsage);

    /// <summary>No extendedKeyUsage (any purpose), or one naming serverAuth or anyExtendedKeyUsage (RFC 5280 §4.2.1.12).</summary>
    internal static bool MayServeTls(IReadOnlyList<string>? extendedKeyUsage) =>
        extendedKeyUsage == null || extendedKeyUsage.Contains("serverAuth") || extendedKeyUsage.Contains("anyExtendedKeyUsage");

    /// <summary>True when some finding is an error (not listed, expired, host mismatch, not allowed by the guideline).</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);

    /// <summary>SHA-256 of the DER, upper-case hex (computed on demand).</summary>
    public string Sha256Fingerprint => Convert.ToHexString(SHA256.HashData(Certificate.Der.Span));

    public string Kind => "certificate";

    /// <summary>The subject DN (or where the certificate was when its subject is empty).</summary>
    public string Subject => Certificate.Subject.Length > 0 ? Certificate.Subject : Origin;

    public IReadOnlyList<KeyValuePair<string, string>> Facts => new KeyValuePair<string, string>[]
    {
        new("source", Source == "chain" ? Origin : $"{Source} ({Origin})"),
        new("role", Role),
        new("issuer", Certificate.Issuer),
        new("serial", Certificate.SerialHex),
        new("validity", $"{CertificateJson.Time(Certificate.NotBefore)} .. {CertificateJson.Time(Certificate.NotAfter)}"),
        new("publicKey", Certificate.PublicKey.Display),
        new("signature", Certificate.SignatureAlgorithm.Display),
    };

    public void WriteJson(Utf8JsonWriter w, ReportContext context)
    {
        var c = Certificate;
        w.WriteStartObject();
        w.WriteString("kind", Kind);
        w.WriteString("source", Source);
        w.WriteString("origin", Origin);
        w.WriteNumber("position", Position);
        w.WriteString("role", Role);
        if (IssuerPosition is int ip) { w.WriteNumber("issuerPosition", ip); } else { w.WriteNull("issuerPosition"); }
        w.WriteString("subject", Subject);
        w.WriteString("issuer", c.Issuer);
        w.WriteString("serial", c.SerialHex);
        w.WriteNumber("version", c.Version);
        w.WriteString("notBefore", CertificateJson.Time(c.NotBefore));
        w.WriteString("notAfter", CertificateJson.Time(c.NotAfter));
        CertificateJson.WritePublicKey(w, c.PublicKey);
        w.WriteString("signatureAlgorithm", c.SignatureAlgorithm.Display);
        w.WriteStartObject("signature");
        w.WriteString("oid", c.SignatureAlgorithm.Oid);
        w.WriteString("name", c.SignatureAlgorithm.Name);
        w.WriteString("scheme", c.SignatureAlgorithm.Scheme);
        if (c.SignatureAlgorithm.Hash != null) { w.WriteString("hash", c.SignatureAlgorithm.Hash); } else { w.WriteNull("hash"); }
        if (c.SignatureAlgorithm.MgfHash != null) { w.WriteString("mgfHash", c.SignatureAlgorithm.MgfHash); }
        if (c.SignatureAlgorithm.SaltLength is int salt) { w.WriteNumber("saltLength", salt); }
        w.WriteEndObject();
        CertificateJson.WriteStrings(w, "keyUsage", c.KeyUsage);
        CertificateJson.WriteStrings(w, "extendedKeyUsage", c.ExtendedKeyUsage);
        if (c.BasicConstraints is { } bc)
        {
            w.WriteStartObject("basicConstraints");
            w.WriteBoolean("ca", bc.IsCertificateAuthority);
            if (bc.PathLength is int pl) { w.WriteNumber("pathLength", pl); } else { w.WriteNull("pathLength"); }
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("basicConstraints");
        }
        CertificateJson.WriteStrings(w, "subjectAltNames", c.SubjectAltNames.Select(s => s.ToString()));
        w.WriteString("sha256", Sha256Fingerprint);
        w.WriteString("status", Status.ToWireName());
        if (Verdict.Tls != null)
        {
            w.WriteStartObject("guideline");
            w.WriteBoolean("allowed", GuidelineAllowed);
            w.WriteEndObject();
        }
        Reporting.EnvelopeJsonWriter.WriteFindings(w, _findings, context);
        w.WriteEndObject();
    }
}
