using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// What the package costs the first time a process runs it, which is what a build pays whose compiler runs as its own
/// process (as `dotnet build -p:ReportAnalyzer=true` does, and any build without the compiler server): a fresh process compiles <c>files</c> generated files with the package, Roslyn's own
/// per-analyzer accounting is printed for that first run and for a second, warm run of the same compilation, and the
/// runtime's JIT events name the package's methods compiled during the first run and the time each took.
/// <c>dotnet run -c Release --project benchmarks/CryptrecCheck.Benchmarks -- analyzer-first-use [files] [top] [namespace prefix]</c>.
/// </summary>
internal static class AnalyzerFirstUse
{
    internal static int Run(string[] args)
    {
        var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
        var top = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
        // Whose JIT to list: the package's by default; e.g. "Microsoft.CodeAnalysis" for the compiler methods it makes the JIT compile.
        var prefix = args.Length > 2 ? args[2] : "CryptrecCheck";
        var trees = AnalyzerCorpus.Generate(files);
        var refs = AnalyzerCorpus.References();
        CSharpCompilation Fresh() => AnalyzerCorpus.Compilation(trees, refs);

        // The compiler's own first use (binding, operation trees) is paid by a run with a do-nothing operation analyzer
        // first, so that what remains in the package's first run is the package's.
        _ = Fresh().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpOperationAnalyzer()), Options()).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

        using var jit = new JitListener();
        var analyzers = AnalyzerBenchmarks.All();
        for (var run = 1; run <= 2; run++)
        {
            var sw = Stopwatch.StartNew();
            var with = Fresh().WithAnalyzers(analyzers, Options());
            var found = with.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Count(d => d.Id.StartsWith("CRY", StringComparison.Ordinal) && d.Id != "CRY0001");
            var wall = sw.Elapsed.TotalMilliseconds;
            if (found != AnalyzerCorpus.ExpectedFindings(files))
            {
                Console.Error.WriteLine($"analyzer-first-use: expected {AnalyzerCorpus.ExpectedFindings(files)} findings, got {found}");
                return 1;
            }
            var total = 0.0;
            var lines = new List<string>();
            foreach (var a in analyzers)
            {
                var t = with.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                total += t;
                lines.Add($"  {a.GetType().Name,-32} {t,8:F1} ms");
            }
            Console.WriteLine($"run {run} ({(run == 1 ? "first use" : "warm")}): {found} findings, wall {wall:F0} ms, Roslyn's accounting for the package {total:F1} ms");
            lines.ForEach(Console.WriteLine);
            if (run == 1)
            {
                Thread.Sleep(500); // runtime events reach the listener asynchronously
                var all = jit.Snapshot();
                Console.WriteLine($"JIT during the first run, all code: {all.Count} methods, {all.Sum(m => m.Ms):F1} ms");
                foreach (var g in all.GroupBy(m => string.Join('.', m.Namespace.Split('.').Take(2))).OrderByDescending(g => g.Sum(m => m.Ms)).Take(8))
                {
                    Console.WriteLine($"  {g.Sum(m => m.Ms),7:F1} ms {g.Count(),4} methods  {g.Key}.*");
                }
                var methods = all.Where(m => m.Namespace.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                Console.WriteLine($"JIT during the first run: {methods.Count} {prefix} methods, {methods.Sum(m => m.Ms):F1} ms");
                foreach (var g in methods.GroupBy(m => m.Namespace).OrderByDescending(g => g.Sum(m => m.Ms)).Take(top))
                {
                    Console.WriteLine($"  {g.Sum(m => m.Ms),7:F1} ms {g.Count(),4} methods  {g.Key}");
                }
                Console.WriteLine("Slowest methods:");
                foreach (var m in methods.OrderByDescending(m => m.Ms).Take(top))
                {
                    Console.WriteLine($"  {m.Ms,7:F2} ms  {m.Namespace}::{m.Name}");
                }
            }
        }
        return 0;

        // As in a build: the package's props set CryptrecCheckInventory=false, so the hidden inventory diagnostic is not built.
        static CompilationWithAnalyzersOptions Options() => new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, BuildOptions.Instance),
            onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
    }

    /// <summary>The global options a build passes the analyzers (the package's CompilerVisibleProperty values).</summary>
    private sealed class BuildOptions : AnalyzerConfigOptionsProvider
    {
        internal static readonly BuildOptions Instance = new();
        private static readonly Options Global = new(new Dictionary<string, string>(StringComparer.Ordinal) { ["build_property.cryptrecCheckInventory"] = "false" });
        private static readonly Options Empty = new(new Dictionary<string, string>(StringComparer.Ordinal));
        public override AnalyzerConfigOptions GlobalOptions => Global;
        // In a build the global analyzer config (where build_property values live) applies to every file as well.
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }

    internal readonly record struct JittedMethod(string Namespace, string Name, double Ms);

    /// <summary>The runtime's JIT events (MethodJittingStarted, then MethodLoadVerbose for the same method id).</summary>
    private sealed class JitListener : EventListener
    {
        private readonly ConcurrentDictionary<ulong, DateTime> _started = new();
        private readonly ConcurrentQueue<JittedMethod> _done = new();
        private volatile bool _on;

        internal JitListener() => _on = true;

        internal List<JittedMethod> Snapshot() => _done.ToList();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10); // JIT keyword
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!_on || e.Payload == null || e.PayloadNames == null) { return; }
            var id = e.PayloadNames.IndexOf("MethodID");
            if (id < 0) { return; }
            var method = Convert.ToUInt64(e.Payload[id], CultureInfo.InvariantCulture);
            if (e.EventName == "MethodJittingStarted_V1" || e.EventId == 145)
            {
                _started[method] = e.TimeStamp;
            }
            else if ((e.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) ?? false) && _started.TryRemove(method, out var start))
            {
                var ns = e.Payload[e.PayloadNames.IndexOf("MethodNamespace")]?.ToString() ?? "";
                var name = e.Payload[e.PayloadNames.IndexOf("MethodName")]?.ToString() ?? "";
                _done.Enqueue(new JittedMethod(ns, name, (e.TimeStamp - start).TotalMilliseconds));
            }
        }

        public override void Dispose()
        {
            _on = false;
            base.Dispose();
        }
    }
}
