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
/// Public-key techniques (CRY3xxx): RSA/DSA key sizes (constructor, Create(int), KeySize =, legacy providers' 1024-bit
/// default), named curves (ECCurve.NamedCurves, CreateFromFriendlyName/Value/Oid), RSA encryption padding (Pkcs1 →
/// monitored, OaepSHA1), raw RSA, ML-KEM/ML-DSA/SLH-DSA, and their BouncyCastle counterparts (key-generation
/// parameters, named-curve tables, encodings, raw engine use).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PublicKeyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Public-key schemes and key sizes; a signature or OAEP over a weak hash is judged by that hash (CRY1001/CRY1002).</summary>
    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.Inventory, Descriptors.HashNotListed, Descriptors.HashMonitored,
        Descriptors.KeyTooShort, Descriptors.PublicKeyMonitored, Descriptors.CurveOutside, Descriptors.PublicKeyNotListed);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var lazy = CryptoApi.Deferred(start.Compilation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { HasCrypto: true } api && api.IsCryptoTypeCached(((IInvocationOperation)ctx.Operation).TargetMethod.ContainingType)) { Invocation(ctx, api); } }, OperationKind.Invocation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { HasCrypto: true } api && api.IsCryptoTypeCached(ctx.Operation.Type)) { Creation(ctx, api); } }, OperationKind.ObjectCreation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { HasCrypto: true } api) { Assignment(ctx, api); } }, OperationKind.SimpleAssignment);
        });
    }

    private static string KeyAlgorithm(CryptoApi api, ITypeSymbol? t) =>
        CryptoApi.DerivesFrom(t, api.Dsa) ? Algorithms.Dsa : Algorithms.Rsa;

    private static void Invocation(OperationAnalysisContext ctx, CryptoApi api)
    {
        var inv = (IInvocationOperation)ctx.Operation;
        var m = inv.TargetMethod;
        var type = m.ContainingType;
        if (api.IsDotNetCryptoCached(type))
        {
            // RSA.Create(1024), DSA.Create(1024)
            if (m.IsStatic && m.Name == "Create" && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_Int32
                && (CryptoApi.DerivesFrom(type, api.Rsa) || CryptoApi.DerivesFrom(type, api.Dsa)))
            {
                KeySize(ctx, api, KeyAlgorithm(api, type), inv.Arguments[0].Value, inv.Arguments[0].Syntax.GetLocation(), OperationHelpers.Shown(inv));
            }
            // PQC signatures are not listed (yet): any use of MLDsa, SlhDsa, CompositeMLDsa.
            if (m.IsStatic && type.Name is "MLDsa" or "SlhDsa" or "CompositeMLDsa" && m.Name.StartsWith("GenerateKey", System.StringComparison.Ordinal) | m.Name.StartsWith("Import", System.StringComparison.Ordinal)
                && api.AssetOf(type) is { } pqc)
            {
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), pqc, inv.Syntax.GetLocation(), OperationHelpers.Shown(inv));
            }
            // RSACryptoServiceProvider.Encrypt(data, fOAEP: false) is PKCS #1 v1.5; true is OAEP with SHA-1.
            if (m.Name is "Encrypt" or "Decrypt" && CryptoApi.DerivesFrom(type, api.RsaCsp) && m.Parameters.Length == 2 && m.Parameters[1].Type.SpecialType == SpecialType.System_Boolean)
            {
                var traced = ValueResolver.Traced(inv.Arguments[1].Value);
                var seenFlags = new System.Collections.Generic.HashSet<(bool, Location)>();
                foreach (var t in traced)
                {
                    if (t.Value is not bool b) { continue; }
                    var asset = b ? new CryptoAsset { Algorithm = Algorithms.RsaOaep, Hash = Algorithms.Sha1 } : new CryptoAsset { Algorithm = Algorithms.RsaesPkcs1 };
                    var (at, additional) = ValueResolver.Place(t, inv.Arguments[1].Syntax.GetLocation());
                    if (!seenFlags.Add((b, at))) { continue; }
                    Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api),
                        new Detection(asset, at, ValueResolver.Show(OperationHelpers.Shown(inv), inv.Arguments[1].Value, t, traced)) { AdditionalLocations = additional });
                }
            }
            if (m.Name is "EncryptValue" or "DecryptValue" && CryptoApi.DerivesFrom(type, api.Rsa))
            {
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.RsaRaw }, inv.Syntax.GetLocation(), OperationHelpers.Shown(inv));
            }
            Arguments(ctx, api, inv.Arguments, m);
        }
        else if (api.IsBouncyCastleCached(type))
        {
            if (m.Name == "ProcessBlock" && inv.Instance != null && OperationHelpers.Origin(inv.Instance) is IObjectCreationOperation { Type.Name: "RsaEngine" or "RsaBlindedEngine" })
            {
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.RsaRaw }, inv.Syntax.GetLocation(), OperationHelpers.Shown(inv));
            }
            // ECNamedCurveTable.GetByName("secp256k1") and the other curve tables.
            if (m.IsStatic && m.Name is "GetByName" or "GetByNameLazy" && type.Name.EndsWith("NamedCurves", System.StringComparison.Ordinal) | type.Name == "ECNamedCurveTable" && inv.Arguments.Length == 1)
            {
                foreach (var s in ValueResolver.Strings(inv.Arguments[0].Value))
                {
                    if (Curves.Find(s) is { } c)
                    {
                        Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.EcKey, Curve = c.Name }, inv.Arguments[0].Syntax.GetLocation(), OperationHelpers.Shown(inv));
                    }
                }
            }
            // DsaParametersGenerator/DHParametersGenerator.Init(size, certainty, random)
            if (m.Name == "Init" && type.Name is "DsaParametersGenerator" or "DHParametersGenerator" && inv.Arguments.Length >= 1 && inv.Arguments[0].Value.Type?.SpecialType == SpecialType.System_Int32)
            {
                KeySize(ctx, api, type.Name.StartsWith("Dsa", System.StringComparison.Ordinal) ? Algorithms.Dsa : Algorithms.Dh, inv.Arguments[0].Value, inv.Arguments[0].Syntax.GetLocation(), OperationHelpers.Shown(inv));
            }
        }
    }

    private static void Creation(OperationAnalysisContext ctx, CryptoApi api)
    {
        var oc = (IObjectCreationOperation)ctx.Operation;
        if (oc.Type is not INamedTypeSymbol type || oc.Constructor == null) { return; }
        if (api.IsDotNetCryptoCached(type))
        {
            if (CryptoApi.DerivesFrom(type, api.Rsa) || CryptoApi.DerivesFrom(type, api.Dsa))
            {
                var size = oc.Arguments.FirstOrDefault(a => a.Parameter?.Type.SpecialType == SpecialType.System_Int32 && a.Parameter.Name is "dwKeySize" or "keySize");
                if (size != null)
                {
                    KeySize(ctx, api, KeyAlgorithm(api, type), size.Value, size.Syntax.GetLocation(), OperationHelpers.Shown(oc));
                }
                else if (oc.Arguments.Length == 0 && (CryptoApi.Is(type, api.RsaCsp) || CryptoApi.Is(type, api.DsaCsp)))
                {
                    // The CSP classes generate a 1024-bit key when none is given.
                    Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = KeyAlgorithm(api, type), KeyBits = 1024 },
                        oc.Syntax.GetLocation(), OperationHelpers.Shown(oc) + " (default 1024-bit key)");
                }
            }
            Arguments(ctx, api, oc.Arguments, oc.Constructor);
        }
        else if (api.IsBouncyCastleCached(type))
        {
            switch (type.Name)
            {
                case "RsaKeyGenerationParameters":
                    var strength = OperationHelpers.Argument(oc.Arguments, "strength");
                    if (strength != null) { KeySize(ctx, api, Algorithms.Rsa, strength.Value, strength.Syntax.GetLocation(), OperationHelpers.Shown(oc)); }
                    return;
                case "ECKeyGenerationParameters" or "ECDomainParameters" or "ECNamedDomainParameters":
                    foreach (var arg in oc.Arguments)
                    {
                        if (OperationHelpers.Unwrap(arg.Value) is IFieldReferenceOperation f && Curves.Find(f.Field.Name) is { } c)
                        {
                            Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.EcKey, Curve = c.Name }, arg.Syntax.GetLocation(), OperationHelpers.Shown(oc));
                        }
                    }
                    return;
            }
            BouncyCastle.Creation(ctx, api, oc, type, Reporter.Family2.PublicKey);
        }
    }

    [MethodImpl(HotPath.Options)]
    private static void Assignment(OperationAnalysisContext ctx, CryptoApi api)
    {
        var a = (ISimpleAssignmentOperation)ctx.Operation;
        if (a.Target is IPropertyReferenceOperation { Property.Name: "KeySize" } t && CryptoApi.DerivesFrom(t.Property.ContainingType, api.AsymmetricAlgorithm)
            && (CryptoApi.DerivesFrom(t.Instance?.Type, api.Rsa) || CryptoApi.DerivesFrom(t.Instance?.Type, api.Dsa)))
        {
            KeySize(ctx, api, KeyAlgorithm(api, t.Instance?.Type), a.Value, a.Value.Syntax.GetLocation(), OperationHelpers.Shown(a));
        }
    }

    private static void KeySize(OperationAnalysisContext ctx, CryptoApi api, string algorithm, IOperation value, Location location, string shown)
    {
        var info = Algorithms.Get(algorithm);
        var traced = ValueResolver.Traced(value);
        if (!traced.Any(v => v.Value is int or long or short))
        {
            // No size known: the use goes into the inventory as the algorithm alone, saying so; no rule judges a guess.
            Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api),
                new Detection(new CryptoAsset { Algorithm = algorithm }, location, ValueResolver.NoValue(shown, value)) { RuleAllowed = false });
            return;
        }
        var seen = new System.Collections.Generic.HashSet<long>();
        foreach (var v in traced)
        {
            if (!(v.Value is int or long or short) || !seen.Add(System.Convert.ToInt64(v.Value, System.Globalization.CultureInfo.InvariantCulture))) { continue; }
            var bits = System.Convert.ToInt64(v.Value, System.Globalization.CultureInfo.InvariantCulture);
            // A size the algorithm itself cannot have (RSA.Create(-5)) is no key at all; the catalogue knows the ranges.
            if (bits is < int.MinValue or > int.MaxValue || info?.ValidateKeyBits((int)bits) != null) { continue; }
            var literal = !v.Remote && OperationHelpers.Unwrap(value) is ILiteralOperation;
            var (at, additional) = ValueResolver.Place(v, location);
            Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api),
                new Detection(new CryptoAsset { Algorithm = algorithm, KeyBits = (int)bits }, at, ValueResolver.Show(shown, value, v, traced))
                {
                    FixKind = literal ? FixKinds.KeySize : null,
                    AdditionalLocations = additional,
                });
        }
    }

    /// <summary>ECCurve, RSAEncryptionPadding and MLKemAlgorithm arguments of cryptographic APIs.</summary>
    private static void Arguments(OperationAnalysisContext ctx, CryptoApi api, ImmutableArray<IArgumentOperation> args, IMethodSymbol method)
    {
        foreach (var arg in args)
        {
            var t = arg.Parameter?.Type;
            if (t == null) { continue; }
            if (CryptoApi.Is(t, api.EcCurve))
            {
                foreach (var curve in CurveNames(arg.Value, api))
                {
                    var c = Curves.Find(curve);
                    if (c == null) { continue; }
                    var alg = method.ContainingType.Name.StartsWith("ECDiffieHellman", System.StringComparison.Ordinal) ? Algorithms.Ecdh
                        : method.ContainingType.Name.StartsWith("ECDsa", System.StringComparison.Ordinal) ? Algorithms.Ecdsa : Algorithms.EcKey;
                    var direct = OperationHelpers.Unwrap(arg.Value) is IPropertyReferenceOperation or IInvocationOperation;
                    Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = alg, Curve = c.Name }, arg.Syntax.GetLocation(),
                        OperationHelpers.Shown(arg), direct ? FixKinds.Curve : null);
                    break;
                }
            }
            else if (CryptoApi.Is(t, api.RsaEncryptionPadding))
            {
                // Every padding the argument may have is a use (useOaep ? OaepSHA1 : Pkcs1 is two); the policy judges scheme and hash.
                var traced = ValueResolver.Traced(arg.Value);
                if (traced.Count == 0)
                {
                    // No padding known (a parameter nobody in the compilation passes): recorded as RSA encryption, saying so.
                    Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api),
                        new Detection(new CryptoAsset { Algorithm = Algorithms.Rsa }, arg.Syntax.GetLocation(), ValueResolver.NoValue(OperationHelpers.Shown(arg), arg.Value)) { RuleAllowed = false });
                    continue;
                }
                foreach (var v in traced)
                {
                    if (v.Value is SymbolicValue { Operation: IPropertyReferenceOperation p } && CryptoApi.Is(p.Property.ContainingType, api.RsaEncryptionPadding))
                    {
                        // Pkcs1, OaepSHA1, OaepSHA256, OaepSHA3_256, …
                        CryptoAsset? asset = p.Property.Name == "Pkcs1" ? new CryptoAsset { Algorithm = Algorithms.RsaesPkcs1 }
                            : p.Property.Name.StartsWith("Oaep", System.StringComparison.Ordinal)
                                && Policy.Naming.NameResolver.Resolve(p.Property.Name.Substring(4)).Resolved?.Asset is { } h && Reporter.Family(h) == Reporter.Family2.Hash
                                ? new CryptoAsset { Algorithm = Algorithms.RsaOaep, Hash = h.Algorithm }
                                : null;
                        if (asset == null) { continue; }
                        var direct = !v.Remote && OperationHelpers.Unwrap(arg.Value) is IPropertyReferenceOperation;
                        var (location, additional) = ValueResolver.Place(v, arg.Syntax.GetLocation());
                        Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api),
                            new Detection(asset, location, ValueResolver.Show(OperationHelpers.Shown(arg), arg.Value, v, traced))
                            {
                                FixKind = direct ? FixKinds.RsaPadding : null,
                                AdditionalLocations = additional,
                            });
                    }
                }
            }
            else if (CryptoApi.Is(t, api.MlKemAlgorithm))
            {
                foreach (var v in ValueResolver.Candidates(arg.Value))
                {
                    if (v is SymbolicValue { Operation: IPropertyReferenceOperation p } && p.Property.Name.StartsWith("MLKem", System.StringComparison.Ordinal))
                    {
                        var set = "ML-KEM-" + p.Property.Name.Substring(5);
                        Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), new CryptoAsset { Algorithm = Algorithms.MlKem, ParameterSet = set }, arg.Syntax.GetLocation(), OperationHelpers.Shown(arg));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Curve names an ECCurve expression may have: ECCurve.NamedCurves.X, ECCurve.CreateFromFriendlyName("…"),
    /// ECCurve.CreateFromValue("oid"), ECCurve.CreateFromOid(new Oid("oid")).</summary>
    internal static System.Collections.Generic.IEnumerable<string> CurveNames(IOperation value, CryptoApi api)
    {
        foreach (var c in ValueResolver.Candidates(value))
        {
            switch (c)
            {
                case SymbolicValue { Operation: IPropertyReferenceOperation p } when p.Property.ContainingType?.Name == "NamedCurves":
                    yield return p.Property.Name;
                    break;
                case SymbolicValue { Operation: IInvocationOperation inv } when inv.TargetMethod.Name is "CreateFromFriendlyName" or "CreateFromValue" && inv.Arguments.Length == 1:
                    foreach (var s in ValueResolver.Strings(inv.Arguments[0].Value)) { yield return s; }
                    break;
                case SymbolicValue { Operation: IInvocationOperation inv } when inv.TargetMethod.Name == "CreateFromOid" && inv.Arguments.Length == 1:
                    if (OperationHelpers.Origin(inv.Arguments[0].Value) is IObjectCreationOperation oid && oid.Arguments.Length >= 1)
                    {
                        foreach (var s in ValueResolver.Strings(oid.Arguments[0].Value)) { yield return s; }
                    }
                    break;
            }
        }
    }
}
