extern alias analyzers;
using System.Collections.Immutable;
using System.Diagnostics;
using analyzers::CryptrecCheck.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// Runs every CryptrecCheck analyzer over the C# files of a directory (e.g. a public code base checked out beside this
/// repository) and reports analyzer exceptions (AD0001), findings per rule and time:
/// <c>dotnet run -c Release --project benchmarks/CryptrecCheck.Benchmarks -- corpus &lt;dir&gt;…</c>.
/// Compilation errors from missing project references do not matter: the analyzers must survive broken code too.
/// </summary>
internal static class CorpusRun
{
    internal static int Run(IEnumerable<string> dirs)
    {
        var failures = 0;
        foreach (var dir in dirs)
        {
            var files = Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
                .ToList();
            var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: new[] { "NET", "NET6_0_OR_GREATER", "NETCOREAPP" });
            var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, path: f)).ToImmutableArray();
            var compilation = CSharpCompilation.Create("corpus", trees, AnalyzerCorpus.References().AddRange(ExtraReferences()),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
            var analyzers = AnalyzerBenchmarks.All();
            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (e, a, d) => { lock (exceptions) { exceptions.Add($"{a.GetType().Name}: {e.GetType().Name}: {e.Message}"); } },
                concurrentAnalysis: true, logAnalyzerExecutionTime: Environment.GetEnvironmentVariable("CORPUS_TIMES") == "1");
            var sw = Stopwatch.StartNew();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            sw.Stop();
            if (options.LogAnalyzerExecutionTime)
            {
                // Roslyn's own accounting of each analyzer's callbacks (CORPUS_TIMES=1), apart from binding the code.
                foreach (var a in analyzers)
                {
                    var t = withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult();
                    Console.WriteLine($"- time {a.GetType().Name}: {t.ExecutionTime.TotalSeconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)} s");
                }
            }
            var ad0001 = diagnostics.Count(d => d.Id == "AD0001");
            Console.WriteLine($"## {dir}");
            Console.WriteLine($"- {files.Count} files, {compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error)} compiler errors (unresolved project references are expected)");
            Console.WriteLine($"- analyzers ran in {sw.Elapsed.TotalSeconds:F1} s; AD0001: {ad0001}; analyzer exceptions: {exceptions.Count}");
            foreach (var g in diagnostics.Where(d => d.Id.StartsWith("CRY", StringComparison.Ordinal) && d.Id != "CRY0001").GroupBy(d => d.Id).OrderBy(g => g.Key))
            {
                Console.WriteLine($"- {g.Key}: {g.Count()}");
            }
            foreach (var e in exceptions.Distinct().Take(20)) { Console.WriteLine($"  ! {e}"); }
            if (Environment.GetEnvironmentVariable("CORPUS_SAMPLES") is { } sample)
            {
                foreach (var g in diagnostics.Where(d => d.Id == sample).GroupBy(d => d.GetMessage().Split(new[] { " (" }, StringSplitOptions.None)[0]).OrderByDescending(g => g.Count()).Take(25))
                {
                    Console.WriteLine($"    {g.Count(),5} × {g.Key}  e.g. {g.First().Location.GetLineSpan()}");
                }
            }
            failures += ad0001 + exceptions.Count;
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>CORPUS_REFS: directories (separated by the path separator) whose assemblies the code base compiles against
    /// besides .NET and BouncyCastle, e.g. the ASP.NET Core reference pack and the IdentityModel packages, so framework APIs
    /// bind; the first assembly of each file name wins.</summary>
    private static IEnumerable<MetadataReference> ExtraReferences()
    {
        var dirs = Environment.GetEnvironmentVariable("CORPUS_REFS");
        if (string.IsNullOrEmpty(dirs)) { return Array.Empty<MetadataReference>(); }
        var taken = new HashSet<string>(AnalyzerCorpus.References().Select(r => Path.GetFileName(r.Display ?? string.Empty)), StringComparer.OrdinalIgnoreCase);
        return dirs.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(d => Directory.GetFiles(d, "*.dll"))
            .Where(f => taken.Add(Path.GetFileName(f)))
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToList();
    }
}
