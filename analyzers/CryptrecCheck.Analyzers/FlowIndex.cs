using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// Where values come from across methods, within one compilation: the arguments every call site passes to a parameter of a
/// source method (constructor initializers <c>: this(…)</c> included), the values assigned to a source field or property
/// anywhere (initializers, constructors, object initializers, <c>|=</c>), and what a source property's getter returns.
/// <para>Bounded, with no whole-program fixpoint: nothing is computed until an analyzer asks about a symbol whose value it
/// cannot see locally; the syntax of the compilation is then indexed once by name (identifier text only, no binding), and
/// only the nodes that carry the symbol's name are bound. Each symbol's sources are computed once per compilation and
/// cached; at most <see cref="SymbolBudget"/> symbols are resolved per compilation and at most <see cref="SiteBudget"/>
/// sites per symbol. Past the budget a symbol has no known sources, so its values are not reported (never guessed).</para>
/// </summary>
internal sealed class FlowIndex
{
    /// <summary>Symbols (parameters, fields, properties) whose sources one compilation may resolve.</summary>
    public const int SymbolBudget = 512;

    /// <summary>Call sites or assignments taken per symbol.</summary>
    public const int SiteBudget = 64;

    /// <summary>Nodes bound per symbol (nodes that carry the name but turn out to be another symbol count too).</summary>
    public const int BindBudget = 256;

    private const string ConstructorInitializerKey = ".this/base";
    private const string TargetTypedNewKey = ".new";

    private static readonly ConditionalWeakTable<Compilation, FlowIndex> Cache = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> _sources = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly object _indexLock = new();
    private Dictionary<string, List<SyntaxNode>>? _byName;
    private int _resolved;

    private FlowIndex(Compilation compilation) => _compilation = compilation;

    public static FlowIndex For(Compilation c) => Cache.GetValue(c, x => new FlowIndex(x));

    /// <summary>Symbols resolved so far (for tests and the cost record).</summary>
    public int Resolved => Volatile.Read(ref _resolved);

    /// <summary>The operations whose values flow into <paramref name="symbol"/>: call-site arguments of a parameter, values
    /// assigned to a field or property, values a getter returns. Empty for metadata symbols, past the budget, or on any
    /// failure (the analyzer never throws because a value could not be followed).</summary>
    public ImmutableArray<IOperation> SourcesOf(ISymbol symbol)
    {
        if (!InSource(symbol)) { return ImmutableArray<IOperation>.Empty; }
        if (_sources.TryGetValue(symbol, out var known)) { return known; }
        if (Interlocked.Increment(ref _resolved) > SymbolBudget) { return ImmutableArray<IOperation>.Empty; }
        ImmutableArray<IOperation> found;
        try
        {
            found = symbol switch
            {
                IParameterSymbol p => ParameterSources(p),
                IFieldSymbol f => AssignedSources(f, f.Name),
                IPropertySymbol pr => PropertySources(pr),
                _ => ImmutableArray<IOperation>.Empty,
            };
        }
        catch (System.Exception e) when (e is System.InvalidOperationException or System.ArgumentException or System.NullReferenceException)
        {
            found = ImmutableArray<IOperation>.Empty;
        }
        return _sources.GetOrAdd(symbol, found);
    }

    private static bool InSource(ISymbol s)
    {
        var owner = s is IParameterSymbol p ? p.ContainingSymbol : s;
        if (owner == null || owner.Locations.Length == 0) { return false; }
        foreach (var l in owner.Locations) { if (!l.IsInSource) { return false; } }
        return true;
    }

