using System.Diagnostics;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tests.Tls.Infrastructure;
using CryptrecCheck.Tls;
using Xunit;
using Xunit.Abstractions;

namespace CryptrecCheck.Tests.Tls;

/// <summary>
/// The measurement harness of docs/tls-scanner.md: a full scan (protocols, all suites, order, groups, chain, features,
/// evaluation) of a 6-suite and a 25-suite openssl s_server on loopback. Times are printed for the record, never
/// asserted; the connection budget and the ground truth are asserted (both are deterministic).
/// Run: dotnet test tests/CryptrecCheck.Tests --filter "Category=Measurement" --logger "console;verbosity=detailed"
/// </summary>
[Trait("Category", "Measurement")]
public class ScanMeasurementTests(ITestOutputHelper log)
{
    internal const string Six12 = "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305";
    internal const string Six13 = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256";

    internal static readonly string[] TwentyTwo12 =
    {
        "ECDHE-RSA-AES256-GCM-SHA384", "DHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305", "DHE-RSA-CHACHA20-POLY1305",
        "DHE-RSA-AES256-CCM8", "DHE-RSA-AES256-CCM", "ECDHE-ARIA256-GCM-SHA384", "DHE-RSA-ARIA256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256",
        "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES128-CCM8", "DHE-RSA-AES128-CCM", "ECDHE-ARIA128-GCM-SHA256", "DHE-RSA-ARIA128-GCM-SHA256",
        "ECDHE-RSA-AES256-SHA384", "DHE-RSA-AES256-SHA256", "ECDHE-RSA-CAMELLIA256-SHA384", "DHE-RSA-CAMELLIA256-SHA256", "ECDHE-RSA-AES128-SHA256",
        "DHE-RSA-AES128-SHA256", "ECDHE-RSA-CAMELLIA128-SHA256", "DHE-RSA-CAMELLIA128-SHA256",
    };

    private (double MedianMs, double MinMs, int Connections, TlsScanResult Last) Measure(string target, int runs = 7)
    {
        Assert.True(TlsTarget.TryParse(target, out var t, out _));
        var scanner = new TlsScanner();
        var context = new EvaluationContext(TestCertificates.Today());
        var evaluator = new TlsEvaluator(context);
        evaluator.Evaluate(scanner.ScanAsync(t!).GetAwaiter().GetResult()); // warm-up: JIT, registry, first handshakes
        var times = new List<double>();
        TlsScanResult last = null!;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            last = scanner.ScanAsync(t!).GetAwaiter().GetResult();
            var judged = evaluator.Evaluate(last);
            sw.Stop();
            Assert.NotEmpty(judged.Findings);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[0], last.Connections, last);
    }

    [Fact]
    public void Measure_SixSuiteServer()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, $"-cipher {Six12} -ciphersuites {Six13}");
        var (median, min, connections, r) = Measure(server.Target);
        log.WriteLine($"6-suite TLS1.2+1.3 server: median {median:0.0} ms (min {min:0.0} ms), {connections} TCP connections, {Environment.ProcessorCount} cores");
        Assert.Empty(r.Errors);
        Assert.Equal(3, r.Protocol(TlsProtocolVersion.Tls12)!.CipherSuites.Count);
        Assert.Equal(3, r.Protocol(TlsProtocolVersion.Tls13)!.CipherSuites.Count);
        Assert.True(connections <= 60, $"{connections} connections");
    }

    [Fact]
    public void Measure_TwentyFiveSuiteServer()
    {
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048,
            $"-cipher {string.Join(':', TwentyTwo12)}:@SECLEVEL=0 -ciphersuites {Six13} -dhparam {OpenSslScanTests.DhParams(2048)}");
        var (median, min, connections, r) = Measure(server.Target);
        log.WriteLine($"25-suite TLS1.2+1.3 server: median {median:0.0} ms (min {min:0.0} ms), {connections} TCP connections, {Environment.ProcessorCount} cores");
        Assert.Empty(r.Errors);
        var expected = TwentyTwo12.Select(n => TlsRegistry.FindSuite(n)!.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, OpenSslScanTests.Suites(r, TlsProtocolVersion.Tls12));
        Assert.Equal(3, r.Protocol(TlsProtocolVersion.Tls13)!.CipherSuites.Count);
        Assert.Equal(new[] { 2048 }, r.DhePrimeBits);
        Assert.True(connections <= 90, $"{connections} connections");
    }
}
