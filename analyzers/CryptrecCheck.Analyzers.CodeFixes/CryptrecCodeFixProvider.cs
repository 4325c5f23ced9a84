using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace CryptrecCheck.Analyzers.CodeFixes;

/// <summary>
/// Mechanical replacements, each offered only where the diagnostic marked it safe: hash types and one-shots to SHA-256
/// (HMAC types to HMACSHA256), HashAlgorithmName.MD5/SHA1 to SHA256, RSAEncryptionPadding.Pkcs1/OaepSHA1 to OaepSHA256,
/// weak SslProtocols to None or Tls12 | Tls13, literal key sizes to a size the policy accepts under the file's options,
/// named curves to P-256. ECB, 3DES data at rest and other migrations that need a data or protocol change have no fix:
/// the rule docs say how to migrate.
/// New code is generated as fully qualified type expressions with the simplifier annotation, so it reads
/// <c>SHA256.Create()</c> where <c>using System.Security.Cryptography</c> is in scope and stays qualified where it is not;
/// a replacement call is bound speculatively first and not offered when it would not compile (Shake128.HashData(d, 16)).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CryptrecCodeFixProvider)), Shared]
public sealed class CryptrecCodeFixProvider : CodeFixProvider
{
    private const string Crypto = "System.Security.Cryptography.";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
        RuleIds.HashNotListed, RuleIds.HashMonitored, RuleIds.PublicKeyMonitored, RuleIds.KeyTooShort, RuleIds.CurveOutside,
        RuleIds.TlsProtocol, RuleIds.KdfNotListed, RuleIds.KdfMonitored);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null || model == null) { return; }
        var g = SyntaxGenerator.GetGenerator(context.Document);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixKinds.Key, out var kind) || kind == null) { continue; }
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax arg) { node = arg.Expression; }
            switch (kind)
            {
                case FixKinds.HashType:
                    if (HashTypeReplacement(node, model, g, context.CancellationToken) is { } hashFix)
                    {
                        Register(context, diagnostic, root, hashFix.Old, hashFix.New, Title("CodeFixSha256"), "sha256");
                    }
                    break;
                case FixKinds.HashName:
                    if (node is MemberAccessExpressionSyntax hm)
                    {
                        Register(context, diagnostic, root, hm.Name, SyntaxFactory.IdentifierName("SHA256"), Title("CodeFixHashName"), "sha256");
                    }
                    break;
                case FixKinds.RsaPadding:
                    if (node is MemberAccessExpressionSyntax pm)
                    {
                        Register(context, diagnostic, root, pm.Name, SyntaxFactory.IdentifierName("OaepSHA256"), Title("CodeFixOaep"), "oaep");
                    }
                    break;
                case FixKinds.SslProtocols:
                    if (node is ExpressionSyntax e)
                    {
                        var type = model.GetTypeInfo(e, context.CancellationToken).ConvertedType ?? model.GetTypeInfo(e, context.CancellationToken).Type;
                        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum }) { break; }
                        var none = type.Name == "SecurityProtocolType" ? "SystemDefault" : "None";
                        SyntaxNode Member(string name) => g.MemberAccessExpression(TypeAsExpression(type), name);
                        Register(context, diagnostic, root, e, Member(none), Title("CodeFixSslNone"), "ssl-none");
                        Register(context, diagnostic, root, e, g.BitwiseOrExpression(Member("Tls12"), Member("Tls13")), Title("CodeFixSslTls12And13"), "ssl-12-13");
                    }
                    break;
                case FixKinds.KeySize:
                    // The analyzer lists the sizes the policy accepts under this file's options (operation end year, as-of).
                    if (node is LiteralExpressionSyntax lit && diagnostic.Properties.TryGetValue(FixKinds.KeySizesKey, out var sizes) && sizes != null)
                    {
                        foreach (var text in sizes.Split(','))
                        {
                            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)) { continue; }
                            var title = string.Format(CultureInfo.InvariantCulture, Title("CodeFixKeyBits"), bits);
                            Register(context, diagnostic, root, lit, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(bits)), title, "key-" + text);
                        }
                    }
                    break;
                case FixKinds.Curve:
                    if (node is ExpressionSyntax ce && model.Compilation.GetTypeByMetadataName(Crypto + "ECCurve+NamedCurves") is { } namedCurves)
                    {
                        Register(context, diagnostic, root, ce, g.MemberAccessExpression(TypeAsExpression(namedCurves), "nistP256"), Title("CodeFixCurve"), "curve-p256");
                    }
                    break;
            }
        }
    }

    // Code-fix titles follow the IDE's display language, as the diagnostics do.
    private static string Title(string key) => Resources.ResourceManager.GetString(key, culture: null) ?? key; // null: the UI culture of the host (RS1035 bans naming it)

    private static void Register(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode, string title, string key)
    {
        var replacement = newNode.WithTriviaFrom(oldNode).WithAdditionalAnnotations(Simplifier.Annotation);
        context.RegisterCodeFix(
            CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(oldNode, replacement))), "CryptrecFix:" + key),
            diagnostic);
    }

    /// <summary>MD5.Create() → SHA256.Create(); SHA1.HashData(x) → SHA256.HashData(x); HMACSHA1.HashData(k, x) →
    /// HMACSHA256.HashData(k, x); new SHA1Managed() → SHA256.Create(); new HMACMD5(key) → new HMACSHA256(key).
    /// A call is only rewritten when the same call on the new type binds (checked speculatively).</summary>
    private static (SyntaxNode Old, SyntaxNode New)? HashTypeReplacement(SyntaxNode node, SemanticModel model, SyntaxGenerator g, CancellationToken ct)
    {
        switch (node)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax ma } inv:
            {
                if (model.GetSymbolInfo(inv, ct).Symbol is not IMethodSymbol { IsStatic: true } method) { return null; }
                var target = Target(model, method.ContainingType);
                if (target == null) { return null; }
                var replaced = inv.WithExpression(ma.WithExpression(TypeAsExpression(target)));
                return Binds(model, inv, replaced, method.Name, target, ct) ? (inv, replaced) : null;
            }
            case ObjectCreationExpressionSyntax oc:
            {
                if (model.GetTypeInfo(oc, ct).Type is not INamedTypeSymbol created) { return null; }
                var target = Target(model, created);
                if (target == null) { return null; }
                if (IsHmac(created))
                {
                    var replaced = oc.WithType((TypeSyntax)g.TypeExpression(target));
                    return Binds(model, oc, replaced, ".ctor", target, ct) ? (oc, replaced) : null;
                }
                // new SHA1Managed() → SHA256.Create(); constructors with arguments have no SHA-256 counterpart.
                if (oc.ArgumentList?.Arguments.Count > 0) { return null; }
                var factory = (ExpressionSyntax)g.InvocationExpression(g.MemberAccessExpression(TypeAsExpression(target), "Create"));
                return (oc, factory);
            }
            default:
                return null;
        }
    }

    /// <summary>A type in expression position (the receiver of a static member), fully qualified with global:: and marked
    /// for the simplifier, which shortens it as far as the file's usings allow. Parsed, so that it is a member-access chain
    /// as the compiler would build from source, not a qualified type name standing where an expression is.</summary>
    private static ExpressionSyntax TypeAsExpression(ITypeSymbol type) =>
        SyntaxFactory.ParseExpression(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation);

    private static bool IsHmac(INamedTypeSymbol t)
    {
        for (var x = t; x != null; x = x.BaseType)
        {
            if (x.Name == "HMAC" && x.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography") { return true; }
        }
        return t.Name.StartsWith("HMAC", System.StringComparison.Ordinal);
    }

    /// <summary>SHA256 for a hash type, HMACSHA256 for an HMAC type, from the compilation (null when it has neither).</summary>
    private static INamedTypeSymbol? Target(SemanticModel model, INamedTypeSymbol from) =>
        model.Compilation.GetTypeByMetadataName(Crypto + (IsHmac(from) ? "HMACSHA256" : "SHA256"));

    /// <summary>True when <paramref name="replaced"/>, put where <paramref name="original"/> is, binds to a member of the
    /// target type with the same name: the fixed code compiles.</summary>
    private static bool Binds(SemanticModel model, ExpressionSyntax original, ExpressionSyntax replaced, string name, INamedTypeSymbol target, CancellationToken ct)
    {
        var info = model.GetSpeculativeSymbolInfo(original.SpanStart, replaced, SpeculativeBindingOption.BindAsExpression);
        return info.Symbol is IMethodSymbol m && m.Name == name && SymbolEqualityComparer.Default.Equals(m.ContainingType, target);
    }
}
