using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Evaluation;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.Policy.Naming;
using CryptrecCheck.Policy.Tls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// CRY6001 (issue 13): algorithm identifiers of protocols written as string literals in the application's own protocol code
/// (an SSH implementation's "3des-cbc", "hmac-md5", "ssh-rsa"; a JWT library's "RS256", "RSA1_5", "HS256"; an XML-DSig
/// URI; an IANA TLS suite name). A literal is judged only when the name resolver reads it EXACTLY as a name of one of those
/// registries (not through the tolerant algorithm-name parser), so ordinary strings are never read as algorithms. Two JOSE
/// names are English words, "none" and "dir": they count only in an algorithm context (see <see cref="InAlgorithmContext"/>).
/// Literals handed straight to a cryptographic or framework API are left to the analyzer of that API. Every literal found is
/// recorded in the inventory; the rule (hidden by default) is reported when the algorithm draws a finding.
/// Cost: one look at each string literal's first characters; only the few that pass are resolved.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProtocolStringAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(Descriptors.Inventory, Descriptors.ProtocolString);

    /// <summary>The registries whose exact spellings count, by the resolver's namespace.</summary>
    private static readonly HashSet<string> Registries = new(StringComparer.Ordinal)
    {
        "jose", "ssh", "ssh-certificate", "ssh-mac-etm", "ssh-security-key", "xmldsig", "iana-tls",
    };

    /// <summary>Registry names that are also ordinary words: judged only in an algorithm context.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal) { "none", "dir" };

    private const string W3 = "http://www.w3.org/";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var api = CryptoApi.Deferred(start.Compilation);
            // The same names recur (a cipher table, tests): each distinct string is resolved once per compilation.
            var cache = new System.Collections.Concurrent.ConcurrentDictionary<string, ResolvedName?>(StringComparer.Ordinal);
            // A syntax action on string literals only: an operation action on literals would also be called for every number
            // (SSH.NET's test vectors hold hundreds of thousands), and that was most of this analyzer's cost.
            start.RegisterSyntaxNodeAction([MethodImpl(HotPath.Options)] (ctx) => StringLiteral(ctx, api.Value, cache), Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression);
        });
    }

    private static void StringLiteral(SyntaxNodeAnalysisContext ctx, CryptoApi api, System.Collections.Concurrent.ConcurrentDictionary<string, ResolvedName?> cache)
    {
        var s = ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)ctx.Node).Token.ValueText;
        if (!MayBeIdentifier(s)) { return; }
        var resolved = cache.GetOrAdd(s, Resolve);
        if (resolved == null) { return; }
        if (ctx.SemanticModel.GetOperation(ctx.Node, ctx.CancellationToken) is not { } op || op.ConstantValue.Value is not string) { return; }
        if (Words.Contains(s) && !InAlgorithmContext(op)) { return; }
        if (ConsumedByKnownApi(op)) { return; }
        var settings = AnalyzerSettings.For(ctx.Node.SyntaxTree, ctx.Options, api);
        var asset = resolved.Asset;
        var shown = $"\"{s}\" ({resolved.Namespace})";
        Detector.Found(ctx.ReportDiagnostic, settings, new Detection(asset, op.Syntax.GetLocation(), shown) { RuleAllowed = false });
        // JOSE "dir" uses a shared key directly: what is judged is the "enc" algorithm beside it, so "dir" is only recorded.
        if (s == "dir") { return; }
        var v = settings.Engine.Evaluate(asset);
        Reason? cause;
        if (asset.TlsKind != TlsItemKind.None)
        {
            var t = v.Tls?[settings.TlsType];
            if (t == null || t.Allowed) { return; }
            cause = t.Reasons.FirstOrDefault(r => r.Outcome == Outcome.Fail) ?? t.Reasons.FirstOrDefault();
        }
        else
        {
            var (descriptor, c, _) = Reporter.Classify(v, settings, kdf: Reporter.Family(asset) == Reporter.Family2.Kdf);
            cause = descriptor == null ? null : c;
        }
        if (cause == null) { return; }
        var cite = settings.Text(cause.Citation + (cause.IsDerived ? " derived" : string.Empty), cause.Citation + (cause.IsDerived ? " 導出" : string.Empty));
        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.ProtocolString, op.Syntax.GetLocation(), s, NameResolver.Describe(asset), settings.Text(cause.Message, cause.MessageJa), cite));
    }

    /// <summary>The registry name a string is exactly, or null. JOSE names are one dictionary look-up; the rest go through
    /// the resolver and count only when it read them in a registry's namespace.</summary>
    private static ResolvedName? Resolve(string s)
    {
        if (JoseNames.Find(s) is { } jose) { return jose; }
        var tlsOrW3 = s.StartsWith(W3, StringComparison.Ordinal) || s.StartsWith("TLS_", StringComparison.Ordinal) || s.StartsWith("SSL_", StringComparison.Ordinal);
        if (!tlsOrW3 && !IsSshShape(s)) { return null; }
        var r = NameResolver.Resolve(s).Resolved;
        return r != null && Registries.Contains(r.Namespace) ? r : null;
    }

    /// <summary>The pre-filter: the shapes of the registries' names, by their characters alone. An SSH name is lowercase
    /// letters, digits and - @ . _ with a dash or an @ (arcfour, arcfour128 and arcfour256 are the exceptions, and "none"
    /// is left to the JOSE check); a JOSE name is short, letters, digits and - _ +; XML-DSig URIs are W3C URLs; IANA suite names start TLS_ or SSL_.</summary>
    internal static bool MayBeIdentifier(string s)
    {
        if (s.Length < 2 || s.Length > 100) { return false; }
        if (s[0] == 'h') { return s.StartsWith(W3, StringComparison.Ordinal) || IsSshShape(s); }
        if (s.Length > 4 && (s.StartsWith("TLS_", StringComparison.Ordinal) || s.StartsWith("SSL_", StringComparison.Ordinal)))
        {
            foreach (var c in s) { if (!(c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) { return false; } }
            return true;
        }
        return IsSshShape(s) || IsJoseShape(s);
    }

    private static bool IsSshShape(string s)
    {
        if (s.StartsWith("arcfour", StringComparison.Ordinal)) { return s.Length <= 10; }
        if (!(s[0] is >= 'a' and <= 'z' or >= '0' and <= '9')) { return false; }
        var marked = false;
        foreach (var c in s)
        {
            if (c is '-' or '@') { marked = true; }
            else if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_')) { return false; }
        }
        return marked;
    }

    private static bool IsJoseShape(string s)
    {
        if (s.Length > 20) { return false; }
        foreach (var c in s)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '+')) { return false; }
        }
        return true;
    }

    /// <summary>
    /// Where "none" and "dir" mean the JOSE algorithm: the literal is assigned to, initialises, is passed as or is compared with
    /// something whose name contains "alg" (a field, property, local, parameter: alg, Algorithm, SigningAlg); it is the value
    /// of the "alg" key of a dictionary or JSON object (header["alg"] = "none", { "alg", "none" }); or it is a case of a switch
    /// over such a name. Anywhere else ("none" as a status, a CSS value, a log level) it is an ordinary word.
    /// </summary>
    internal static bool InAlgorithmContext(IOperation literal)
    {
        var op = literal;
        var parent = op.Parent;
        while (parent is IConversionOperation) { op = parent; parent = parent.Parent; }
        switch (parent)
        {
            case ISimpleAssignmentOperation a when a.Value == op:
                return NamesAlg(a.Target);
            case IVariableInitializerOperation init:
                return init.Parent switch
                {
                    IVariableDeclaratorOperation d => IsAlg(d.Symbol.Name),
                    IFieldInitializerOperation f => f.InitializedFields.Any(x => IsAlg(x.Name)),
                    IPropertyInitializerOperation p => p.InitializedProperties.Any(x => IsAlg(x.Name)),
                    _ => false,
                };
            case IFieldInitializerOperation f:
                return f.InitializedFields.Any(x => IsAlg(x.Name));
            case IPropertyInitializerOperation p:
                return p.InitializedProperties.Any(x => IsAlg(x.Name));
            case IArgumentOperation arg:
                if (arg.Parameter != null && IsAlg(arg.Parameter.Name)) { return true; }
                // dictionary.Add("alg", "none"), { "alg", "none" }
                return arg.Parent is IInvocationOperation inv && inv.Arguments.Any(x => x != arg && x.Value.ConstantValue.Value is string k && IsAlg(k));
            case IBinaryOperation b when b.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                return NamesAlg(b.LeftOperand == op ? b.RightOperand : b.LeftOperand);
            case IPatternCaseClauseOperation or ISingleValueCaseClauseOperation:
                return parent.Parent is ISwitchCaseOperation { Parent: ISwitchOperation sw } && NamesAlg(sw.Value);
            case IConstantPatternOperation cp:
                for (IOperation? x = cp.Parent; x != null; x = x.Parent)
                {
                    switch (x)
                    {
                        case ISwitchOperation st: return NamesAlg(st.Value);
                        case ISwitchExpressionOperation se: return NamesAlg(se.Value);
                        case IIsPatternOperation ip: return NamesAlg(ip.Value);
                    }
                }
                return false;
            case IReturnOperation:
                return false;
        }
        return false;
    }

    private static bool NamesAlg(IOperation? target)
    {
        while (target is IConversionOperation c) { target = c.Operand; }
        return target switch
        {
            IPropertyReferenceOperation p when p.Arguments.Length == 1 => p.Arguments[0].Value.ConstantValue.Value is string key ? IsAlg(key) : IsAlg(p.Property.Name),
            IPropertyReferenceOperation p => IsAlg(p.Property.Name),
            IFieldReferenceOperation f => IsAlg(f.Field.Name),
            ILocalReferenceOperation l => IsAlg(l.Local.Name),
            IParameterReferenceOperation pr => IsAlg(pr.Parameter.Name),
            IArrayElementReferenceOperation => false,
            IInvocationOperation inv => IsAlg(inv.TargetMethod.Name) || inv.Instance != null && NamesAlg(inv.Instance),
            _ => false,
        };
    }

    private static bool IsAlg(string name) => name.IndexOf("alg", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>True when the literal goes straight (through conversions and array or collection initializers) into a method,
    /// constructor or property of .NET cryptography, BouncyCastle, Microsoft.IdentityModel or ASP.NET Core: the analyzer of
    /// that API judges it there, in the context of the call.</summary>
    private static bool ConsumedByKnownApi(IOperation literal)
    {
        for (var p = literal.Parent; p != null; p = p.Parent)
        {
            switch (p)
            {
                case IConversionOperation or IArrayInitializerOperation or IArrayCreationOperation or IObjectOrCollectionInitializerOperation or IConditionalOperation or ICoalesceOperation:
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add", Parent: IObjectOrCollectionInitializerOperation } }:
                    continue;
                case IArgumentOperation a:
                    return Known(a.Parameter?.ContainingSymbol?.ContainingType);
                case ISimpleAssignmentOperation s:
                    return s.Target is IPropertyReferenceOperation pr && Known(pr.Property.ContainingType);
                case IInvocationOperation i when i.TargetMethod.Name == "Add":
                    continue;
                case IObjectCreationOperation:
                    continue;
                default:
                    return false;
            }
        }
        return false;
    }

    private static bool Known(INamedTypeSymbol? t)
    {
        if (t == null) { return false; }
        if (CryptoApi.IsDotNetCrypto(t) || CryptoApi.IsBouncyCastle(t)) { return true; }
        var ns = t.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal) || ns.StartsWith("System.IdentityModel", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);
    }
}
