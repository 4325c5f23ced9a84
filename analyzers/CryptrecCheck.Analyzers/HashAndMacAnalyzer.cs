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
/// Hash functions, MACs and key derivation (CRY1xxx, CRY5xxx): .NET hash and HMAC types and their static one-shots,
/// HashAlgorithmName wherever it is passed to a cryptographic API (signatures, certificates, PBKDF2, HKDF, IncrementalHash,
/// OAEP), Rfc2898DeriveBytes defaults, and BouncyCastle digests and MACs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HashAndMacAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Hashes, MACs and KDFs; OAEP's hash (RSAEncryptionPadding.CreateOaep) is judged as the OAEP scheme (CRY3002/CRY3004).</summary>
    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.Inventory, Descriptors.HashNotListed, Descriptors.HashMonitored, Descriptors.HashCandidate,
        Descriptors.PublicKeyMonitored, Descriptors.PublicKeyNotListed, Descriptors.KdfNotListed, Descriptors.KdfMonitored);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var lazy = CryptoApi.Deferred(start.Compilation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { HasCrypto: true } api) { Invocation(ctx, api); } }, OperationKind.Invocation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { HasCrypto: true } api) { Creation(ctx, api); } }, OperationKind.ObjectCreation);
        });
    }

    [MethodImpl(HotPath.Options)]
    private static void Invocation(OperationAnalysisContext ctx, CryptoApi api)
    {
        var inv = (IInvocationOperation)ctx.Operation;
        var m = inv.TargetMethod;
        var type = m.ContainingType;
        if (api.IsDotNetCryptoCached(type))
        {
            // MD5.Create(), SHA1.HashData(...), HMACSHA1.HashData(...), Shake128.HashData(data, 16).
            var factory = m.Name == "Create" && m.Parameters.Length == 0;
            var oneShot = m.Name is "HashData" or "TryHashData" or "HashDataAsync";
            if (m.IsStatic && (factory || oneShot) && api.AssetOf(type) is { } asset && Reporter.Family(asset) == Reporter.Family2.Hash)
            {
                var a = asset;
                if (a.Algorithm is Algorithms.Shake128 or Algorithms.Shake256)
                {
                    var len = OperationHelpers.Argument(inv.Arguments, "outputLength");
                    var n = len == null ? 0 : ValueResolver.Integers(len.Value).FirstOrDefault();
                    if (n > 0) { a = a with { OutputBits = (int)n * 8 }; }
                    else if (inv.Arguments.FirstOrDefault(x => x.Parameter?.Name == "destination") is { } dest && ValueResolver.ArrayLengths(dest.Value).FirstOrDefault() is int d and > 0)
                    {
                        a = a with { OutputBits = d * 8 };
                    }
                }
                // SHAKE takes an output length that SHA-256 has no parameter for: no mechanical replacement.
                var xof = Algorithms.Get(a.Algorithm)?.Kind == AlgorithmKind.ExtendableOutput;
                var settings = ctx.Settings(api);
                if (Detector.Wanted(settings, a))
                {
                    Detector.Found(ctx.ReportDiagnostic, settings, a, inv.Syntax.GetLocation(), OperationHelpers.Shown(inv), xof ? null : FixKinds.HashType);
                }
            }
            HashNameArguments(ctx, api, inv.Arguments, m);
        }
    }

    [MethodImpl(HotPath.Options)]
    private static void Creation(OperationAnalysisContext ctx, CryptoApi api)
    {
        var oc = (IObjectCreationOperation)ctx.Operation;
        if (oc.Type is not INamedTypeSymbol type || oc.Constructor == null) { return; }
        if (api.IsDotNetCryptoCached(type))
        {
            HashNameArguments(ctx, api, oc.Arguments, oc.Constructor);
            if (CryptoApi.Is(type, api.Rfc2898))
            {
                // Without a HashAlgorithmName argument, Rfc2898DeriveBytes uses SHA-1.
                if (OperationHelpers.ArgumentOfType(oc.Arguments, api.HashAlgorithmName) == null)
                {
                    Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.Pbkdf2, Hash = Algorithms.Sha1, Usage = AssetUsage.KeyDerivation },
                        oc.Syntax.GetLocation(), OperationHelpers.Shown(oc), kdf: true);
                }
                return;
            }
            if (api.AssetOf(type) is { } asset && Reporter.Family(asset) is Reporter.Family2.Hash or Reporter.Family2.Kdf)
            {
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), asset, oc.Syntax.GetLocation(), OperationHelpers.Shown(oc),
                    Reporter.Family(asset) == Reporter.Family2.Hash && (asset.Hash == null || asset.Algorithm == Algorithms.Hmac) ? FixKinds.HashType : null,
                    kdf: Reporter.Family(asset) == Reporter.Family2.Kdf);
            }
        }
        else if (api.IsBouncyCastleCached(type))
        {
            BouncyCastle.Creation(ctx, api, oc, type, Reporter.Family2.Hash, Reporter.Family2.Kdf);
        }
    }

    /// <summary>HashAlgorithmName passed to a cryptographic API: judged in the context of the call.</summary>
    [MethodImpl(HotPath.Options)]
    private static void HashNameArguments(OperationAnalysisContext ctx, CryptoApi api, ImmutableArray<IArgumentOperation> args, IMethodSymbol method)
    {
        if (api.HashAlgorithmName == null) { return; }
        foreach (var arg in args)
        {
            if (!CryptoApi.Is(arg.Parameter?.Type, api.HashAlgorithmName)) { continue; }
            var settings = ctx.Settings(api);
            // The common case, HashAlgorithmName.SHA256 written at the call: one value, judged without tracing, and a compliant
            // one costs no message text when nothing would be reported.
            if (OperationHelpers.Unwrap(arg.Value) is IPropertyReferenceOperation { Instance: null } p && CryptoApi.Is(p.Property.ContainingType, api.HashAlgorithmName)
                && AssetForHashName(p.Property.Name, method, api) is { } directAsset)
            {
                var directKdf = CryptoApi.Is(method.ContainingType, api.Rfc2898) || CryptoApi.Is(method.ContainingType, api.Hkdf);
                if (!Detector.Wanted(settings, directAsset, directKdf)) { continue; }
            }
            // Every value the argument may have is judged (each branch of a conditional, every caller of a helper); a value
            // chosen in another method is reported there, with this call as an additional location.
            var traced = HashNamesTraced(arg.Value, api).ToList();
            var all = traced.Select(t => t.From).ToList();
            var seen = new System.Collections.Generic.HashSet<(string, Location)>();
            foreach (var (name, from) in traced)
            {
                if (AssetForHashName(name, method, api) is not { } asset) { continue; }
                var hash = asset.Hash ?? asset.Algorithm;
                var type = method.ContainingType;
                var kdf = CryptoApi.Is(type, api.Rfc2898) || CryptoApi.Is(type, api.Hkdf);
                var (location, additional) = ValueResolver.Place(from, arg.Syntax.GetLocation());
                if (!seen.Add((hash, location))) { continue; }
                var direct = !from.Remote && OperationHelpers.Unwrap(arg.Value) is IPropertyReferenceOperation;
                var shown = ValueResolver.Show($"{OperationHelpers.Shown(arg)} → {method.ContainingType.Name}.{method.Name}", arg.Value, from, all);
                Detector.Found(ctx.ReportDiagnostic, settings,
                    new Detection(asset, location, shown)
                    {
                        FixKind = direct && !CryptoApi.Is(type, api.RsaEncryptionPadding) ? FixKinds.HashName : null,
                        Kdf = kdf,
                        AdditionalLocations = additional,
                    });
            }
        }
    }

    /// <summary>What a hash name passed to <paramref name="method"/> stands for: PBKDF2 or HKDF with that hash, HMAC for
    /// CreateHMAC, RSA-OAEP for the OAEP padding, the hash itself otherwise; null when the name is not a hash.</summary>
    [MethodImpl(HotPath.Options)]
    private static CryptoAsset? AssetForHashName(string name, IMethodSymbol method, CryptoApi api)
    {
        var r = Policy.Naming.NameResolver.Resolve(name).Resolved?.Asset;
        if (r == null || Reporter.Family(r) != Reporter.Family2.Hash) { return null; }
        var hash = r.Algorithm;
        var type = method.ContainingType;
        if (CryptoApi.Is(type, api.Rfc2898)) { return new CryptoAsset { Algorithm = Algorithms.Pbkdf2, Hash = hash, Usage = AssetUsage.KeyDerivation }; }
        if (CryptoApi.Is(type, api.Hkdf)) { return new CryptoAsset { Algorithm = Algorithms.Hkdf, Hash = hash, Usage = AssetUsage.KeyDerivation }; }
        if (method.Name == "CreateHMAC") { return new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = hash, Usage = AssetUsage.Mac }; }
        if (CryptoApi.Is(type, api.RsaEncryptionPadding)) { return new CryptoAsset { Algorithm = Algorithms.RsaOaep, Hash = hash }; }
        return new CryptoAsset { Algorithm = hash };
    }

    /// <summary>The hash names an expression of type HashAlgorithmName may have, each with the value it comes from.</summary>
    internal static System.Collections.Generic.IEnumerable<(string Name, TracedValue From)> HashNamesTraced(IOperation value, CryptoApi api)
    {
        foreach (var t in ValueResolver.Traced(value))
        {
            switch (t.Value)
            {
                case SymbolicValue { Operation: IPropertyReferenceOperation p } when CryptoApi.Is(p.Property.ContainingType, api.HashAlgorithmName):
                    yield return (p.Property.Name, t);
                    break;
                case SymbolicValue { Operation: IObjectCreationOperation oc } when oc.Arguments.Length == 1:
                    foreach (var s in ValueResolver.Strings(oc.Arguments[0].Value)) { yield return (s, t); }
                    break;
                case SymbolicValue { Operation: IInvocationOperation inv } when inv.TargetMethod.Name is "FromOid" && inv.Arguments.Length == 1:
                    foreach (var s in ValueResolver.Strings(inv.Arguments[0].Value)) { yield return (s, t); }
                    break;
            }
        }
    }

    /// <summary>The hash names an expression of type HashAlgorithmName may have: HashAlgorithmName.SHA1,
    /// new HashAlgorithmName("MD5"), HashAlgorithmName.FromOid("1.3.14.3.2.26"), through locals and conditionals.</summary>
    internal static System.Collections.Generic.IEnumerable<string> HashNames(IOperation value, CryptoApi api) =>
        HashNamesTraced(value, api).Select(x => x.Name);
}
