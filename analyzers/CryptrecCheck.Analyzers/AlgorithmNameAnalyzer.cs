using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.Policy.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// Algorithms chosen by name (every family): CryptoConfig.CreateFromName, HashAlgorithm/SymmetricAlgorithm/HMAC…Create(string),
/// and BouncyCastle's CipherUtilities, DigestUtilities, SignerUtilities, MacUtilities, AgreementUtilities, GeneratorUtilities,
/// WrapperUtilities and KemUtilities. The string is resolved with the same resolver as the CLI, so "DESede/ECB/PKCS5Padding",
/// "SHA1withRSA" and "HMAC-MD5" are understood; unknown names are not guessed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AlgorithmNameAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableHashSet<string> BcFactories = ImmutableHashSet.Create(
        "CipherUtilities", "DigestUtilities", "SignerUtilities", "MacUtilities", "AgreementUtilities", "GeneratorUtilities", "WrapperUtilities", "KemUtilities");

    /// <summary>A name can stand for any technique but a TLS setting, so every CRY1xxx, CRY2xxx, CRY3xxx and CRY5xxx rule.</summary>
    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.Inventory,
        Descriptors.HashNotListed, Descriptors.HashMonitored, Descriptors.HashCandidate,
        Descriptors.CipherNotListed, Descriptors.CipherMonitored, Descriptors.ModeNotListed, Descriptors.CipherCondition, Descriptors.CipherCandidate,
        Descriptors.KeyTooShort, Descriptors.PublicKeyMonitored, Descriptors.CurveOutside, Descriptors.PublicKeyNotListed,
        Descriptors.KdfNotListed, Descriptors.KdfMonitored);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var lazy = CryptoApi.Deferred(start.Compilation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { HasCrypto: true } api && api.IsCryptoTypeCached(((IInvocationOperation)ctx.Operation).TargetMethod.ContainingType)) { Invocation(ctx, api); } }, OperationKind.Invocation);
        });
    }

    private static void Invocation(OperationAnalysisContext ctx, CryptoApi api)
    {
        var inv = (IInvocationOperation)ctx.Operation;
        var m = inv.TargetMethod;
        if (!m.IsStatic || inv.Arguments.Length == 0) { return; }
        var type = m.ContainingType;
        bool cipherFactory;
        if (api.IsDotNetCryptoCached(type))
        {
            if (!(m.Name == "CreateFromName" || m.Name == "Create" && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_String)) { return; }
            cipherFactory = false;
        }
        else if (api.IsBouncyCastleCached(type) && BcFactories.Contains(type.Name) && m.Name.StartsWith("Get", System.StringComparison.Ordinal) | m.Name.StartsWith("Calculate", System.StringComparison.Ordinal))
        {
            cipherFactory = type.Name == "CipherUtilities";
        }
        else { return; }

        var arg = inv.Arguments[0];
        if (arg.Value.Type?.SpecialType != SpecialType.System_String) { return; }
        foreach (var name in ValueResolver.Strings(arg.Value).Distinct())
        {
            var asset = NameResolver.Resolve(name).Resolved?.Asset;
            if (asset == null || asset.TlsKind != TlsItemKind.None || Algorithms.Get(asset.Algorithm)?.Kind == AlgorithmKind.RandomGenerator) { continue; }
            if (cipherFactory)
            {
                // BouncyCastle's CipherUtilities: a bare block cipher name means ECB; a bare "RSA" is RSA without padding.
                var kind = Algorithms.Get(asset.Algorithm)?.Kind;
                if (kind == AlgorithmKind.BlockCipher && asset.Mode == null) { asset = asset with { Mode = Algorithms.Ecb }; }
                else if (asset.Algorithm == Algorithms.Rsa) { asset = asset with { Algorithm = Algorithms.RsaRaw }; }
            }
            var kdf = Reporter.Family(asset) == Reporter.Family2.Kdf;
            Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), asset, arg.Syntax.GetLocation(), $"{type.Name}.{m.Name}(\"{name}\")", kdf: kdf);
        }
    }
}
