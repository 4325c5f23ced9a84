using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Analyzers;

/// <summary>CRY9001: a CryptrecCheck option (.editorconfig key or the CryptrecCheckMode MSBuild property) with a value
/// it cannot use. Bad configuration is never silent; the default applies and the diagnostic says which value was wrong.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var seen = new ConcurrentDictionary<(string, string), string>();
            void Collect(AnalyzerSettings s)
            {
                foreach (var (key, value, problem) in s.Errors) { seen.TryAdd((key, value), problem); }
            }
            var global = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            Collect(AnalyzerSettings.For(global));
            if (global.TryGetValue(AnalyzerSettings.ModeKey, out var mode) && !string.IsNullOrWhiteSpace(mode)
                && !mode.Trim().Equals("default", System.StringComparison.OrdinalIgnoreCase) && !mode.Trim().Equals("strict", System.StringComparison.OrdinalIgnoreCase))
            {
                seen.TryAdd(("CryptrecCheckMode", mode), "expected default or strict");
            }
            var perTree = AnalyzerSettings.TreeCache(start.Compilation);
            start.RegisterSyntaxTreeAction(t => Collect(AnalyzerSettings.For(t.Tree, t.Options, perTree)));
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var kv in seen)
                {
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidOption, Location.None, kv.Key.Item1, kv.Key.Item2, kv.Value));
                }
            });
        });
    }
}
