using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Code;

/// <summary>The project's analyzer options (.editorconfig, global config, MSBuild properties) with the command line laid
/// over them: forced keys win, default keys apply only where the project sets nothing. The analyzers read their options
/// through this, so the run's --edition, --as-of and --operation-end-year reach them as .editorconfig keys would.</summary>
internal sealed class OverridingOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptionsProvider _inner;
    private readonly IReadOnlyDictionary<string, string> _forced;
    private readonly IReadOnlyDictionary<string, string> _defaults;

    public OverridingOptionsProvider(AnalyzerConfigOptionsProvider inner, IReadOnlyDictionary<string, string> forced, IReadOnlyDictionary<string, string> defaults)
    {
        _inner = inner;
        _forced = forced;
        _defaults = defaults;
        GlobalOptions = new Options(inner.GlobalOptions, this);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_inner.GetOptions(tree), this);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_inner.GetOptions(textFile), this);

    private sealed class Options(AnalyzerConfigOptions inner, OverridingOptionsProvider owner) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (owner._forced.TryGetValue(key, out var f)) { value = f; return true; }
            if (inner.TryGetValue(key, out value)) { return true; }
            if (owner._defaults.TryGetValue(key, out var d)) { value = d; return true; }
            value = null;
            return false;
        }

        public override IEnumerable<string> Keys => inner.Keys.Concat(owner._forced.Keys).Concat(owner._defaults.Keys).Distinct(StringComparer.Ordinal);
    }
}
