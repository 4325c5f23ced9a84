using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// Symmetric ciphers and modes (CRY2xxx): DES, Triple DES (its key length, judged by the policy), RC2, Rijndael with a 256-bit block,
/// Mode = CipherMode.ECB/CTS (including casts from integers and values through locals), EncryptEcb/DecryptEcb,
/// GCM nonces other than 96 bits, and BouncyCastle engines, modes, raw engine use and buffered ciphers without a mode.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SymmetricAnalyzer : DiagnosticAnalyzer
{
    // System.Security.Cryptography.CipherMode values.
    private static readonly string?[] CipherModes = { null, Algorithms.Cbc, Algorithms.Ecb, Algorithms.Ofb, Algorithms.Cfb, Algorithms.Cts };

    /// <summary>Ciphers and modes; a BouncyCastle MAC over a block cipher (CMAC, GMAC, CBC-MAC) is judged by its weakest part,
    /// which may be the MAC (CRY1xxx).</summary>
    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.Inventory, Descriptors.HashNotListed, Descriptors.HashMonitored, Descriptors.HashCandidate,
        Descriptors.CipherNotListed, Descriptors.CipherMonitored, Descriptors.ModeNotListed, Descriptors.CipherCondition, Descriptors.CipherCandidate,
        Descriptors.KeyTooShort);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var lazy = CryptoApi.Deferred(start.Compilation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { HasCrypto: true } api && IsJudgedMethod(((IInvocationOperation)ctx.Operation).TargetMethod.Name)) { Invocation(ctx, api); } }, OperationKind.Invocation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { HasCrypto: true } api && api.IsCryptoTypeCached(ctx.Operation.Type)) { Creation(ctx, api); } }, OperationKind.ObjectCreation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { HasCrypto: true } api && ctx.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Mode" or "Key" or "KeySize" or "BlockSize" } }) { Assignment(ctx, api); } }, OperationKind.SimpleAssignment);
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

    /// <summary>Only these methods are judged by <see cref="Invocation"/>, which the invocation callback calls only for them: the
    /// name rules out nearly every call before its type is looked at.</summary>
    [MethodImpl(HotPath.Options)]
    private static bool IsJudgedMethod(string name) => name is "Create" or "EncryptEcb" or "DecryptEcb" or "TryEncryptEcb" or "TryDecryptEcb"
        or "CreateEncryptor" or "CreateDecryptor" or "Encrypt" or "Decrypt" or "ProcessBlock";

    private static void Invocation(OperationAnalysisContext ctx, CryptoApi api)
    {
        var inv = (IInvocationOperation)ctx.Operation;
        var m = inv.TargetMethod;
        var type = m.ContainingType;
        if (api.IsDotNetCryptoCached(type))
        {
            if (m.IsStatic && m.Name == "Create" && m.Parameters.Length == 0 && api.AssetOf(type) is { } asset && Reporter.Family(asset) == Reporter.Family2.Cipher)
            {
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), asset, inv.Syntax.GetLocation(), OperationHelpers.Shown(inv));
                return;
            }
            if (!m.IsStatic && m.Name is "EncryptEcb" or "DecryptEcb" or "TryEncryptEcb" or "TryDecryptEcb" && CryptoApi.DerivesFrom(type, api.SymmetricAlgorithm))
            {
                var cipher = CipherOf(api, inv.Instance?.Type) ?? new CryptoAsset { Algorithm = Algorithms.Aes };
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), EcbOrConstruction(cipher, inv.Syntax, api), inv.Syntax.GetLocation(), OperationHelpers.Shown(inv));
                return;
            }
            if (m.Name is "CreateEncryptor" or "CreateDecryptor" && m.Parameters.Length == 2 && CryptoApi.DerivesFrom(inv.Instance?.Type, api.TripleDes))
            {
                // The key's length decides 2-key or 3-key Triple DES; the policy says which is what.
                TripleDesKey(ctx, api, ValueResolver.ArrayLengths(inv.Arguments[0].Value).Select(n => n * 8), inv.Arguments[0].Syntax.GetLocation(), OperationHelpers.Shown(inv));
                return;
            }
            if (m.Name is "Encrypt" or "Decrypt" && CryptoApi.Is(type, api.AesGcm) && inv.Arguments.Length > 0)
            {
                // Every AES-GCM operation is a use; the nonce length, where visible, is judged by the policy (注7).
                var nonce = OperationHelpers.Argument(inv.Arguments, "nonce");
                var len = nonce == null ? 0 : ValueResolver.ArrayLengths(nonce.Value).FirstOrDefault();
                var gcm = new CryptoAsset { Algorithm = Algorithms.Aes, Mode = Algorithms.Gcm, NonceBits = len > 0 ? len * 8 : null };
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), gcm,
                    (len > 0 ? nonce!.Syntax : inv.Syntax).GetLocation(), OperationHelpers.Shown(len > 0 ? nonce! : inv));
            }
        }
        else if (api.IsBouncyCastleCached(type) && m.Name == "ProcessBlock" && inv.Instance != null)
        {
            // engine.ProcessBlock(...) called by the application: the block cipher without a mode, i.e. ECB.
            var origin = OperationHelpers.Origin(inv.Instance);
            if (origin is IObjectCreationOperation { Type: INamedTypeSymbol engine } && engine.Name.EndsWith("Engine", System.StringComparison.Ordinal)
                && api.AssetOf(engine) is { } cipher && Algorithms.Get(cipher.Algorithm)?.Kind == AlgorithmKind.BlockCipher)
            {
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), EcbOrConstruction(cipher, inv.Syntax, api), inv.Syntax.GetLocation(), OperationHelpers.Shown(inv));
            }
        }
    }

    /// <summary>The cipher in ECB, or, when the ECB use is the one-block step of a hand-written mode, that construction:
    /// the cipher in CTR/OFB/CFB (listed modes) or AES key wrap (not listed).</summary>
    private static CryptoAsset EcbOrConstruction(CryptoAsset cipher, SyntaxNode use, CryptoApi api) => HandWrittenConstructions.EcbStepOf(use, api) switch
    {
        null => cipher with { Mode = Algorithms.Ecb },
        Algorithms.Kw => cipher.Algorithm == Algorithms.Aes ? new CryptoAsset { Algorithm = Algorithms.Kw } : cipher with { Mode = Algorithms.Kw },
        var mode => cipher with { Mode = mode },
    };

    private static void Creation(OperationAnalysisContext ctx, CryptoApi api)
    {
        var oc = (IObjectCreationOperation)ctx.Operation;
        if (oc.Type is not INamedTypeSymbol type) { return; }
        if (api.IsDotNetCryptoCached(type))
        {
            if (api.AssetOf(type) is { } asset && Reporter.Family(asset) == Reporter.Family2.Cipher)
            {
                // An authenticated-encryption type (AesGcm, AesCcm, ChaCha20Poly1305) carries its mode: its rules are judged
                // where it encrypts (the nonce), so its creation is an inventory record only.
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api),
                    new Detection(asset, oc.Syntax.GetLocation(), OperationHelpers.Shown(oc)) { RuleAllowed = asset.Mode == null });
            }
        }
        else if (api.IsBouncyCastleCached(type))
        {
            BouncyCastle.Creation(ctx, api, oc, type, Reporter.Family2.Cipher, Reporter.Family2.Mode);
        }
    }

    /// <summary>A Triple DES key of known length (bits as written: 128 for a 16-byte key, 192 for 24): the policy decides
    /// whether that is 2-key or 3-key Triple DES and what either is; reported only when the key makes it worse than
    /// Triple DES as created (judged there).</summary>
    private static void TripleDesKey(OperationAnalysisContext ctx, CryptoApi api, System.Collections.Generic.IEnumerable<int> keyBits, Location location, string shown)
    {
        var tdes = new CryptoAsset { Algorithm = Algorithms.TripleDes };
        foreach (var bits in keyBits.Distinct())
        {
            if (bits is <= 0 or > 1024) { continue; }
            if (Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), tdes with { KeyBits = bits }, location, shown, refines: tdes)) { return; }
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
                // Every mode set is a use of the cipher in that mode; a rule is reported only when the mode makes the cipher
                // worse than it already is (ECB, CTS), so Triple DES in CBC is not reported twice.
                // Every value the mode may have is judged (each branch, every caller of a helper that sets it); a value chosen
                // in another method is reported there, with this assignment as an additional location.
                var traced = ValueResolver.Traced(a.Value);
                var seenModes = new System.Collections.Generic.HashSet<(string, Location)>();
                foreach (var t in traced)
                {
                    if (!(t.Value is int or long or short or byte)) { continue; }
                    var v = System.Convert.ToInt64(t.Value, System.Globalization.CultureInfo.InvariantCulture);
                    var mode = v >= 0 && v < CipherModes.Length ? CipherModes[v] : null;
                    if (mode == null) { continue; }
                    var block = cipher != null && Algorithms.Get(cipher.Algorithm)?.Kind == AlgorithmKind.BlockCipher;
                    var asset = block ? cipher! with { Mode = mode } : new CryptoAsset { Algorithm = mode };
                    if (block && mode == Algorithms.Ecb) { asset = EcbOrConstruction(cipher!, a.Syntax, api); }
                    var (at, additional) = ValueResolver.Place(t, a.Value.Syntax.GetLocation());
                    if (!seenModes.Add((mode, at))) { continue; }
                    Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api),
                        new Detection(asset, at, ValueResolver.Show(OperationHelpers.Shown(a), a.Value, t, traced)) { Refines = block ? cipher : null, AdditionalLocations = additional });
                }
                break;
            case "Key" when CryptoApi.DerivesFrom(receiverType, api.TripleDes):
                TripleDesKey(ctx, api, ValueResolver.ArrayLengths(a.Value).Select(n => n * 8), a.Value.Syntax.GetLocation(), OperationHelpers.Shown(a));
                break;
            case "KeySize" when CryptoApi.DerivesFrom(receiverType, api.TripleDes):
                TripleDesKey(ctx, api, ValueResolver.Integers(a.Value).Select(n => (int)n), a.Value.Syntax.GetLocation(), OperationHelpers.Shown(a));
                break;
            case "BlockSize" when CryptoApi.DerivesFrom(receiverType, api.Rijndael):
                // Rijndael's block size: the policy says which block is AES (FIPS 197) and which is not listed.
                foreach (var blockBits in ValueResolver.Integers(a.Value).Distinct())
                {
                    if (blockBits is <= 0 or > 4096) { continue; }
                    var rijndael = new CryptoAsset { Algorithm = Algorithms.Rijndael };
                    if (Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), rijndael with { BlockBits = (int)blockBits }, a.Value.Syntax.GetLocation(), OperationHelpers.Shown(a), refines: rijndael))
                    {
                        break;
                    }
                }
                break;
        }
    }
}
