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

/// <summary>One value an expression may have, with the operation that chose it. <see cref="Remote"/> is true when the value
/// was followed out of the method that uses it (a call site's argument, an assignment to a field or property elsewhere, a
/// getter): the finding is then reported where the value is chosen, with the cryptographic call as an additional location.</summary>
internal sealed class TracedValue
{
    internal TracedValue(object? value, IOperation origin, bool remote)
    {
        Value = value;
        Origin = origin;
        Remote = remote;
    }

    internal object? Value { get; }
    internal IOperation Origin { get; }
    internal bool Remote { get; }
}

/// <summary>
/// Finds the values an expression may have, following constants, conversions (including casts from integers to enums),
/// conditionals, switch expressions and null-coalescing (every branch), locals (their initializer and every assignment in
/// the same body, <c>|=</c> included), parameters (every call site in the compilation, else the default value), fields
/// and properties of the application (initializers, every assignment, what a getter returns) through <see cref="FlowIndex"/>.
/// Candidates that cannot be known are simply not reported, so a rule only fires on values the code visibly uses.
/// Bounded: <see cref="MaxDepth"/> steps and <see cref="NodeBudget"/> operations per question, each symbol followed once.
/// </summary>
internal static class ValueResolver
{
    private const int MaxDepth = 8;
    private const int NodeBudget = 256;

    private sealed class Walk
    {
        public readonly List<TracedValue> Values = new(2);
        public readonly HashSet<ISymbol> Seen = new(SymbolEqualityComparer.Default);
        public int Nodes;
    }

    internal static List<object?> Candidates(IOperation? op)
    {
        var traced = Traced(op);
        var list = new List<object?>(traced.Count);
        foreach (var t in traced) { list.Add(t.Value); }
        return list;
    }

    /// <summary>Every value the expression may have, each with where it was chosen.</summary>
    internal static List<TracedValue> Traced(IOperation? op)
    {
        var w = new Walk();
        Collect(op, w, 0, false);
        return w.Values;
    }

    private static void Collect(IOperation? op, Walk w, int depth, bool remote)
    {
        if (op == null || depth > MaxDepth || ++w.Nodes > NodeBudget) { return; }
        if (op.ConstantValue.HasValue)
        {
            w.Values.Add(new TracedValue(op.ConstantValue.Value, op, remote));
            return;
        }
        switch (op)
        {
            case IConversionOperation c:
                Collect(c.Operand, w, depth + 1, remote);
                return;
            case IParenthesizedOperation par:
                Collect(par.Operand, w, depth + 1, remote);
                return;
            case IConditionalOperation cond:
                Collect(cond.WhenTrue, w, depth + 1, remote);
                Collect(cond.WhenFalse, w, depth + 1, remote);
                return;
            case ICoalesceOperation co:
                Collect(co.Value, w, depth + 1, remote);
                Collect(co.WhenNull, w, depth + 1, remote);
                return;
            case ISwitchExpressionOperation sw:
                foreach (var arm in sw.Arms) { Collect(arm.Value, w, depth + 1, remote); }
                return;
            case ILocalReferenceOperation l:
                foreach (var source in LocalSources(l)) { Collect(source, w, depth + 1, remote); }
                return;
            case IParameterReferenceOperation p:
            {
                var sources = w.Seen.Add(p.Parameter) && op.SemanticModel != null
                    ? FlowIndex.For(op.SemanticModel.Compilation).SourcesOf(p.Parameter) : System.Collections.Immutable.ImmutableArray<IOperation>.Empty;
                if (!sources.IsEmpty)
                {
                    foreach (var s in sources) { Collect(s, w, depth + 1, true); }
                }
                else if (p.Parameter.HasExplicitDefaultValue)
                {
                    w.Values.Add(new TracedValue(p.Parameter.ExplicitDefaultValue, op, remote));
                }
                return;
            }
            case IFieldReferenceOperation f:
                if (f.Field.HasConstantValue) { w.Values.Add(new TracedValue(f.Field.ConstantValue, op, remote)); return; }
                if (f.Field.IsStatic && f.Field.ContainingType?.TypeKind != TypeKind.Class && !f.Field.IsReadOnly) { w.Values.Add(new TracedValue(new SymbolicValue(f), op, remote)); return; }
                if (f.Field.IsReadOnly && FieldInitializer(f) is { } init) { Collect(init, w, depth + 1, remote); return; }
                if (Follow(f.Field, op, w, depth)) { return; }
                w.Values.Add(new TracedValue(new SymbolicValue(f), op, remote));
                return;
            case IPropertyReferenceOperation pr:
                if (pr.Property.Parameters.IsEmpty && Follow(pr.Property, op, w, depth)) { return; }
                w.Values.Add(new TracedValue(new SymbolicValue(op), op, remote));
                return;
            case IObjectCreationOperation:
            case IInvocationOperation:
            case IArrayCreationOperation:
                w.Values.Add(new TracedValue(new SymbolicValue(op), op, remote));
                return;
        }
    }

    /// <summary>Follows a field or property of the application to what is assigned to it or returned by it.</summary>
    private static bool Follow(ISymbol member, IOperation op, Walk w, int depth)
    {
        if (op.SemanticModel == null || member.Locations.Length == 0 || !member.Locations[0].IsInSource) { return false; }
        if (!w.Seen.Add(member)) { return true; }
        var sources = FlowIndex.For(op.SemanticModel.Compilation).SourcesOf(member);
        if (sources.IsEmpty) { return false; }
        foreach (var s in sources) { Collect(s, w, depth + 1, true); }
        return true;
    }

    /// <summary>Where to report a value: at the use, or, for a value chosen elsewhere, where it was chosen with the use as an
    /// additional location.</summary>
    internal static (Location Location, Location[]? Additional) Place(TracedValue t, Location use) =>
        t.Remote ? (t.Origin.Syntax.GetLocation(), new[] { use }) : (use, null);

    /// <summary>How a use reads when no value of its expression was found (a parameter nobody in the compilation passes, a value
    /// read from configuration): said in so many words, rather than showing the variable's name as if it were the value.</summary>
    internal static string NoValue(string useText, IOperation useExpression) =>
        $"{useText}: {OperationHelpers.Shown(useExpression)} = ? (no value found in this compilation / このコンパイル内に値が見つからない)";

    /// <summary>How a use reads in a message when its value is one of those found: the value itself when the expression is
    /// a name or a choice ("padding = RSAEncryptionPadding.Pkcs1"), every other value named when there are several.</summary>
    internal static string Show(string useText, IOperation useExpression, TracedValue chosen, IReadOnlyList<TracedValue> all)
    {
        var valueText = OperationHelpers.Shown(chosen.Origin);
        var exprText = OperationHelpers.Shown(useExpression);
        var text = chosen.Remote ? $"{valueText} → {useText}"
            : valueText == exprText || useText.Contains(valueText) ? useText : $"{useText}: {exprText} = {valueText}";
        var others = new List<string>();
        foreach (var t in all)
        {
            var o = OperationHelpers.Shown(t.Origin);
            if (!others.Contains(o)) { others.Add(o); }
        }
        if (others.Count > 1) { text += $" (one of {others.Count} values: {string.Join(", ", others)})"; }
        return text;
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
                case ICompoundAssignmentOperation c when c.OperatorKind == BinaryOperatorKind.Or && c.Target is ILocalReferenceOperation t
                    && SymbolEqualityComparer.Default.Equals(t.Local, local):
                    // flags |= X: X is among the flags the local may hold.
                    yield return c.Value;
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
