using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>Small helpers shared by the analyzers.</summary>
internal static class OperationHelpers
{
    /// <summary>The source text of an operation, shortened for a message.</summary>
    public static string Shown(IOperation op)
    {
        var text = op.Syntax.ToString();
        text = string.Join(" ", text.Split(new[] { '\r', '\n', '\t', ' ' }, System.StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 80 ? text.Substring(0, 77) + "..." : text;
    }

    public static IArgumentOperation? Argument(ImmutableArray<IArgumentOperation> args, string parameterName)
    {
        foreach (var a in args)
        {
            if (a.Parameter?.Name == parameterName) { return a; }
        }
        return null;
    }

    public static IOperation Unwrap(IOperation op)
    {
        while (op is IConversionOperation c) { op = c.Operand; }
        return op;
    }

    public static AnalyzerSettings Settings(this OperationAnalysisContext ctx, CryptoApi api) =>
        AnalyzerSettings.For(ctx.Operation.Syntax.SyntaxTree, ctx.Options, api); // .editorconfig over the policy file (AdditionalFile)

    /// <summary>True when the operation is an argument of an object creation or invocation.</summary>
    public static IOperation? ConsumerOfArgument(IOperation op)
    {
        var p = op.Parent;
        while (p is IConversionOperation) { p = p.Parent; }
        return p is IArgumentOperation a ? a.Parent : null;
    }

    /// <summary>The operation a value comes from: itself, or the single creation assigned to the local it reads.</summary>
    public static IOperation Origin(IOperation op)
    {
        op = Unwrap(op);
        if (op is ILocalReferenceOperation)
        {
            var sources = ValueResolver.Candidates(op).OfType<SymbolicValue>().Select(v => v.Operation).ToList();
            if (sources.Count == 1) { return Unwrap(sources[0]); }
        }
        return op;
    }
}
