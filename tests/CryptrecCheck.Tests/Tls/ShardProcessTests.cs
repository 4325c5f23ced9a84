using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CryptrecCheck.Reporting;
using CryptrecCheck.Tests.Infrastructure;
using CryptrecCheck.Tests.Tls.Infrastructure;
using Xunit;

namespace CryptrecCheck.Tests.Tls;

/// <summary>
/// Sharding as a fleet runs it: three <c>cryptrec-check tls --shard I/3 --format jsonl</c> processes at the same time
/// (and three more that take I and N from JOB_COMPLETION_INDEX / JOB_COMPLETIONS, as a Kubernetes Indexed Job sets
/// them), each merged with <c>cryptrec-check merge</c> (a process too), equal to one unsharded scan: each target
/// exactly once, the unreachable target kept as an error.
/// </summary>
public class ShardProcessTests
{
    private const int Shards = 3;

    /// <summary>Starts every run at once and waits for all; returns (exit code, stdout, stderr) in order.</summary>
    private static (int Code, string Out, string Err)[] RunAll(IEnumerable<(string[] Args, Dictionary<string, string>? Env)> runs)
    {
        var started = runs.Select(r =>
        {
            var p = CliProcess.Start(r.Args, r.Env);
            return (Process: p, Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync(), r.Args);
        }).ToArray();
        try
        {
            return started.Select(s =>
            {
                if (!s.Process.WaitForExit(300_000))
                {
                    s.Process.Kill(entireProcessTree: true);
                    throw new TimeoutException("cryptrec-check " + string.Join(' ', s.Args) + " did not finish");
                }
                s.Process.WaitForExit();
                return (s.Process.ExitCode, s.Out.Result, s.Err.Result);
            }).ToArray();
        }
        finally
        {
            foreach (var s in started) { s.Process.Dispose(); }
        }
    }

    [Theory]
    [InlineData("5", "2")]
    [InlineData("x", "2")]
    [InlineData("0", "0")]
    public void InvalidJobShardVariables_AreAUsageError(string index, string count)
    {
        // Ignored before: every pod of the Indexed Job then scanned every target.
        var r = CliProcess.RunSampled(new[] { "tls", "127.0.0.1:1" }, env: new Dictionary<string, string> { ["JOB_COMPLETION_INDEX"] = index, ["JOB_COMPLETIONS"] = count }, timeoutMs: 120_000);
        Assert.Equal(ExitCodes.UsageError, r.ExitCode);
        Assert.Contains("JOB_COMPLETION_INDEX=" + index, r.Stderr);
        Assert.Contains("are not a shard", r.Stderr);
    }

    [Fact]
    public void ShardProcesses_Merged_EqualOneUnshardedScan()
    {
        using var fleet = NginxFleet.Start(6, TestCertificates.Kind.Rsa2048, ScanMeasurementTests.Six12);
        using var ecdsa12 = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-no_tls1_3 -cipher ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA");
        using var only13 = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-tls1_3 -ciphersuites TLS_AES_256_GCM_SHA384");
        var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var closed = "127.0.0.1:" + ((System.Net.IPEndPoint)l.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        l.Stop();
        var targets = fleet.Targets.Take(3).Append(ecdsa12.Target).Append(closed).Append(only13.Target).Concat(fleet.Targets.Skip(3)).ToArray();
        var dir = Directory.CreateTempSubdirectory("cryptrec-shard-processes");
        try
        {
            var list = Path.Combine(dir.FullName, "targets.txt");
            File.WriteAllLines(list, targets);
            var common = new[] { "tls", "--targets", list, "--timeout", "10" };

            var whole = RunAll(new[] { (common.Concat(new[] { "--format", "json" }).ToArray(), (Dictionary<string, string>?)null) }).Single();
            Assert.True(whole.Code == ExitCodes.UsageError, whole.Err); // the closed port could not be scanned
            SchemaAssert.Valid("report.schema.json", whole.Out);
            using var w = JsonDocument.Parse(whole.Out);
            var expected = ShardMergeTests.Facts(w.RootElement.GetProperty("results"));
            Assert.Equal(targets.OrderBy(t => t, StringComparer.Ordinal), expected.Keys);

            string[] Shard(string name, Func<int, (string[], Dictionary<string, string>?)> run)
            {
                var files = Enumerable.Range(0, Shards).Select(i => Path.Combine(dir.FullName, $"{name}{i}.jsonl")).ToArray();
                var results = RunAll(Enumerable.Range(0, Shards).Select(i =>
                {
                    var (args, env) = run(i);
                    return (args.Concat(new[] { "--format", "jsonl", "--output", files[i] }).ToArray(), env);
                }));
                for (var i = 0; i < Shards; i++)
                {
                    Assert.True(results[i].Code is ExitCodes.Compliant or ExitCodes.Noncompliant or ExitCodes.UsageError, results[i].Err);
                    var lines = File.ReadAllLines(files[i]).Where(x => x.Length > 0).ToArray();
                    // Slice i holds the targets k with k mod 3 == i, each once (jsonl lines come in the order targets finish).
                    var mine = targets.Where((_, k) => k % Shards == i).ToArray();
                    Assert.Equal(mine.Order(StringComparer.Ordinal), lines.Select(x => { using var d = JsonDocument.Parse(x); return d.RootElement.GetProperty("target").GetString()!; }).Order(StringComparer.Ordinal));
                    foreach (var line in lines) { SchemaAssert.Valid("tls.schema.json", line); }
                    Assert.Equal(mine.Contains(closed) ? ExitCodes.UsageError : results[i].Code, results[i].Code);
                }
                return files;
            }

            var byOption = Shard("option", i => (common.Concat(new[] { "--shard", $"{i}/{Shards}" }).ToArray(), null));
            var byEnvironment = Shard("job", i => (common, new Dictionary<string, string>
            {
                ["JOB_COMPLETION_INDEX"] = i.ToString(CultureInfo.InvariantCulture),
                ["JOB_COMPLETIONS"] = Shards.ToString(CultureInfo.InvariantCulture),
            }));

            foreach (var files in new[] { byOption, byEnvironment })
            {
                var mergedFile = Path.Combine(dir.FullName, "merged.json");
                var merged = RunAll(new[] { (new[] { "merge" }.Concat(files).Concat(new[] { "--output", mergedFile }).ToArray(), (Dictionary<string, string>?)null) }).Single();
                Assert.True(merged.Code == ExitCodes.UsageError, merged.Err); // the unreachable target is kept
                var text = File.ReadAllText(mergedFile);
                SchemaAssert.Valid("report.schema.json", text);
                using var m = JsonDocument.Parse(text);
                var results = m.RootElement.GetProperty("results");
                Assert.Equal(targets.Length, results.GetArrayLength()); // each target exactly once
                var actual = ShardMergeTests.Facts(results);
                Assert.Equal(expected.Keys, actual.Keys);
                foreach (var k in expected.Keys) { Assert.True(expected[k] == actual[k], $"{k}:\n unsharded {expected[k]}\n merged    {actual[k]}"); }
                var err = Assert.Single(m.RootElement.GetProperty("errors").EnumerateArray());
                Assert.Equal(closed, err.GetProperty("source").GetString());
                Assert.Equal(w.RootElement.GetProperty("summary").GetRawText(), m.RootElement.GetProperty("summary").GetRawText());
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
