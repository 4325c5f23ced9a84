using CryptrecCheck.Certificates;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Results;

namespace CryptrecCheck.Tls;

/// <summary>
/// Judges the chains a TLS server presents with the certificate inspector (the same checks and verdicts as the
/// <c>cert</c> verb): key, signature, validity at the as-of date, chain completeness and the host name the scan asked
/// for. Findings are located at host:port and the certificate.
/// </summary>
public sealed class CertificateChainJudge : ITlsCertificateJudge
{
    private readonly EvaluationContext _context;
    private readonly TlsGuidelineType _profile;

    static CertificateChainJudge()
    {
        CheckTitles.Register("tls.certificate-unreadable", "A certificate the server presented could not be read", "サーバが提示した証明書を読めない");
    }

    public CertificateChainJudge(EvaluationContext context, TlsGuidelineType profile)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _profile = profile;
    }

    public IReadOnlyList<Finding> Judge(IReadOnlyList<byte[]> derChain, TlsTarget target)
    {
        var inspected = Inspect(derChain, target, _profile);
        var findings = new List<Finding>();
        foreach (var c in inspected.Certificates)
        {
            foreach (var f in c.Findings)
            {
                findings.Add(f with
                {
                    Id = f.Id,
                    Location = (f.Location ?? new FindingLocation()) with { File = null, Line = null, Host = target.Host, Port = target.Port },
                });
            }
        }
        foreach (var e in inspected.Errors)
        {
            findings.Add(new Finding
            {
                Id = "tls.certificate-unreadable",
                Severity = FindingSeverity.Error,
                Status = Policy.ListStatus.Unknown,
                Location = new FindingLocation { Host = target.Host, Port = target.Port },
                MessageEn = $"A certificate the server presented could not be read: {e.Message}",
                MessageJa = $"サーバが提示した証明書を読めない: {e.Message}",
                Citation = "RFC 5280",
            });
        }
        return findings;
    }

    /// <summary>True when every certificate of the chain is allowed under the guideline type (GL-3001, policy basis D10).</summary>
    public bool AllowedUnder(IReadOnlyList<byte[]> derChain, TlsTarget target, TlsGuidelineType type) =>
        Inspect(derChain, target, type).Certificates.All(c => c.GuidelineAllowed);

    private ChainInspectionResult Inspect(IReadOnlyList<byte[]> derChain, TlsTarget target, TlsGuidelineType type) =>
        CertificateInspector.InspectChain(derChain, new CertificateInspectionOptions
        {
            Context = _context,
            Profile = type,
            Hostname = target.Sni ?? target.Host,
        });
}
