using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CryptrecCheck.Certificates;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;

namespace CryptrecCheck.Tests.Certificates;

/// <summary>Certificates and keys made at test time: in-process with CertificateRequest, or with the openssl and
/// ssh-keygen commands (installed by .ci/run when missing). Nothing is stored.</summary>
internal static class CertificateTestSupport
{
    internal static readonly DateTime AsOf = new(2026, 12, 1);

    internal static CertificateInspectionOptions Options(DateTime? asOf = null, int? endYear = null, string? host = null, string? password = null,
        TlsGuidelineType profile = TlsGuidelineType.Recommended) => new()
    {
        Context = new EvaluationContext(asOf ?? AsOf, operationEndYear: endYear ?? 2030),
        Hostname = host,
        Password = password,
        Profile = profile,
    };

    internal static X509Certificate2 SelfSigned(AsymmetricAlgorithm key, string subject, HashAlgorithmName hash, bool ca = false, RSASignaturePadding? padding = null,
        DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null, string[]? dns = null)
    {
        var req = Request(key, subject, hash, padding);
        Decorate(req, ca, dns);
        return req.CreateSelfSigned(notBefore ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), notAfter ?? new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    internal static X509Certificate2 Issue(X509Certificate2 issuer, AsymmetricAlgorithm subjectKey, string subject, HashAlgorithmName hash, bool ca = false,
        string[]? dns = null, RSASignaturePadding? padding = null, DateTimeOffset? notAfter = null)
    {
        var req = Request(subjectKey, subject, hash, padding);
        Decorate(req, ca, dns);
        req.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        var nb = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
        var na = notAfter ?? new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);
        X509Certificate2 cert;
        if (issuer.GetRSAPrivateKey() is { } rsa)
        {
            cert = req.Create(issuer.SubjectName, X509SignatureGenerator.CreateForRSA(rsa, padding ?? RSASignaturePadding.Pkcs1), nb, na, serial);
        }
        else
        {
            cert = req.Create(issuer.SubjectName, X509SignatureGenerator.CreateForECDsa(issuer.GetECDsaPrivateKey()!), nb, na, serial);
        }
        return cert;
    }

    private static CertificateRequest Request(AsymmetricAlgorithm key, string subject, HashAlgorithmName hash, RSASignaturePadding? padding) => key switch
    {
        RSA rsa => new CertificateRequest(subject, rsa, hash, padding ?? RSASignaturePadding.Pkcs1),
        ECDsa ec => new CertificateRequest(subject, ec, hash),
        _ => throw new ArgumentException("key type"),
    };

    private static void Decorate(CertificateRequest req, bool ca, string[]? dns)
    {
        req.CertificateExtensions.Add(new X509BasicConstraintsExtension(ca, ca, ca ? 1 : 0, true));
        req.CertificateExtensions.Add(new X509KeyUsageExtension(ca ? X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign : X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        req.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(req.PublicKey, false));
        if (!ca)
        {
            req.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
        }
        if (dns != null)
        {
            var san = new SubjectAlternativeNameBuilder();
            foreach (var d in dns)
            {
                if (System.Net.IPAddress.TryParse(d, out var ip)) { san.AddIpAddress(ip); } else { san.AddDnsName(d); }
            }
            req.CertificateExtensions.Add(san.Build());
        }
    }

    internal static ECDsa Ec(string curveName) => ECDsa.Create(ECCurve.CreateFromFriendlyName(curveName));

    /// <summary>Runs a command with a timeout; throws with its stderr when it fails.</summary>
    internal static string Run(string tool, string workDir, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) { psi.ArgumentList.Add(a); }
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(true);
            throw new TimeoutException($"{tool} {string.Join(' ', args)} did not finish in 60 s");
        }
        if (p.ExitCode != 0) { throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed: {stderr.Result}"); }
        return stdout.Result;
    }

    internal static string Openssl(string workDir, params string[] args) => Run("openssl", workDir, args);

    /// <summary>openssl: a key with genpkey options, then a self-signed certificate over it, as PEM; returns the cert path.</summary>
    internal static string OpensslSelfSigned(TempDir dir, string name, string[] genpkey, string digest = "-sha256", string[]? extra = null, int days = 365)
    {
        var key = dir.Path(name + ".key");
        var crt = dir.Path(name + ".pem");
        var gen = new List<string> { "genpkey", "-out", key };
        gen.AddRange(genpkey);
        Openssl(dir.Root, gen.ToArray());
        var req = new List<string> { "req", "-x509", "-new", "-key", key, "-out", crt, "-subj", "/CN=" + name + "/O=CryptrecCheck tests/C=JP", "-days", days.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (digest.Length > 0) { req.Add(digest); }
        if (extra != null) { req.AddRange(extra); }
        Openssl(dir.Root, req.ToArray());
        return crt;
    }

    internal static string Pem(X509Certificate2 c) => c.ExportCertificatePem() + "\n";
}

/// <summary>A temporary directory removed on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    internal TempDir()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cryptrec-cert-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    internal string Root { get; }

    internal string Path(string name) => System.IO.Path.Combine(Root, name);

    internal string Write(string name, string text)
    {
        var p = Path(name);
        File.WriteAllText(p, text);
        return p;
    }

    internal string Write(string name, byte[] data)
    {
        var p = Path(name);
        File.WriteAllBytes(p, data);
        return p;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
