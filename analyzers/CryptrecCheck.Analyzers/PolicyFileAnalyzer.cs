using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Analyzers;

/// <summary>CRY9001 for the policy file (an AdditionalFile, see <see cref="AnalyzerPolicyFile"/>): a file that is not valid
/// JSON, breaks the schema, is ambiguous or missing is reported at its place in the file, naming file, line and column.
/// Bad configuration is never silent; the rules then use the .editorconfig options and the defaults.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options;
            var problems = new ConcurrentDictionary<AnalyzerPolicyFile, AnalyzerSettings>();
            void Collect(AnalyzerConfigOptions config)
            {
                if (AnalyzerPolicyFile.Find(options, config, start.CancellationToken) is { ProblemEn: not null } p)
                {
                    problems.TryAdd(p, AnalyzerSettings.For(config));
                }
            }
            Collect(options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.RegisterSyntaxTreeAction(t => Collect(options.AnalyzerConfigOptionsProvider.GetOptions(t.Tree)));
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var kv in problems)
                {
                    var p = kv.Key;
                    end.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidOption, p.ProblemLocation,
                        AnalyzerSettings.PolicyFileKey, p.Path, kv.Value.Text(p.ProblemEn!, p.ProblemJa!)));
                }
            });
        });
    }
}
