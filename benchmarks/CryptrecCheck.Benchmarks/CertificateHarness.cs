using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CryptrecCheck.Certificates;
using CryptrecCheck.Policy.Evaluation;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// The directory harness of issue 9: <c>cert-gen &lt;dir&gt; [count]</c> writes <c>count</c> DER certificates (RSA-2048,
/// RSA-3072, P-256, P-384, RSA-1024 keys, SHA-256/384 and PSS signatures, a CA-signed share, some expired), and
/// <c>cert-harness &lt;dir&gt; [rounds]</c> inspects the directory on one thread, file by file as the CLI does, and prints
/// certificates per second, allocation per certificate and the process's peak working set. benchmarks/cert-harness.sh
/// times <c>openssl x509 -noout -text</c> over the same files beside it.
/// </summary>
internal static class CertificateHarness
{
    internal static int Generate(string dir, int count)
    {
        Directory.CreateDirectory(dir);
        using var rsa2048 = RSA.Create(2048);
        using var rsa3072 = RSA.Create(3072);
        using var rsa1024 = RSA.Create(1024);
        using var p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var caReq = new CertificateRequest("CN=Harness CA, O=CryptrecCheck, C=JP", p384, HashAlgorithmName.SHA384);
        caReq.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caReq.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caReq.PublicKey, false));
        using var ca = caReq.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var caSigner = X509SignatureGenerator.CreateForECDsa(p384);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var subject = $"CN=host{i.ToString(CultureInfo.InvariantCulture)}.example.jp, OU=Unit {i % 7}, O=CryptrecCheck, C=JP";
            CertificateRequest req = (i % 5) switch
            {
                0 => new CertificateRequest(subject, rsa2048, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                1 => new CertificateRequest(subject, p256, HashAlgorithmName.SHA256),
                2 => new CertificateRequest(subject, rsa3072, HashAlgorithmName.SHA384, RSASignaturePadding.Pss),
                3 => new CertificateRequest(subject, p384, HashAlgorithmName.SHA384),
                _ => new CertificateRequest(subject, rsa1024, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            };
            req.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            req.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
            req.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            var san = new SubjectAlternativeNameBuilder();
            san.AddDnsName($"host{i.ToString(CultureInfo.InvariantCulture)}.example.jp");
            req.CertificateExtensions.Add(san.Build());
            var nb = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i % 700);
            var na = nb.AddDays(i % 11 == 0 ? 30 : 397);
            byte[] der;
            if (i % 2 == 0)
            {
                req.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
                var serial = BitConverter.GetBytes(i + 1L);
                using var c = req.Create(ca.SubjectName, caSigner, nb, na, serial);
                der = c.RawData;
            }
            else
            {
                using var c = req.CreateSelfSigned(nb, na);
                der = c.RawData;
            }
            File.WriteAllBytes(Path.Combine(dir, $"cert{i.ToString("D5", CultureInfo.InvariantCulture)}.der"), der);
        }
        Console.WriteLine($"wrote {count} certificates to {dir} in {sw.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        return 0;
    }

    internal static int Run(string dir, int rounds)
    {
        var options = new CertificateInspectionOptions { Context = new EvaluationContext(new DateTime(2026, 12, 1), operationEndYear: 2030) };
        var files = Directory.GetFiles(dir, "*.der");
        Array.Sort(files, StringComparer.Ordinal);
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        Console.WriteLine($"{files.Length} files, {bytes.Sum(b => (long)b.Length).ToString(CultureInfo.InvariantCulture)} bytes; one thread");

        // Warm-up: JIT and the verdict cache (a real run pays the cache misses once per distinct key/signature pair).
        Measure("warm-up", () => InspectDirectory(dir, options), files.Length);
        for (var r = 0; r < rounds; r++)
        {
            Measure("directory (read + parse + checks + verdicts)", () => InspectDirectory(dir, options), files.Length);
            Measure("in memory (parse + checks + verdicts)", () => InMemory(bytes, options), files.Length);
            Measure("in memory, own parse only", () => ParseOnly(bytes), files.Length);
            Measure("in memory, X509Certificate2 load only (platform)", () => Platform(bytes), files.Length);
        }
        Process.GetCurrentProcess().Refresh();
        Console.WriteLine($"peak working set: {(Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture)} MiB " +
                          $"(includes the {(bytes.Sum(b => (long)b.Length) / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture)} MiB of certificates held for the in-memory rows)");
        return 0;
    }

    private static int InspectDirectory(string dir, CertificateInspectionOptions options)
    {
        var n = 0;
        foreach (var f in CertificateInspector.InspectPaths(new[] { dir }, options))
        {
            if (f.Errors.Count > 0) { throw new InvalidOperationException(f.Errors[0].Message); }
            n += f.Certificates.Count;
        }
        return n;
    }

    private static int InMemory(byte[][] certs, CertificateInspectionOptions options)
    {
        var n = 0;
        foreach (var der in certs) { n += CertificateInspector.InspectCertificate(der, options).Certificates[0].Findings.Count > 0 ? 1 : 0; }
        return n;
    }

    private static int ParseOnly(byte[][] certs)
    {
        var n = 0;
        foreach (var der in certs) { n += CryptrecCheck.Certificates.Der.CertificateParser.Parse(der).PublicKey.KeyBits > 0 ? 1 : 0; }
        return n;
    }

    private static int Platform(byte[][] certs)
    {
        var n = 0;
        foreach (var der in certs)
        {
            using var c = X509CertificateLoader.LoadCertificate(der);
            n += c.PublicKey.EncodedKeyValue.RawData.Length > 0 ? 1 : 0;
        }
        return n;
    }

    private static void Measure(string what, Func<int> run, int expected)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var n = run();
        sw.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        var alloc = GC.GetAllocatedBytesForCurrentThread() - alloc0;
        if (n != expected) { throw new InvalidOperationException($"{what}: {n} of {expected} certificates"); }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-52} {sw.Elapsed.TotalMilliseconds,9:F1} ms  {n / sw.Elapsed.TotalSeconds,9:F0} certs/s  {sw.Elapsed.TotalMilliseconds * 1000 / n,7:F1} µs/cert  {alloc / (double)n,8:F0} B/cert  cpu {cpu.TotalMilliseconds,8:F0} ms"));
    }
}
