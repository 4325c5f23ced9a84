using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>Small helpers shared by the analyzers.</summary>
internal static class OperationHelpers
{
    /// <summary>The source text of an operation, shortened for a message: runs of whitespace become one space, and text
    /// longer than 80 characters is cut to 77 and "...".</summary>
    public static string Shown(IOperation op) => Shown(op.Syntax);

    /// <summary>See <see cref="Shown(IOperation)"/>. Reads the characters from the tree's source text and stops after 81
    /// of them: every finding and inventory entry shows its source, so this runs thousands of times per build, and turning a
    /// large node into a string (a whole lambda, an object initializer) only to cut it would cost more than the rule.</summary>
    public static string Shown(SyntaxNode node)
    {
        if (!node.SyntaxTree.TryGetText(out var text)) { text = node.SyntaxTree.GetText(); }
        var span = node.Span;
        var sb = new System.Text.StringBuilder(84);
        var space = false;
        for (var i = span.Start; i < span.End && i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
            if (sb.Length > 80) { break; }
        }
        return sb.Length > 80 ? sb.ToString(0, 77) + "..." : sb.ToString();
    }

    /// <summary>The first argument whose parameter is of <paramref name="type"/>. A loop, not a lambda: a lambda capturing the
    /// type would allocate its closure when the calling handler is entered, at every operation of that kind.</summary>
    public static IArgumentOperation? ArgumentOfType(ImmutableArray<IArgumentOperation> args, INamedTypeSymbol? type)
    {
        foreach (var a in args)
        {
            if (CryptoApi.Is(a.Parameter?.Type, type)) { return a; }
        }
        return null;
    }

    public static IArgumentOperation? Argument(ImmutableArray<IArgumentOperation> args, string parameterName)
    {
        foreach (var a in args)
        {
            if (a.Parameter?.Name == parameterName) { return a; }
        }
        return null;
    }

    [MethodImpl(HotPath.Options)]
    public static IOperation Unwrap(IOperation op)
    {
        while (op is IConversionOperation c) { op = c.Operand; }
        return op;
    }

    [MethodImpl(HotPath.Options)]
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
