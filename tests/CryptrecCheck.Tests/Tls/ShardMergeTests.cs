using System.Text.Json;
using CryptrecCheck.Cli;
using CryptrecCheck.Reporting;
using CryptrecCheck.Tests.Infrastructure;
using CryptrecCheck.Tests.Tls.Infrastructure;
using Xunit;

namespace CryptrecCheck.Tests.Tls;

/// <summary>Fleets: --format jsonl streams one result per line, --shard I/N scans deterministic slices, and merging the
/// shards gives the same targets and facts as one unsharded scan, failures kept.</summary>
public class ShardMergeTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Program.Run(args, o, e, TestCertificates.Today);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>What must be equal between sharded and unsharded: per target, the protocols with their suites and the compliance.</summary>
    internal static SortedDictionary<string, string> Facts(JsonElement results)
    {
        var d = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in results.EnumerateArray())
        {
            var protocols = string.Join(";", r.GetProperty("protocols").EnumerateArray().Select(p =>
                p.GetProperty("version").GetString() + "=" + p.GetProperty("supported").GetBoolean() + ":" +
                string.Join(",", p.GetProperty("cipherSuites").EnumerateArray().Select(s => s.GetProperty("code").GetInt32()).OrderBy(c => c))));
            d[r.GetProperty("target").GetString()!] = protocols + "|" + r.GetProperty("compliance").GetRawText() + "|" + r.GetProperty("errors").GetArrayLength();
        }
        return d;
    }

    [Fact]
    public void Merge_KeepsFailuresThatAreNotListVerdicts()
    {
        // A target that fails only by an error outside the list (here: its certificate expired at --as-of) made the
        // unsharded scan exit 1 but its merge exit 0 with no noncompliant target: sharded CI would have passed.
        using var server = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-cipher ECDHE-RSA-AES128-GCM-SHA256");
        var dir = Directory.CreateTempSubdirectory("cryptrec-merge-").FullName;
        try
        {
            var asOf = TestCertificates.Today().AddYears(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var scan = Run("tls", server.Target, "-f", "json", "--as-of", asOf);
            Assert.Equal(ExitCodes.Noncompliant, scan.Code);
            var file = Path.Combine(dir, "scan.json");
            File.WriteAllText(file, scan.Out);
            var merged = Run("merge", file);
            Assert.Equal(ExitCodes.Noncompliant, merged.Code);
            using var doc = JsonDocument.Parse(merged.Out);
            Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("noncompliant").GetInt32());
            Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Shards_Merged_EqualOneUnshardedScan()
    {
        using var a = OpenSslServer.Start(TestCertificates.Kind.EcdsaP256, "-no_tls1_3 -cipher ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA");
        using var b = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-tls1_3 -ciphersuites TLS_AES_256_GCM_SHA384");
        using var c = OpenSslServer.Start(TestCertificates.Kind.Rsa2048, "-cipher ECDHE-RSA-AES128-GCM-SHA256");
        var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var closed = "127.0.0.1:" + ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        var dir = Directory.CreateTempSubdirectory("cryptrec-shards");
        try
        {
            var list = Path.Combine(dir.FullName, "targets.txt");
            File.WriteAllLines(list, new[] { a.Target, b.Target, closed, c.Target });
            var whole = Run("tls", "--targets", list, "-f", "json", "--timeout", "10");
            Assert.Equal(ExitCodes.UsageError, whole.Code); // the closed port could not be scanned
            SchemaAssert.Valid("report.schema.json", whole.Out);

            var parts = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                var file = Path.Combine(dir.FullName, $"shard{i}.jsonl");
                Run("tls", "--targets", list, "-f", "jsonl", "--shard", $"{i}/3", "-o", file, "--timeout", "10");
                foreach (var line in File.ReadAllLines(file).Where(x => x.Length > 0))
                {
                    SchemaAssert.Valid("tls.schema.json", line);
                }
                parts.Add(file);
            }
            Assert.Equal(2, File.ReadAllLines(parts[0]).Count(x => x.Length > 0)); // targets 0 and 3
            Assert.Single(File.ReadAllLines(parts[1]), x => x.Length > 0);

            var mergedFile = Path.Combine(dir.FullName, "merged.json");
            var merged = Run(new[] { "merge" }.Concat(parts).Concat(new[] { "-o", mergedFile }).ToArray());
            Assert.Equal(ExitCodes.UsageError, merged.Code);
            var mergedText = File.ReadAllText(mergedFile);
            SchemaAssert.Valid("report.schema.json", mergedText);

            using var w = JsonDocument.Parse(whole.Out);
            using var m = JsonDocument.Parse(mergedText);
            var expected = Facts(w.RootElement.GetProperty("results"));
            var actual = Facts(m.RootElement.GetProperty("results"));
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var k in expected.Keys) { Assert.True(expected[k] == actual[k], $"{k}:\n unsharded {expected[k]}\n merged    {actual[k]}\n{whole.Out}"); }
            Assert.Equal(4, m.RootElement.GetProperty("results").GetArrayLength());
            var err = Assert.Single(m.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Equal(closed, err.GetProperty("source").GetString());
            Assert.Equal(w.RootElement.GetProperty("summary").GetProperty("noncompliant").GetInt32(), m.RootElement.GetProperty("summary").GetProperty("noncompliant").GetInt32());

            // Merging the same shard twice keeps each target once.
            var twice = Run(new[] { "merge", parts[0], parts[0] });
            using var t = JsonDocument.Parse(twice.Out);
            Assert.Equal(2, t.RootElement.GetProperty("results").GetArrayLength());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("0/0")]
    public void Shard_Invalid_ExitsTwo(string value)
    {
        Assert.Equal(ExitCodes.UsageError, Run("tls", "127.0.0.1:1", "--shard", value).Code);
    }

    [Fact]
    public void Merge_NotAReport_ExitsTwo()
    {
        var f = Path.GetTempFileName();
        try
        {
            File.WriteAllText(f, "{\"hello\": 1}\n");
            var (code, _, err) = Run("merge", f);
            Assert.Equal(ExitCodes.UsageError, code);
            Assert.Contains("not a tls-target result", err);
        }
        finally
        {
            File.Delete(f);
        }
    }
}