    private ImmutableArray<IOperation> ParameterSources(IParameterSymbol p)
    {
        if (p.ContainingSymbol is not IMethodSymbol m || p.RefKind != RefKind.None || p.IsParams) { return ImmutableArray<IOperation>.Empty; }
        // Only methods whose every caller is visible: an overridable or interface method may be called through its base.
        if (m.IsVirtual || m.IsAbstract || m.IsOverride || m.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction)
            || !m.ExplicitInterfaceImplementations.IsEmpty)
        {
            return ImmutableArray<IOperation>.Empty;
        }
        var target = m.OriginalDefinition;
        var keys = m.MethodKind == MethodKind.Constructor
            ? new[] { m.ContainingType.Name, ConstructorInitializerKey, TargetTypedNewKey }
            : new[] { m.Name };
        var result = ImmutableArray.CreateBuilder<IOperation>();
        var sites = 0;
        var binds = 0;
        foreach (var key in keys)
        {
            foreach (var node in Nodes(key))
            {
                if (sites >= SiteBudget || ++binds > BindBudget) { return result.ToImmutable(); }
                var op = Bind(node);
                ImmutableArray<IArgumentOperation> args;
                switch (op)
                {
                    case IInvocationOperation inv when SymbolEqualityComparer.Default.Equals(inv.TargetMethod.OriginalDefinition, target):
                        args = inv.Arguments;
                        break;
                    case IObjectCreationOperation oc when oc.Constructor != null && SymbolEqualityComparer.Default.Equals(oc.Constructor.OriginalDefinition, target):
                        args = oc.Arguments;
                        break;
                    default:
                        continue;
                }
                sites++;
                foreach (var a in args)
                {
                    if (a.Parameter != null && a.Parameter.Ordinal == p.Ordinal) { result.Add(a.Value); }
                }
            }
        }
        return result.ToImmutable();
    }

    private ImmutableArray<IOperation> PropertySources(IPropertySymbol p)
    {
        if (p.IsIndexer || p.IsVirtual || p.IsAbstract || p.IsOverride) { return ImmutableArray<IOperation>.Empty; }
        var result = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var r in p.DeclaringSyntaxReferences)
        {
            if (r.GetSyntax() is not PropertyDeclarationSyntax decl) { continue; }
            var model = Model(decl.SyntaxTree);
            if (decl.ExpressionBody != null)
            {
                if (model.GetOperation(decl.ExpressionBody.Expression) is { } e) { result.Add(e); }
                continue;
            }
            if (decl.Initializer != null && model.GetOperation(decl.Initializer.Value) is { } init) { result.Add(init); }
            var getter = decl.AccessorList?.Accessors.FirstOrDefaultKind(SyntaxKind.GetAccessorDeclaration);
            if (getter?.ExpressionBody != null && model.GetOperation(getter.ExpressionBody.Expression) is { } ge) { result.Add(ge); }
            else if (getter?.Body != null && model.GetOperation(getter.Body) is { } body)
            {
                foreach (var op in body.Descendants())
                {
                    if (op is IReturnOperation { ReturnedValue: { } v }) { result.Add(v); }
                }
            }
        }
        // An auto-property (or one with a setter) also takes what is assigned to it anywhere.
        if (p.SetMethod != null || IsAutoProperty(p))
        {
            result.AddRange(AssignedSources(p, p.Name));
        }
        return result.ToImmutable();
    }

    private static bool IsAutoProperty(IPropertySymbol p)
    {
        foreach (var r in p.DeclaringSyntaxReferences)
        {
            if (r.GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } list })
            {
                foreach (var a in list.Accessors) { if (a.Body != null || a.ExpressionBody != null) { return false; } }
                return true;
            }
        }
        return false;
    }

    /// <summary>Initializers of a field and every assignment to a field or property (<c>=</c>, and <c>|=</c>, whose right side
    /// adds flags), in any file of the compilation.</summary>
    private ImmutableArray<IOperation> AssignedSources(ISymbol member, string name)
    {
        var result = ImmutableArray.CreateBuilder<IOperation>();
        if (member is IFieldSymbol f)
        {
            foreach (var r in f.DeclaringSyntaxReferences)
            {
                if (r.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } init } && Model(r.SyntaxTree).GetOperation(init.Value) is { } v) { result.Add(v); }
            }
        }
        var sites = 0;
        var binds = 0;
        foreach (var node in Nodes(name))
        {
            if (node is not AssignmentExpressionSyntax) { continue; }
            if (sites >= SiteBudget || ++binds > BindBudget) { break; }
            var op = Bind(node);
            IOperation? targetOp;
            IOperation value;
            switch (op)
            {
                case ISimpleAssignmentOperation s:
                    targetOp = s.Target;
                    value = s.Value;
                    break;
                case ICompoundAssignmentOperation c when c.OperatorKind == BinaryOperatorKind.Or:
                    targetOp = c.Target;
                    value = c.Value;
                    break;
                default:
                    continue;
            }
            var target = targetOp switch
            {
                IFieldReferenceOperation fr => fr.Field.OriginalDefinition as ISymbol,
                IPropertyReferenceOperation pr => pr.Property.OriginalDefinition,
                _ => null,
            };
            if (!SymbolEqualityComparer.Default.Equals(target, member.OriginalDefinition)) { continue; }
            sites++;
            result.Add(value);
        }
        return result.ToImmutable();
    }

    private IOperation? Bind(SyntaxNode node) => Model(node.SyntaxTree).GetOperation(node);

    // The analyzer follows values into other files of the same compilation; RS1030 warns because a semantic model from the
    // compilation is not shared with the driver's. It is taken once per file here and only for the few nodes that carry a
    // name being followed (see the class remarks and docs/analyzer-validation.md for the measured cost).
