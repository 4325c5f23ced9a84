using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CryptrecCheck.Policy;
using CryptrecCheck.Results;

namespace CryptrecCheck.Certificates;

/// <summary>Verifies a leaf's chain with the platform's <see cref="X509Chain"/> against the system store or given
/// anchors, at the as-of date, without revocation checks. Off the hot path: only when trust verification is asked for.</summary>
internal static class TrustVerifier
{
    private static readonly Citation Rule = new("IETF RFC 5280", "§6.1 Basic Path Validation", SourceQuality.Primary, "RFC 5280");

    internal static Finding Verify(ParsedCertificate leaf, IReadOnlyList<ParsedCertificate> others, CertificateInspectionOptions options)
    {
        var toDispose = new List<X509Certificate2>();
        try
        {
            X509Certificate2 Load(ReadOnlyMemory<byte> der)
            {
                var c = X509CertificateLoader.LoadCertificate(der.Span);
                toDispose.Add(c);
                return c;
            }

            using var chain = new X509Chain();
            var p = chain.ChainPolicy;
            p.RevocationMode = X509RevocationMode.NoCheck;
            p.VerificationTime = options.AsOf.AddHours(12);
            p.VerificationTimeIgnored = false;
            p.DisableCertificateDownloads = true;
            foreach (var o in others) { p.ExtraStore.Add(Load(o.Der)); }
            if (options.Trust == TrustMode.Anchors)
            {
                p.TrustMode = X509ChainTrustMode.CustomRootTrust;
                foreach (var a in options.TrustAnchors) { p.CustomTrustStore.Add(Load(a)); }
            }
            var ok = chain.Build(Load(leaf.Der));
            var where = options.Trust == TrustMode.Anchors ? "the given trust anchors" : "the system trust store";
            var whereJa = options.Trust == TrustMode.Anchors ? "指定されたトラストアンカー" : "システムの信頼ストア";
            if (ok)
            {
                return Finding(FindingSeverity.Info, $"The chain verifies against {where} ({chain.ChainElements.Count} certificates).",
                    $"チェーンは{whereJa}に対して検証できた（証明書 {chain.ChainElements.Count} 枚）。");
            }
            var status = string.Join("; ", chain.ChainStatus.Select(s => s.Status.ToString()).Distinct());
            return Finding(FindingSeverity.Error, $"The chain does not verify against {where}: {status}.",
                $"チェーンは{whereJa}に対して検証できない: {status}。");
        }
        catch (CryptographicException e)
        {
            return Finding(FindingSeverity.Error, $"The chain could not be verified: {e.Message}", $"チェーンを検証できない: {e.Message}");
        }
        finally
        {
            foreach (var c in toDispose) { c.Dispose(); }
        }
    }

    private static Finding Finding(FindingSeverity s, string en, string ja) => new()
    {
        Id = "cert.trust",
        Severity = s,
        Status = ListStatus.Recommended,
        MessageEn = en,
        MessageJa = ja,
        Citation = Rule.ToString(),
        Derived = false,
    };
}
