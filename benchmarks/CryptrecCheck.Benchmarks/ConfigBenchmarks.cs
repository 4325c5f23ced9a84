using BenchmarkDotNet.Attributes;
using CryptrecCheck.Config.OpenSsl;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// OpenSSL cipher-string expansion (issue 11 target: ≤ 50 µs per string). The baseline is one lookup of a suite by
/// name, the least any expansion does. Each string is checked in GlobalSetup against the suite count the installed
/// `openssl ciphers` gives for it (recorded in the test suite), so a broken expander fails instead of reporting a time.
/// </summary>
[MemoryDiagnoser]
public class ConfigBenchmarks
{
    [Params("HIGH:!aNULL:!MD5", "DEFAULT:@SECLEVEL=2", "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM", "ALL:COMPLEMENTOFALL:@STRENGTH")]
    public string CipherString { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var expected = CipherString switch
        {
            "HIGH:!aNULL:!MD5" => 125,
            "DEFAULT:@SECLEVEL=2" => 57,
            "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM" => 10,
            _ => 155,
        };
        var n = OpenSslCipherString.Expand(CipherString).Selected.Count;
        Check.True(n == expected, $"{CipherString} selects {n} suites, openssl selects {expected}");
    }

    [Benchmark(Baseline = true, Description = "one suite lookup (floor)")]
    public bool Lookup() => OpenSslCipherTable.Find("ECDHE-RSA-AES128-GCM-SHA256") != null;

    [Benchmark(Description = "expand cipher string")]
    public int Expand() => OpenSslCipherString.Expand(CipherString).Selected.Count;

    [Benchmark(Description = "expand + security-level filter (-s)")]
    public int ExpandSupported() => OpenSslCipherString.Expand(CipherString).Supported().Count;
}
