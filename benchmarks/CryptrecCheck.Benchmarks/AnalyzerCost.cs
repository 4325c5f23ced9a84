extern alias analyzers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using analyzers::CryptrecCheck.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// The second view of analyzer cost, beside <see cref="AnalyzerBenchmarks"/>: in one process and alternating round by
/// round, the analyzer-free compile, an analyzer that registers nothing (Roslyn's analyzer driver), an analyzer that
/// registers the operation kinds CryptrecCheck registers and does nothing (Roslyn building operation trees, which every
/// SDK build already pays for the SDK's own IOperation analyzers), and the CryptrecCheck package.
/// <c>dotnet run -c Release --project benchmarks/CryptrecCheck.Benchmarks -- analyzer-cost [files] [rounds]</c>.
/// </summary>
internal static class AnalyzerCost
{
    internal static int Run(string[] args)
    {
        var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var trees = AnalyzerCorpus.Generate(files);
        var refs = AnalyzerCorpus.References();
        CSharpCompilation Fresh() => AnalyzerCorpus.Compilation(trees, refs);
        var analyzers = AnalyzerBenchmarks.All();

        var baseline = new List<double>();
        var empty = new List<double>();
        var noOp = new List<double>();
        var withPackage = new List<double>();
        var expected = AnalyzerCorpus.ExpectedFindings(files);
        for (var round = 0; round <= rounds; round++)
        {
            // Round 0 warms the JIT and is not recorded. The three measurements alternate so drift hits them alike.
            var sw = Stopwatch.StartNew();
            _ = Fresh().GetDiagnostics();
            var b = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            _ = Fresh().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()), Options()).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            var e = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            _ = Fresh().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpOperationAnalyzer()), Options()).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            var n = sw.Elapsed.TotalMilliseconds;

            sw.Restart();
            var withAll = Fresh().WithAnalyzers(analyzers, Options());
            var found = withAll.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Count(d => d.Id.StartsWith("CRY", StringComparison.Ordinal) && d.Id != "CRY0001");
            var w = sw.Elapsed.TotalMilliseconds;
            if (found != expected) { Console.Error.WriteLine($"analyzer-cost: expected {expected} findings, got {found}"); return 1; }
            if (round == 0) { continue; }
            baseline.Add(b);
            empty.Add(e);
            noOp.Add(n);
            withPackage.Add(w);
            Console.Error.WriteLine($"round {round}/{rounds}: compile {b:F0} ms, empty analyzer {e:F0} ms, no-op operation analyzer {n:F0} ms, package {w:F0} ms");
        }

        static double Median(List<double> xs) { var s = xs.OrderBy(x => x).ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2; }
        var mb = Median(baseline);
        Console.WriteLine($"| Measure ({files} files, median of {rounds} rounds, one process) | ms | vs analyzer-free compile |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| compile, no analyzer | {mb:F0} | – |");
        Console.WriteLine($"| compile + empty analyzer (Roslyn's driver alone) | {Median(empty):F0} | {Pct(Median(empty), mb)} |");
        Console.WriteLine($"| compile + an analyzer registering the same operation kinds and doing nothing | {Median(noOp):F0} | {Pct(Median(noOp), mb)} |");
        Console.WriteLine($"| compile + CryptrecCheck package, wall clock | {Median(withPackage):F0} | {Pct(Median(withPackage), mb)} |");
        Console.WriteLine($"| CryptrecCheck package over the no-op operation analyzer | {Median(withPackage) - Median(noOp):F0} | {Pct(Median(withPackage), Median(noOp))} of that |");
        return 0;

        static string Pct(double x, double b) => (100 * (x - b) / b).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + " %";
        static CompilationWithAnalyzersOptions Options() => new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
    }
}
