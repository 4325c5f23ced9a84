using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using CryptrecCheck.Certificates;
using CryptrecCheck.Certificates.Der;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// Inspection of one DER certificate (issue 9 target: ≥ 20,000 certificates per second per core for parse + all checks +
/// verdicts, i.e. ≤ 50 µs each). Baseline: the platform's X509Certificate2 load plus reading the key size, which the
/// inspector avoids on its hot path. The directory harness (<c>-- cert-harness</c>) measures the same over 10,000 files.
/// </summary>
[MemoryDiagnoser]
public class CertificateInspectionBenchmarks
{
    private byte[] _der = null!;
    private CertificateInspectionOptions _options = null!;

    [Params("RSA-2048 sha256WithRSA", "P-256 ecdsa-with-SHA256", "RSA-3072 RSASSA-PSS")]
    public string Certificate { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _der = Make(Certificate);
        _options = new CertificateInspectionOptions { Context = new EvaluationContext(new DateTime(2026, 12, 1), operationEndYear: 2030) };
        // Known answers, so that the benchmark cannot measure a shortcut.
        var r = CertificateInspector.InspectCertificate(_der, _options);
        if (r.Errors.Count != 0 || r.Certificates.Count != 1 || r.Certificates[0].Status != ListStatus.Recommended || r.Certificates[0].Findings.Count < 4)
        {
            throw new InvalidOperationException($"{Certificate}: unexpected inspection result");
        }
        var expectedBits = Certificate.StartsWith("RSA-2048", StringComparison.Ordinal) ? 2048 : Certificate.StartsWith("RSA-3072", StringComparison.Ordinal) ? 3072 : 256;
        if (CertificateParser.Parse(_der).PublicKey.KeyBits != expectedBits) { throw new InvalidOperationException("key size"); }
    }

    internal static byte[] Make(string kind)
    {
        AsymmetricAlgorithm key = kind.StartsWith("P-256", StringComparison.Ordinal) ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(kind.StartsWith("RSA-3072", StringComparison.Ordinal) ? 3072 : 2048);
        using (key)
        {
            var req = key switch
            {
                RSA rsa => new CertificateRequest("CN=bench.example.jp, O=CryptrecCheck, C=JP", rsa, HashAlgorithmName.SHA256,
                    kind.Contains("PSS", StringComparison.Ordinal) ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1),
                ECDsa ec => new CertificateRequest("CN=bench.example.jp, O=CryptrecCheck, C=JP", ec, HashAlgorithmName.SHA256),
                _ => throw new InvalidOperationException(),
            };
            req.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            req.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            req.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            var san = new SubjectAlternativeNameBuilder();
            san.AddDnsName("bench.example.jp");
            san.AddDnsName("www.bench.example.jp");
            req.CertificateExtensions.Add(san.Build());
            req.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(req.PublicKey, false));
            using var cert = req.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
            return cert.RawData;
        }
    }

    [Benchmark(Baseline = true, Description = "X509Certificate2 load + key size (platform)")]
    public int PlatformLoad()
    {
        using var c = X509CertificateLoader.LoadCertificate(_der);
        using var rsa = c.GetRSAPublicKey();
        if (rsa != null) { return rsa.KeySize; }
        using var ec = c.GetECDsaPublicKey();
        return ec?.KeySize ?? 0;
    }

    [Benchmark(Description = "own DER parse")]
    public int Parse() => CertificateParser.Parse(_der).PublicKey.KeyBits ?? 0;

    [Benchmark(Description = "inspect: parse + checks + verdicts")]
    public int Inspect() => CertificateInspector.InspectCertificate(_der, _options).Certificates[0].Findings.Count;

    [Benchmark(Description = "AsnReader walk of the outer SEQUENCE (floor)")]
    public int AsnFloor()
    {
        var r = new AsnReader(_der, AsnEncodingRules.DER).ReadSequence();
        return r.ReadEncodedValue().Length;
    }
}
