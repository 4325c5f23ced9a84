using System.Globalization;
using System.Text.Json;
using CryptrecCheck.Reporting;
using CryptrecCheck.Tests.Infrastructure;
using CryptrecCheck.Tests.Tls.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace CryptrecCheck.Tests.Tls;

/// <summary>
/// The fleet harness of docs/tls-scanner.md ("1,000 loopback targets in ≤ 60 s with the default limits"): one nginx
/// listening with TLS on 1,000 loopback ports (each port a target; TLS 1.2 with three ECDHE-RSA AEAD suites, TLS 1.3
/// with OpenSSL's three), scanned by the real CLI as a separate process: <c>cryptrec-check tls --targets FILE
/// --format jsonl &gt; FILE</c> with the default limits (--max-hosts 10, --max-connections-per-host 5). Wall time,
/// peak RSS and RSS as the targets finish are printed for the record, never asserted; the facts of every target and
/// the exact connection count are asserted.
/// Run: dotnet test tests/CryptrecCheck.Tests --filter "FullyQualifiedName~FleetMeasurement" --logger "console;verbosity=detailed"
/// </summary>
[Trait("Category", "Measurement")]
public class FleetMeasurementTests(ITestOutputHelper log)
{
    private const int Targets = 1000;

    [Fact]
    public void Measure_ThousandLoopbackTargets_JsonlCli()
    {
        using var fleet = NginxFleet.Start(Targets, TestCertificates.Kind.Rsa2048, ScanMeasurementTests.Six12);
        var dir = Directory.CreateTempSubdirectory("cryptrec-fleet");
        try
        {
            var list = Path.Combine(dir.FullName, "targets.txt");
            File.WriteAllLines(list, fleet.Targets);

            // One target alone first: its connection count is what every target of the fleet must cost.
            var oneFile = Path.Combine(dir.FullName, "one.jsonl");
            var one = CliProcess.RunSampled(new[] { "tls", fleet.Targets.First(), "--format", "jsonl", "--output", oneFile });
            Assert.True(one.ExitCode == ExitCodes.Compliant, one.Stderr);
            var oneLine = File.ReadAllLines(oneFile).Single();
            SchemaAssert.Valid("tls.schema.json", oneLine);
            int perTarget;
            using (var d = JsonDocument.Parse(oneLine)) { perTarget = d.RootElement.GetProperty("connections").GetInt32(); }
            Assert.InRange(perTarget, 1, 60);

            var outFile = Path.Combine(dir.FullName, "fleet.jsonl");
            var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
            var run = CliProcess.RunSampled(new[] { "tls", "--targets", list, "--format", "jsonl" }, stdoutFile: outFile);
            var loadAfter = File.ReadAllText("/proc/loadavg").Trim();
            Assert.True(run.ExitCode == ExitCodes.Compliant, run.Stderr);

            var seen = new HashSet<string>(StringComparer.Ordinal);
            long connections = 0;
            var lines = 0;
            foreach (var line in File.ReadLines(outFile))
            {
                lines++;
                using var d = JsonDocument.Parse(line);
                var r = d.RootElement;
                var target = r.GetProperty("target").GetString()!;
                Assert.True(seen.Add(target), $"{target} reported twice");
                Assert.True(r.GetProperty("errors").GetArrayLength() == 0, target + ": " + r.GetProperty("errors").GetRawText());
                var suites = r.GetProperty("protocols").EnumerateArray()
                    .ToDictionary(p => p.GetProperty("version").GetString()!, p => p.GetProperty("cipherSuites").GetArrayLength());
                Assert.Equal(new[] { 0, 0, 0, 0, 3, 3 }, new[] { "SSL2.0", "SSL3.0", "TLS1.0", "TLS1.1", "TLS1.2", "TLS1.3" }.Select(v => suites[v]));
                var c = r.GetProperty("connections").GetInt32();
                Assert.True(c == perTarget, $"{target}: {c} connections, one target alone needed {perTarget}");
                connections += c;
            }
            Assert.Equal(Targets, lines);
            Assert.Equal(fleet.Targets.ToHashSet(StringComparer.Ordinal), seen);
            Assert.Equal((long)Targets * perTarget, connections);

            string Rss(double fraction)
            {
                var s = run.Samples.FirstOrDefault(x => x.OutputLines >= fraction * Targets) ?? run.Samples.LastOrDefault();
                return s == null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{s.RssBytes / 1048576.0:0} MB at {s.OutputLines} targets");
            }
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, loadavg before [{loadBefore}] after [{loadAfter}]"));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Targets} targets: wall {run.Wall.TotalSeconds:0.0} s ({Targets / run.Wall.TotalSeconds:0.0} targets/s), {connections} TCP connections ({perTarget} per target), " +
                $"peak RSS {run.PeakRssBytes / 1048576.0:0} MB, output {new FileInfo(outFile).Length / 1048576.0:0.0} MB"));
            log.WriteLine($"RSS: {Rss(0.1)}; {Rss(0.25)}; {Rss(0.5)}; {Rss(0.75)}; {Rss(1.0)}");
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one target alone (process start included): {one.Wall.TotalMilliseconds:0} ms"));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
