using System;
using CryptrecCheck.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// Constructions an application builds by hand from primitives the list does not name alone, recognised from the shape of
/// the type that holds them (syntax only, computed once per type declaration):
/// <list type="bullet">
/// <item>ECB (Mode = CipherMode.ECB, EncryptEcb, a BouncyCastle engine's ProcessBlock) used as the one-block step of a
/// mode: a single-block transform in a loop, no padding, the keystream XORed into the data. A counter incremented in place
/// makes it CTR; OFB/CFB by name; the RFC 3394 constant A6A6… or a wrap routine makes it key wrap. The construction is
/// what is judged: CTR, OFB and CFB are listed modes, AES key wrap is not listed.</item>
/// <item>ChaCha20 and Poly1305 assembled in one type: the RFC 8439 AEAD built by hand, judged as ChaCha20-Poly1305 (listed
/// as an authenticated cipher), not each part alone (neither is listed by itself).</item>
/// </list>
/// Anything less clear is left to the ordinary rules (plain ECB stays ECB).
/// </summary>
internal static class HandWrittenConstructions
{
    internal sealed class Shape
    {
        public string? EcbStep;
        public bool ChaChaPoly;
    }

    /// <summary>The mode (CTR, OFB, CFB, or AES-KW for key wrap) that an ECB use at <paramref name="node"/> is the block step
    /// of, or null.</summary>
    public static string? EcbStepOf(SyntaxNode node, CryptoApi api) => ShapeOf(node, api)?.EcbStep;

    /// <summary>True when the type holding <paramref name="node"/> creates both a ChaCha20 engine and a Poly1305 MAC.</summary>
    public static bool AssemblesChaCha20Poly1305(SyntaxNode node, CryptoApi api) => ShapeOf(node, api)?.ChaChaPoly == true;

    /// <summary>The shape of the outermost type holding <paramref name="node"/>, computed once per type and compilation (a
    /// dictionary of the compilation's <see cref="CryptoApi"/>; a static weak table's lock was contended by every thread).</summary>
    private static Shape? ShapeOf(SyntaxNode node, CryptoApi api)
    {
        TypeDeclarationSyntax? type = null;
        for (var n = node; n != null; n = n.Parent)
        {
            if (n is TypeDeclarationSyntax t) { type = t; }
        }
        return type == null ? null : api.Shapes.GetOrAdd(type, Compute);
    }

    private static Shape Compute(SyntaxNode type)
    {
        bool blockCall = false, loop = false, noPadding = false, xor = false, counter = false, wrapConstant = false;
        bool chacha = false, poly = false;
        var names = type is TypeDeclarationSyntax td ? td.Identifier.ValueText : string.Empty;
        foreach (var n in type.DescendantNodes())
        {
            switch (n)
            {
                case InvocationExpressionSyntax inv:
                    var name = Rightmost(inv.Expression);
                    if (name is "TransformBlock" or "EncryptEcb" or "TryEncryptEcb" or "ProcessBlock") { blockCall = true; }
                    if (name != null && name.IndexOf("Increment", StringComparison.OrdinalIgnoreCase) >= 0) { counter = true; }
                    break;
                case ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax or ForEachStatementSyntax:
                    loop = true;
                    break;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "None", Expression: var e } when Rightmost(e) == "PaddingMode":
                    noPadding = true;
                    break;
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.ExclusiveOrExpression):
                case AssignmentExpressionSyntax a when a.IsKind(SyntaxKind.ExclusiveOrAssignmentExpression):
                    xor = true;
                    break;
                case PostfixUnaryExpressionSyntax { Operand: ElementAccessExpressionSyntax } p when p.IsKind(SyntaxKind.PostIncrementExpression):
                case PrefixUnaryExpressionSyntax { Operand: ElementAccessExpressionSyntax } q when q.IsKind(SyntaxKind.PreIncrementExpression):
                    counter = true;
                    break;
                case LiteralExpressionSyntax { Token.Value: var v } when v is int or long or ulong or uint or byte:
                    var x = Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture);
                    if (x is 0xA6 or 0xA6A6A6A6A6A6A6A6 or 0xA6A6A6A6) { wrapConstant = true; }
                    break;
                case MethodDeclarationSyntax m:
                    names += " " + m.Identifier.ValueText;
                    break;
                case ObjectCreationExpressionSyntax oc:
                    var created = Rightmost(oc.Type);
                    if (created is "ChaCha7539Engine" or "ChaChaEngine") { chacha = true; }
                    if (created == "Poly1305") { poly = true; }
                    break;
            }
        }
        var shape = new Shape { ChaChaPoly = chacha && poly };
        if (!blockCall || !loop) { return shape; }
        var lower = names.ToLowerInvariant();
        var hinted = lower.Contains("ctr") || lower.Contains("counter") || lower.Contains("ofb") || lower.Contains("cfb");
        if (wrapConstant || lower.Contains("keywrap") || lower.Contains("wrapkey") || lower.Contains("rfc3394"))
        {
            shape.EcbStep = Algorithms.Kw;
        }
        else if (xor && (noPadding || counter || hinted))
        {
            // The keystream (or feedback) XORed into the data: which mode, by name, else by an in-place counter.
            if (lower.Contains("ofb")) { shape.EcbStep = Algorithms.Ofb; }
            else if (lower.Contains("cfb")) { shape.EcbStep = Algorithms.Cfb; }
            else if (counter || lower.Contains("ctr") || lower.Contains("counter")) { shape.EcbStep = Algorithms.Ctr; }
        }
        return shape;
    }

    private static string? Rightmost(SyntaxNode e) => e switch
    {
        IdentifierNameSyntax i => i.Identifier.ValueText,
        GenericNameSyntax g => g.Identifier.ValueText,
        MemberAccessExpressionSyntax m => Rightmost(m.Name),
        MemberBindingExpressionSyntax b => Rightmost(b.Name),
        QualifiedNameSyntax q => Rightmost(q.Right),
        AliasQualifiedNameSyntax a => Rightmost(a.Name),
        _ => null,
    };
}
