using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// Runs the benchmarks or writes the report.
/// <list type="bullet">
/// <item><c>-- --filter '*' --job short</c>: BenchmarkDotNet's short job, one process per benchmark (about 20 minutes for
/// the whole suite on 2 cores; the reference numbers in docs/benchmarks.md).</item>
/// <item><c>-- --filter '*' --preset quick</c>: the whole suite in under 15 minutes on 2 cores: in-process, 120 ms
/// iterations, 2 warm-ups and 4 measured iterations, no overhead evaluation. Numbers are noisier than the short job's.</item>
/// <item><c>-- analyzer-cost [files] [rounds]</c>: Roslyn's own per-analyzer execution time against the analyzer-free compile.</item>
/// <item><c>-- analyzer-first-use [files] [top] [namespace prefix]</c>: the package's first-use cost in a fresh process (Roslyn's accounting, JIT events).</item>
/// <item><c>-- write-corpus &lt;dir&gt; [files]</c>: the generated analyzer corpus as files, to time a real <c>dotnet build</c>.</item>
/// <item><c>-- cert-gen &lt;dir&gt; [count]</c> and <c>-- cert-harness &lt;dir&gt; [rounds]</c>: certificate inspection over a
/// directory of generated DER certificates (benchmarks/cert-harness.sh adds openssl's figures).</item>
/// <item><c>-- camellia-speed [reps]</c>: Camellia throughput by interleaved repetitions, minimum and median (docs/camellia.md).</item>
/// <item><c>-- camellia-split [reps]</c>: portable Camellia, round-sliced against 64-block batches per block count (docs/camellia.md).</item>
/// <item><c>-- camellia-timing [n]</c>: dudect-style fixed-vs-random timing check of every Camellia path (docs/camellia.md).</item>
/// <item><c>-- corpus &lt;dir&gt;…</c>: every analyzer over a directory of C# (AD0001 check).</item>
/// <item><c>-- report &lt;results-dir&gt; &lt;docs-dir&gt; [notes.md]</c>: docs/benchmarks.md and the SVG chart from the CSV reports.</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "report")
        {
            if (args.Length < 3)
            {
                Console.Error.WriteLine("usage: report <BenchmarkDotNet results dir> <docs dir> [notes.md]");
                return 2;
            }
            return BenchmarkReport.Run(args[1], args[2], args.Length > 3 ? args[3] : Path.Combine(AppContext.BaseDirectory, "benchmarks-notes.md"));
        }

        if (args.Length > 0 && args[0] == "analyzer-cost")
        {
            return AnalyzerCost.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "analyzer-first-use")
        {
            return AnalyzerFirstUse.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 1 && args[0] == "write-corpus")
        {
            // The generated corpus as a project on disk, to time a real `dotnet build` with and without the package.
            var dir = args[1];
            var files = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000;
            Directory.CreateDirectory(dir);
            var i = 0;
            foreach (var tree in AnalyzerCorpus.Generate(files)) { File.WriteAllText(Path.Combine(dir, $"File{i++:D4}.cs"), tree.ToString()); }
            Console.WriteLine($"wrote {files} files to {dir}");
            return 0;
        }

        if (args.Length > 1 && args[0] == "cert-gen")
        {
            return CertificateHarness.Generate(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
        }

        if (args.Length > 1 && args[0] == "cert-harness")
        {
            return CertificateHarness.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
        }

        if (args.Length > 0 && args[0] == "camellia-speed")
        {
            return CamelliaSpeed.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "camellia-split")
        {
            return CamelliaSplit.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "camellia-timing")
        {
            return CamelliaTiming.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "config-expand-cpu")
        {
            // Process CPU time per cipher-string expansion: stable where wall-clock is not (a shared, overloaded machine).
            return ConfigCorpus.ExpandCpu(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
        }

        if (args.Length > 1 && args[0] == "write-config-corpus")
        {
            // A directory of configuration files for timing `cryptrec-check config <dir>` (issue 11: 10,000 files in ≤ 10 s).
            var files = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
            ConfigCorpus.Write(args[1], files);
            Console.WriteLine($"wrote {files} configuration files to {args[1]}");
            return 0;
        }

        if (args.Length > 0 && args[0] == "corpus")
        {
            return CorpusRun.Run(args.Skip(1));
        }

        IConfig? config = null;
        var at = Array.IndexOf(args, "--preset");
        if (at >= 0)
        {
            var preset = at + 1 < args.Length ? args[at + 1] : string.Empty;
            if (preset != "quick")
            {
                Console.Error.WriteLine($"unknown preset '{preset}' (known: quick)");
                return 2;
            }
            config = QuickConfig();
            args = args.Where((_, i) => i != at && i != at + 1).ToArray();
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }

    internal static IConfig QuickConfig() => DefaultConfig.Instance.AddJob(Job.ShortRun
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithIterationTime(TimeInterval.FromMilliseconds(120))
        .WithWarmupCount(2)
        .WithIterationCount(4)
        // Measuring the empty-call overhead takes ~24 extra iterations per benchmark, more than the benchmark itself; the
        // overhead is 1–2 ns, below the noise of everything here except the policy lookup (which --job short measures).
        .WithEvaluateOverhead(false)
        // With four fixed iterations the accuracy target changes no measurement; 10 % states what this preset is good for.
        .WithMaxRelativeError(0.1)
        .WithId("Quick"));
}
