extern alias analyzers;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
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

/// <summary>Registers the operation kinds CryptrecCheck registers and does nothing with them: what Roslyn charges any
/// IOperation-based analyzer for building operation trees of every method body, before the analyzer's own work.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("EMPTY0002", "never", "never", "none", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
    }
}
#pragma warning restore RS1041, RS1036, RS2008

/// <summary>
/// Each analyzer family and the whole package against an empty analyzer and against the analyzer-free compilation, on a
/// generated 2,000-file code base (issue 3 target: the package adds at most 5 % to the analyzer-free compile time).
/// Every iteration compiles afresh (syntax trees are parsed once), so nothing is served from a semantic cache; BenchmarkDotNet
/// runs one invocation per iteration because of the <see cref="IterationSetupAttribute"/>. No job is fixed here, so the
/// command line's job (<c>--job short</c>, <c>--preset quick</c>) applies to these as to every other benchmark, with one warm-up
/// and three measured compilations (each takes seconds), so that the whole suite stays within its 15-minute budget.
/// </summary>
[WarmupCount(1)]
[IterationCount(3)]
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
        // Verified once per process: BenchmarkDotNet calls GlobalSetup once per benchmark, and in-process runs (--preset
        // quick) would otherwise compile and analyze the same 2,000 files sixteen more times.
        if (!Verified.TryAdd(Files, true)) { return; }
        var errors = Fresh().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) { throw new InvalidOperationException("corpus does not compile: " + errors[0]); }
        var found = Run(All()).Count(d => d.Id.StartsWith("CRY", StringComparison.Ordinal) && d.Id != "CRY0001"); // findings, not the hidden inventory
        var expected = AnalyzerCorpus.ExpectedFindings(Files);
        if (found != expected) { throw new InvalidOperationException($"expected {expected} findings, the analyzers reported {found}"); }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> Verified = new();

    /// <summary>Nothing of the corpus may outlive its benchmark: in-process, a live 2,000-file compilation would make every
    /// forced collection of every later benchmark slow.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _trees = default;
        _refs = default;
        _compilation = null!;
    }

    [IterationSetup]
    public void NewCompilation() => _compilation = Fresh();

    private CSharpCompilation Fresh() => AnalyzerCorpus.Compilation(_trees, _refs);

    /// <summary>Every analyzer the package ships, as the corpus runner and the cost harness use them too.</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> All() => ImmutableArray.Create<DiagnosticAnalyzer>(
        new HashAndMacAnalyzer(), new SymmetricAnalyzer(), new PublicKeyAnalyzer(), new TlsAnalyzer(), new AlgorithmNameAnalyzer(), new ConfigurationAnalyzer(),
        new FrameworkAnalyzer(), new HandWrittenAlgorithmAnalyzer(), new ProtocolStringAnalyzer());

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