#pragma warning disable RS1030
    private SemanticModel Model(SyntaxTree tree) => _models.GetOrAdd(tree, t => _compilation.GetSemanticModel(t));
#pragma warning restore RS1030

    private IReadOnlyList<SyntaxNode> Nodes(string name)
    {
        var index = Index();
        return index.TryGetValue(name, out var list) ? list : (IReadOnlyList<SyntaxNode>)System.Array.Empty<SyntaxNode>();
    }

    /// <summary>Calls, creations, constructor initializers and assignments of the whole compilation by the identifier text of
    /// what they name (syntax only), built on first use.</summary>
    private Dictionary<string, List<SyntaxNode>> Index()
    {
        var built = Volatile.Read(ref _byName);
        if (built != null) { return built; }
        lock (_indexLock)
        {
            if (_byName != null) { return _byName; }
            var map = new Dictionary<string, List<SyntaxNode>>(System.StringComparer.Ordinal);
            void Add(string key, SyntaxNode n)
            {
                if (!map.TryGetValue(key, out var l)) { map[key] = l = new List<SyntaxNode>(); }
                l.Add(n);
            }
            foreach (var tree in _compilation.SyntaxTrees)
            {
                foreach (var n in tree.GetRoot().DescendantNodes())
                {
                    switch (n)
                    {
                        case InvocationExpressionSyntax inv when RightmostName(inv.Expression) is { } name:
                            Add(name, n);
                            break;
                        case ObjectCreationExpressionSyntax oc when RightmostName(oc.Type) is { } typeName:
                            Add(typeName, n);
                            break;
                        case ImplicitObjectCreationExpressionSyntax:
                            Add(TargetTypedNewKey, n);
                            break;
                        case ConstructorInitializerSyntax:
                            Add(ConstructorInitializerKey, n);
                            break;
                        case AssignmentExpressionSyntax a when RightmostName(a.Left) is { } target:
                            Add(target, n);
                            break;
                    }
                }
            }
            Volatile.Write(ref _byName, map);
            return map;
        }
    }

    private static string? RightmostName(SyntaxNode e) => e switch
    {
        IdentifierNameSyntax i => i.Identifier.ValueText,
        GenericNameSyntax g => g.Identifier.ValueText,
        MemberAccessExpressionSyntax m => RightmostName(m.Name),
        MemberBindingExpressionSyntax b => RightmostName(b.Name),
        QualifiedNameSyntax q => RightmostName(q.Right),
        AliasQualifiedNameSyntax a => RightmostName(a.Name),
        _ => null,
    };
}

internal static class AccessorListExtensions
{
    public static AccessorDeclarationSyntax? FirstOrDefaultKind(this SyntaxList<AccessorDeclarationSyntax> list, SyntaxKind kind)
    {
        foreach (var a in list) { if (a.IsKind(kind)) { return a; } }
        return null;
    }
}
