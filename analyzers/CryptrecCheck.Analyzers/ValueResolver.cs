using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>A value that is not a compile-time constant but names something: a static property such as
/// HashAlgorithmName.MD5, an object creation, a call, or an array of known length.</summary>
internal sealed class SymbolicValue
{
    internal SymbolicValue(IOperation operation) => Operation = operation;

    internal IOperation Operation { get; }

    /// <summary>For a static property or field reference: its symbol.</summary>
    internal ISymbol? Member => Operation switch
    {
        IPropertyReferenceOperation p => p.Property,
        IFieldReferenceOperation f => f.Field,
        _ => null,
    };
}

/// <summary>
/// Finds the values an expression may have, following constants, conversions (including casts from integers to enums),
/// conditionals, locals (their initializer and every assignment in the same body), parameters' default values and
/// readonly fields' initializers. Candidates that cannot be known are simply not reported, so a rule only fires on
/// values the code visibly uses.
/// </summary>
internal static class ValueResolver
{
    private const int MaxDepth = 6;

    internal static List<object?> Candidates(IOperation? op)
    {
        var list = new List<object?>(2);
        Collect(op, list, 0);
        return list;
    }

    private static void Collect(IOperation? op, List<object?> values, int depth)
    {
        if (op == null || depth > MaxDepth) { return; }
        if (op.ConstantValue.HasValue)
        {
            values.Add(op.ConstantValue.Value);
            return;
        }
        switch (op)
        {
            case IConversionOperation c:
                Collect(c.Operand, values, depth + 1);
                return;
            case IConditionalOperation cond:
                Collect(cond.WhenTrue, values, depth + 1);
                Collect(cond.WhenFalse, values, depth + 1);
                return;
            case ICoalesceOperation co:
                Collect(co.Value, values, depth + 1);
                Collect(co.WhenNull, values, depth + 1);
                return;
            case ILocalReferenceOperation l:
                foreach (var source in LocalSources(l)) { Collect(source, values, depth + 1); }
                return;
            case IParameterReferenceOperation p:
                if (p.Parameter.HasExplicitDefaultValue) { values.Add(p.Parameter.ExplicitDefaultValue); }
                return;
            case IFieldReferenceOperation f:
                if (f.Field.HasConstantValue) { values.Add(f.Field.ConstantValue); return; }
                if (f.Field.IsStatic && f.Field.ContainingType?.TypeKind != TypeKind.Class && !f.Field.IsReadOnly) { values.Add(new SymbolicValue(f)); return; }
                if (f.Field.IsReadOnly && FieldInitializer(f) is { } init) { Collect(init, values, depth + 1); return; }
                values.Add(new SymbolicValue(f));
                return;
            case IPropertyReferenceOperation:
            case IObjectCreationOperation:
            case IInvocationOperation:
            case IArrayCreationOperation:
                values.Add(new SymbolicValue(op));
                return;
        }
    }

    /// <summary>The initializer and assigned values of a local within its enclosing body.</summary>
    private static IEnumerable<IOperation> LocalSources(ILocalReferenceOperation reference)
    {
        var root = reference as IOperation;
        while (root.Parent != null) { root = root.Parent; }
        var local = reference.Local;
        foreach (var op in root.Descendants())
        {
            switch (op)
            {
                case IVariableDeclaratorOperation d when SymbolEqualityComparer.Default.Equals(d.Symbol, local):
                    if (d.Initializer?.Value is { } v) { yield return v; }
                    break;
                case ISimpleAssignmentOperation a when a.Target is ILocalReferenceOperation t && SymbolEqualityComparer.Default.Equals(t.Local, local):
                    yield return a.Value;
                    break;
            }
        }
    }

    private static IOperation? FieldInitializer(IFieldReferenceOperation f)
    {
        var model = f.SemanticModel;
        if (model == null) { return null; }
        foreach (var r in f.Field.DeclaringSyntaxReferences)
        {
            if (r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer: { } init }
                && r.SyntaxTree == model.SyntaxTree)
            {
                return model.GetOperation(init.Value);
            }
        }
        return null;
    }

    /// <summary>Integer candidates (key sizes, enum values).</summary>
    internal static IEnumerable<long> Integers(IOperation? op)
    {
        foreach (var v in Candidates(op))
        {
            switch (v)
            {
                case int i: yield return i; break;
                case long l: yield return l; break;
                case short s: yield return s; break;
                case byte b: yield return b; break;
                case uint u: yield return u; break;
                case ushort us: yield return us; break;
            }
        }
    }

    /// <summary>String candidates.</summary>
    internal static IEnumerable<string> Strings(IOperation? op) => Candidates(op).OfType<string>();

    /// <summary>Length candidates of byte arrays created with a constant size (new byte[16], new byte[] { … }).</summary>
    internal static IEnumerable<int> ArrayLengths(IOperation? op)
    {
        foreach (var v in Candidates(op))
        {
            if (v is SymbolicValue { Operation: IArrayCreationOperation a } && a.DimensionSizes.Length == 1)
            {
                if (a.DimensionSizes[0].ConstantValue.Value is int n) { yield return n; }
                else if (a.Initializer != null) { yield return a.Initializer.ElementValues.Length; }
            }
        }
    }
}
