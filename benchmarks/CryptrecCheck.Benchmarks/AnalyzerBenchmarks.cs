extern alias analyzers;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using analyzers::CryptrecCheck.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Benchmarks;

/// <summary>An analyzer that registers nothing: the cost of running any analyzer at all. It is only instantiated here,
/// never shipped, hence the analyzer-packaging rules are off for it.</summary>
#pragma warning disable RS1041, RS1036, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("EMPTY0001", "never", "never", "none", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
    }
}
#pragma warning restore RS1041, RS1036, RS2008

/// <summary>
/// Each analyzer family and the whole package against an empty analyzer and against the analyzer-free compilation, on a
/// generated 2,000-file code base (issue 3 target: the package adds at most 5 % to the analyzer-free compile time).
/// Every iteration compiles afresh (syntax trees are parsed once), so nothing is served from a semantic cache.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, id: "Compile")]
public class AnalyzerBenchmarks
{
    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<MetadataReference> _refs;
    private CSharpCompilation _compilation = null!;

    [Params(2000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _trees = AnalyzerCorpus.Generate(Files);
        _refs = AnalyzerCorpus.References();
        var errors = Fresh().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) { throw new InvalidOperationException("corpus does not compile: " + errors[0]); }
        var found = Run(All()).Count(d => d.Id.StartsWith("CRY", StringComparison.Ordinal));
        var expected = AnalyzerCorpus.ExpectedFindings(Files);
        if (found != expected) { throw new InvalidOperationException($"expected {expected} findings, the analyzers reported {found}"); }
    }

    [IterationSetup]
    public void NewCompilation() => _compilation = Fresh();

    private CSharpCompilation Fresh() => CSharpCompilation.Create("corpus", _trees, _refs,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static ImmutableArray<DiagnosticAnalyzer> All() => ImmutableArray.Create<DiagnosticAnalyzer>(
        new HashAndMacAnalyzer(), new SymmetricAnalyzer(), new PublicKeyAnalyzer(), new TlsAnalyzer(), new AlgorithmNameAnalyzer(), new ConfigurationAnalyzer());

    private ImmutableArray<Diagnostic> Run(ImmutableArray<DiagnosticAnalyzer> analyzers, CSharpCompilation? c = null) =>
        (c ?? Fresh()).WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
        .GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "compile, no analyzer")]
    public int NoAnalyzer() => _compilation.GetDiagnostics().Length;

    [Benchmark(Description = "empty analyzer")]
    public int Empty() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()), _compilation).Length;

    [Benchmark(Description = "HashAndMacAnalyzer")]
    public int HashAndMac() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new HashAndMacAnalyzer()), _compilation).Length;

    [Benchmark(Description = "SymmetricAnalyzer")]
    public int Symmetric() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new SymmetricAnalyzer()), _compilation).Length;

    [Benchmark(Description = "PublicKeyAnalyzer")]
    public int PublicKey() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new PublicKeyAnalyzer()), _compilation).Length;

    [Benchmark(Description = "TlsAnalyzer")]
    public int Tls() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new TlsAnalyzer()), _compilation).Length;

    [Benchmark(Description = "AlgorithmNameAnalyzer")]
    public int AlgorithmName() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new AlgorithmNameAnalyzer()), _compilation).Length;

    [Benchmark(Description = "whole package (6 analyzers)")]
    public int Package() => Run(All(), _compilation).Length;
}
