using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CryptrecCheck.Analyzers.CodeFixes;

/// <summary>
/// Mechanical replacements, each offered only where the diagnostic marked it safe: hash types and one-shots to SHA-256
/// (HMAC types to HMACSHA256), HashAlgorithmName.MD5/SHA1 to SHA256, RSAEncryptionPadding.Pkcs1/OaepSHA1 to OaepSHA256,
/// weak SslProtocols to None or Tls12 | Tls13, literal key sizes to 2048 or 3072, named curves to P-256. ECB, 3DES data at
/// rest and other migrations that need a data or protocol change have no fix: the rule docs say how to migrate.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CryptrecCodeFixProvider)), Shared]
public sealed class CryptrecCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
        RuleIds.HashNotListed, RuleIds.HashMonitored, RuleIds.PublicKeyMonitored, RuleIds.KeyTooShort, RuleIds.CurveOutside,
        RuleIds.TlsProtocol, RuleIds.KdfNotListed, RuleIds.KdfMonitored);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null) { return; }
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixKinds.Key, out var kind) || kind == null) { continue; }
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax arg) { node = arg.Expression; }
            switch (kind)
            {
                case FixKinds.HashType:
                    if (HashTypeReplacement(node) is { } hashFix)
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
                        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                        var type = model?.GetTypeInfo(e, context.CancellationToken).ConvertedType ?? model?.GetTypeInfo(e, context.CancellationToken).Type;
                        if (type == null) { break; }
                        var name = type.ToMinimalDisplayString(model!, e.SpanStart);
                        var none = type.Name == "SecurityProtocolType" ? "SystemDefault" : "None";
                        Register(context, diagnostic, root, e, SyntaxFactory.ParseExpression($"{name}.{none}"), Title("CodeFixSslNone"), "ssl-none");
                        Register(context, diagnostic, root, e, SyntaxFactory.ParseExpression($"{name}.Tls12 | {name}.Tls13"), Title("CodeFixSslTls12And13"), "ssl-12-13");
                    }
                    break;
                case FixKinds.KeySize:
                    if (node is LiteralExpressionSyntax lit)
                    {
                        Register(context, diagnostic, root, lit, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(3072)), Title("CodeFixKey3072"), "key-3072");
                        Register(context, diagnostic, root, lit, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(2048)), Title("CodeFixKey2048"), "key-2048");
                    }
                    break;
                case FixKinds.Curve:
                    if (node is ExpressionSyntax ce)
                    {
                        Register(context, diagnostic, root, ce, SyntaxFactory.ParseExpression("ECCurve.NamedCurves.nistP256"), Title("CodeFixCurve"), "curve-p256");
                    }
                    break;
            }
        }
    }

    private static string Title(string key) => Resources.ResourceManager.GetString(key) ?? key;

    private static void Register(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode, string title, string key)
    {
        context.RegisterCodeFix(
            CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(oldNode, newNode.WithTriviaFrom(oldNode)))), "CryptrecFix:" + key),
            diagnostic);
    }

    /// <summary>MD5.Create() → SHA256.Create(); SHA1.HashData(x) → SHA256.HashData(x); HMACSHA1.HashData(k, x) →
    /// HMACSHA256.HashData(k, x); new SHA1Managed() → SHA256.Create(); new HMACMD5(key) → new HMACSHA256(key).</summary>
    private static (SyntaxNode Old, SyntaxNode New)? HashTypeReplacement(SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax ma }:
                var typeName = Rightmost(ma.Expression);
                if (typeName == null) { return null; }
                var hmac = typeName.Identifier.ValueText.StartsWith("HMAC", System.StringComparison.OrdinalIgnoreCase);
                return (typeName, SyntaxFactory.IdentifierName(hmac ? "HMACSHA256" : "SHA256"));
            case ObjectCreationExpressionSyntax oc:
                var created = oc.Type is QualifiedNameSyntax q ? q.Right.Identifier.ValueText : (oc.Type as IdentifierNameSyntax)?.Identifier.ValueText;
                if (created == null) { return null; }
                if (created.StartsWith("HMAC", System.StringComparison.OrdinalIgnoreCase))
                {
                    return (oc, oc.WithType(SyntaxFactory.IdentifierName("HMACSHA256").WithTriviaFrom(oc.Type)));
                }
                return oc.ArgumentList?.Arguments.Count > 0 ? null : (oc, SyntaxFactory.ParseExpression("SHA256.Create()"));
            default:
                return null;
        }
    }

    private static SimpleNameSyntax? Rightmost(ExpressionSyntax e) => e switch
    {
        IdentifierNameSyntax id => id,
        MemberAccessExpressionSyntax m => m.Name,
        QualifiedNameSyntax q => q.Right,
        _ => null,
    };
}
