using System.Collections.Immutable;
using System.Linq;
using CryptrecCheck.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// Symmetric ciphers and modes (CRY2xxx): DES, Triple DES (2-key from a 16-byte key), RC2, Rijndael with a 256-bit block,
/// Mode = CipherMode.ECB/CTS (including casts from integers and values through locals), EncryptEcb/DecryptEcb,
/// GCM nonces other than 96 bits, and BouncyCastle engines, modes, raw engine use and buffered ciphers without a mode.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SymmetricAnalyzer : DiagnosticAnalyzer
{
    // System.Security.Cryptography.CipherMode values.
    private static readonly string?[] CipherModes = { null, Algorithms.Cbc, Algorithms.Ecb, Algorithms.Ofb, Algorithms.Cfb, Algorithms.Cts };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => OperationHelpers.AllRules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var api = CryptoApi.Get(start.Compilation);
            if (!api.HasDotNetCrypto && !api.HasBouncyCastle) { return; }
            start.RegisterOperationAction(ctx => Invocation(ctx, api), OperationKind.Invocation);
            start.RegisterOperationAction(ctx => Creation(ctx, api), OperationKind.ObjectCreation);
            start.RegisterOperationAction(ctx => Assignment(ctx, api), OperationKind.SimpleAssignment);
        });
    }

    private static CryptoAsset? CipherOf(CryptoApi api, ITypeSymbol? t)
    {
        for (var x = t as INamedTypeSymbol; x != null; x = x.BaseType)
        {
            if (api.AssetOf(x) is { } a && Reporter.Family(a) == Reporter.Family2.Cipher) { return a; }
        }
        return null;
    }

    private static void Invocation(OperationAnalysisContext ctx, CryptoApi api)
    {
        var inv = (IInvocationOperation)ctx.Operation;
        var m = inv.TargetMethod;
        var type = m.ContainingType;
        if (CryptoApi.IsDotNetCrypto(type))
        {
            if (m.IsStatic && m.Name == "Create" && m.Parameters.Length == 0 && api.AssetOf(type) is { } asset && Reporter.Family(asset) == Reporter.Family2.Cipher)
            {
                Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), asset, inv.Syntax.GetLocation(), OperationHelpers.Shown(inv));
                return;
            }
            if (!m.IsStatic && m.Name is "EncryptEcb" or "DecryptEcb" or "TryEncryptEcb" or "TryDecryptEcb" && CryptoApi.DerivesFrom(type, api.SymmetricAlgorithm))
            {
                var cipher = CipherOf(api, inv.Instance?.Type) ?? new CryptoAsset { Algorithm = Algorithms.Aes };
                Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), cipher with { Mode = Algorithms.Ecb }, inv.Syntax.GetLocation(), OperationHelpers.Shown(inv));
                return;
            }
            if (m.Name is "CreateEncryptor" or "CreateDecryptor" && m.Parameters.Length == 2 && CryptoApi.DerivesFrom(inv.Instance?.Type, api.TripleDes))
            {
                if (ValueResolver.ArrayLengths(inv.Arguments[0].Value).Contains(16))
                {
                    Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.TripleDes2Key, KeyBits = 112 },
                        inv.Arguments[0].Syntax.GetLocation(), OperationHelpers.Shown(inv));
                }
                return;
            }
            if (m.Name is "Encrypt" or "Decrypt" && CryptoApi.Is(type, api.AesGcm) && inv.Arguments.Length > 0)
            {
                var nonce = OperationHelpers.Argument(inv.Arguments, "nonce");
                var len = nonce == null ? 0 : ValueResolver.ArrayLengths(nonce.Value).FirstOrDefault();
                if (len is > 0 and not 12)
                {
                    Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.Aes, Mode = Algorithms.Gcm, NonceBits = len * 8 },
                        nonce!.Syntax.GetLocation(), OperationHelpers.Shown(nonce));
                }
            }
        }
        else if (CryptoApi.IsBouncyCastle(type) && m.Name == "ProcessBlock" && inv.Instance != null)
        {
            // engine.ProcessBlock(...) called by the application: the block cipher without a mode, i.e. ECB.
            var origin = OperationHelpers.Origin(inv.Instance);
            if (origin is IObjectCreationOperation { Type: INamedTypeSymbol engine } && engine.Name.EndsWith("Engine", System.StringComparison.Ordinal)
                && api.AssetOf(engine) is { } cipher && Algorithms.Get(cipher.Algorithm)?.Kind == AlgorithmKind.BlockCipher)
            {
                Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), cipher with { Mode = Algorithms.Ecb }, inv.Syntax.GetLocation(), OperationHelpers.Shown(inv));
            }
        }
    }

    private static void Creation(OperationAnalysisContext ctx, CryptoApi api)
    {
        var oc = (IObjectCreationOperation)ctx.Operation;
        if (oc.Type is not INamedTypeSymbol type) { return; }
        if (CryptoApi.IsDotNetCrypto(type))
        {
            if (api.AssetOf(type) is { } asset && Reporter.Family(asset) == Reporter.Family2.Cipher && asset.Mode == null)
            {
                Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), asset, oc.Syntax.GetLocation(), OperationHelpers.Shown(oc));
            }
        }
        else if (CryptoApi.IsBouncyCastle(type))
        {
            BouncyCastle.Creation(ctx, api, oc, type, Reporter.Family2.Cipher, Reporter.Family2.Mode);
        }
    }

    private static void Assignment(OperationAnalysisContext ctx, CryptoApi api)
    {
        var a = (ISimpleAssignmentOperation)ctx.Operation;
        if (a.Target is not IPropertyReferenceOperation target) { return; }
        var prop = target.Property;
        if (prop.Name is not ("Mode" or "Key" or "KeySize" or "BlockSize") || !CryptoApi.DerivesFrom(prop.ContainingType, api.SymmetricAlgorithm)) { return; }
        var receiverType = target.Instance?.Type;
        var cipher = CipherOf(api, receiverType);
        switch (prop.Name)
        {
            case "Mode":
                foreach (var v in ValueResolver.Integers(a.Value).Distinct())
                {
                    var mode = v >= 0 && v < CipherModes.Length ? CipherModes[v] : null;
                    if (mode is not (Algorithms.Ecb or Algorithms.Cts)) { continue; }
                    var asset = cipher != null && Algorithms.Get(cipher.Algorithm)?.Kind == AlgorithmKind.BlockCipher ? cipher with { Mode = mode } : new CryptoAsset { Algorithm = mode };
                    Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), asset, a.Value.Syntax.GetLocation(), OperationHelpers.Shown(a));
                    break;
                }
                break;
            case "Key" when CryptoApi.DerivesFrom(receiverType, api.TripleDes):
                if (ValueResolver.ArrayLengths(a.Value).Contains(16))
                {
                    Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.TripleDes2Key, KeyBits = 112 }, a.Value.Syntax.GetLocation(), OperationHelpers.Shown(a));
                }
                break;
            case "KeySize" when CryptoApi.DerivesFrom(receiverType, api.TripleDes):
                if (ValueResolver.Integers(a.Value).Any(v => v is 112 or 128))
                {
                    Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.TripleDes2Key, KeyBits = 112 }, a.Value.Syntax.GetLocation(), OperationHelpers.Shown(a));
                }
                break;
            case "BlockSize" when CryptoApi.DerivesFrom(receiverType, api.Rijndael):
                var block = ValueResolver.Integers(a.Value).FirstOrDefault(v => v != 128);
                if (block is > 0)
                {
                    Reporter.Report(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.Aes, BlockBits = (int)block }, a.Value.Syntax.GetLocation(), OperationHelpers.Shown(a));
                }
                break;
        }
    }
}
