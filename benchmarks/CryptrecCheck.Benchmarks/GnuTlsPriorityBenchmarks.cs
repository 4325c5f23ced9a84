using BenchmarkDotNet.Attributes;
using CryptrecCheck.Config.GnuTls;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// GnuTLS priority-string expansion (issue 11 target, as for OpenSSL strings: ≤ 50 µs per string). The baseline is the
/// cheapest question the expander answers (is this a priority string at all). Each string is checked in GlobalSetup
/// against the suite count the installed `gnutls-cli --priority … --list` gives for it (the tests compare every suite),
/// so a broken expander fails instead of reporting a time.
/// </summary>
[MemoryDiagnoser]
public class GnuTlsPriorityBenchmarks
{
    internal static readonly (string Priority, int Suites)[] Strings =
    {
        ("NORMAL:-VERS-TLS1.0", 29),
        ("SECURE256:+SECURE128:-VERS-ALL:+VERS-TLS1.2", 25),
        ("PFS:%SERVER_PRECEDENCE", 23),
        ("NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-ALL", 1),
    };

    [Params("NORMAL:-VERS-TLS1.0", "SECURE256:+SECURE128:-VERS-ALL:+VERS-TLS1.2", "PFS:%SERVER_PRECEDENCE",
        "NONE:+VERS-TLS1.2:+AES-128-GCM:+ECDHE-RSA:+AEAD:+SIGN-ALL:+GROUP-ALL")]
    public string Priority { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var expected = Strings.Single(s => s.Priority == Priority).Suites;
        var x = GnuTlsPriorityString.Expand(Priority);
        Check.True(x.IsValid && x.Suites.Count == expected, $"{Priority} enables {x.Suites.Count} suites, gnutls-cli lists {expected}");
    }

    [Benchmark(Baseline = true, Description = "recognise a priority string (floor)")]
    public bool Recognise() => GnuTlsPriorityString.LooksLikePriorityString(Priority);

    [Benchmark(Description = "expand priority string")]
    public int Expand() => GnuTlsPriorityString.Expand(Priority).Suites.Count;
}
