using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.Policy.Naming;
using CryptrecCheck.Policy.Tls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// Cryptography chosen through frameworks (issue 13): Microsoft.IdentityModel's SigningCredentials, EncryptingCredentials and
/// TokenValidationParameters.ValidAlgorithms (SecurityAlgorithms constants or strings: JOSE names and XML-DSig URIs, read by
/// the same name resolver as the CLI); ASP.NET Core Data Protection's encryptor configurations; ASP.NET Core Identity's
/// PasswordHasherOptions.CompatibilityMode and KeyDerivation.Pbkdf2; SignedInfo.SignatureMethod and Reference.DigestMethod of
/// XML-DSig; X509SignatureGenerator.CreateForRSA and CertificateRequest's signature scheme. Each setting is judged under the
/// rule of its asset's family (hash/MAC, cipher, public key, KDF) and recorded in the inventory. Only values set in the code
/// are judged: a framework's defaults are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FrameworkAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.Inventory,
        Descriptors.HashNotListed, Descriptors.HashMonitored, Descriptors.HashCandidate,
        Descriptors.CipherNotListed, Descriptors.CipherMonitored, Descriptors.ModeNotListed, Descriptors.CipherCondition, Descriptors.CipherCandidate,
        Descriptors.KeyTooShort, Descriptors.PublicKeyMonitored, Descriptors.CurveOutside, Descriptors.PublicKeyNotListed,
        Descriptors.KdfNotListed, Descriptors.KdfMonitored);

    private static readonly Regex DpEncryption = new(@"^AES_(?<bits>128|192|256)_(?<mode>CBC|GCM)$", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Symbols are looked up at the first callback, not here (see CryptoApi.Deferred).
            var c = start.Compilation;
            var lazy = new System.Lazy<(CryptoApi Api, FrameworkApis Fw)?>(() =>
            {
                var fw = FrameworkApis.Get(c);
                return fw.HasAnything ? (CryptoApi.Get(c), fw) : null;
            }, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { } x) { Creation(ctx, x.Api, x.Fw); } }, OperationKind.ObjectCreation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { } x && x.Fw.OwnsInvoked(((IInvocationOperation)ctx.Operation).TargetMethod.ContainingType)) { Invocation(ctx, x.Api, x.Fw); } }, OperationKind.Invocation);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) => { if (lazy.Value is { } x && ctx.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation p } && x.Fw.OwnsAssigned(p.Property.ContainingType)) { Assignment(ctx, x.Api, x.Fw); } }, OperationKind.SimpleAssignment);
        });
    }

    [MethodImpl(HotPath.Options)]
    private static void Creation(OperationAnalysisContext ctx, CryptoApi api, FrameworkApis fw)
    {
        var oc = (IObjectCreationOperation)ctx.Operation;
        var type = oc.Type;
        if (CryptoApi.Is(type, fw.SigningCredentials) || CryptoApi.Is(type, fw.EncryptingCredentials))
        {
            // SigningCredentials(key, algorithm[, digest]), EncryptingCredentials(key, alg, enc): every string argument names an algorithm.
            foreach (var arg in oc.Arguments)
            {
                if (arg.Parameter?.Type.SpecialType != SpecialType.System_String || arg.ArgumentKind == ArgumentKind.DefaultValue) { continue; }
                Names(ctx, api, arg.Value, $"{type!.Name}({arg.Parameter.Name}: {{0}})");
            }
        }
        else if (CryptoApi.Is(type, fw.CertificateRequest))
        {
            // The signature scheme a certificate request is signed with: the padding and the hash chosen together. The hash
            // alone is judged by HashAndMacAnalyzer, so the scheme is recorded without a second rule diagnostic.
            var padding = OperationHelpers.ArgumentOfType(oc.Arguments, fw.RsaSignaturePadding);
            var hash = OperationHelpers.ArgumentOfType(oc.Arguments, fw.HashAlgorithmName);
            if (padding == null) { return; }
            var hashName = hash == null ? null : HashAndMacAnalyzer.HashNames(hash.Value, api).Select(n => NameResolver.Resolve(n).Resolved?.Asset)
                .FirstOrDefault(a => a != null && Reporter.Family(a) == Reporter.Family2.Hash)?.Algorithm;
            foreach (var scheme in SignatureSchemes(padding.Value, fw))
            {
                var asset = new CryptoAsset { Algorithm = scheme, Hash = hashName, Usage = AssetUsage.Signing };
                Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), new Detection(asset, padding.Syntax.GetLocation(), $"CertificateRequest({OperationHelpers.Shown(padding)})")
                    { RuleAllowed = hashName == null });
            }
        }
    }

    private static void Invocation(OperationAnalysisContext ctx, CryptoApi api, FrameworkApis fw)
    {
        var inv = (IInvocationOperation)ctx.Operation;
        var m = inv.TargetMethod;
        if (CryptoApi.Is(m.ContainingType, fw.KeyDerivation) && m.Name == "Pbkdf2")
        {
            var prf = OperationHelpers.Argument(inv.Arguments, "prf");
            if (prf == null) { return; }
            foreach (var name in EnumNames(prf.Value))
            {
                // KeyDerivationPrf.HMACSHA1/HMACSHA256/HMACSHA512: PBKDF2 with that HMAC.
                var hash = name switch { "HMACSHA1" => Algorithms.Sha1, "HMACSHA256" => Algorithms.Sha256, "HMACSHA512" => Algorithms.Sha512, _ => null };
                if (hash == null) { continue; }
                Found(ctx, api, new CryptoAsset { Algorithm = Algorithms.Pbkdf2, Hash = hash, Usage = AssetUsage.KeyDerivation }, prf.Syntax,
                    $"KeyDerivation.Pbkdf2(prf: KeyDerivationPrf.{name})", kdf: true);
            }
        }
        else if (CryptoApi.Is(m.ContainingType, fw.X509SignatureGenerator) && m.IsStatic)
        {
            if (m.Name == "CreateForRSA" && OperationHelpers.Argument(inv.Arguments, "signaturePadding") is { } padding)
            {
                foreach (var scheme in SignatureSchemes(padding.Value, fw))
                {
                    Found(ctx, api, new CryptoAsset { Algorithm = scheme, Usage = AssetUsage.Signing }, padding.Syntax, $"X509SignatureGenerator.CreateForRSA({OperationHelpers.Shown(padding)})");
                }
            }
            else if (m.Name == "CreateForECDsa")
            {
                Found(ctx, api, new CryptoAsset { Algorithm = Algorithms.Ecdsa, Usage = AssetUsage.Signing }, inv.Syntax, "X509SignatureGenerator.CreateForECDsa");
            }
        }
    }

    private static void Assignment(OperationAnalysisContext ctx, CryptoApi api, FrameworkApis fw)
    {
        var a = (ISimpleAssignmentOperation)ctx.Operation;
        if (a.Target is not IPropertyReferenceOperation p) { return; }
        var owner = p.Property.ContainingType;
        var name = p.Property.Name;
        if (CryptoApi.Is(owner, fw.TokenValidationParameters))
        {
            if (name is "ValidAlgorithms") { NamesInCollection(ctx, api, a.Value, "TokenValidationParameters.ValidAlgorithms"); }
        }
        else if (CryptoApi.Is(owner, fw.AuthenticatedEncryptorConfiguration))
        {
            foreach (var v in EnumNames(a.Value))
            {
                if (name == "EncryptionAlgorithm" && DpEncryption.Match(v) is { Success: true } m)
                {
                    var asset = new CryptoAsset { Algorithm = Algorithms.Aes, KeyBits = int.Parse(m.Groups["bits"].Value, System.Globalization.CultureInfo.InvariantCulture), Mode = m.Groups["mode"].Value };
                    Found(ctx, api, asset, a.Value.Syntax, $"EncryptionAlgorithm.{v}");
                }
                else if (name == "ValidationAlgorithm" && HmacOf(v) is { } hmac)
                {
                    Found(ctx, api, hmac, a.Value.Syntax, $"ValidationAlgorithm.{v}");
                }
            }
        }
        else if (CryptoApi.Is(owner, fw.ManagedConfiguration))
        {
            // EncryptionAlgorithmType = typeof(TripleDES), ValidationAlgorithmType = typeof(HMACSHA1): the type names the algorithm.
            if (name is not ("EncryptionAlgorithmType" or "ValidationAlgorithmType")) { return; }
            if (OperationHelpers.Unwrap(a.Value) is not ITypeOfOperation { TypeOperand: INamedTypeSymbol t } || api.AssetOf(t) is not { } asset) { return; }
            if (name == "EncryptionAlgorithmType" && Reporter.Family(asset) == Reporter.Family2.Cipher)
            {
                // Managed Data Protection runs the cipher in CBC mode with an HMAC; the key size is a sibling setting.
                var bits = SiblingInteger(a, "EncryptionAlgorithmKeySize");
                asset = asset with { Mode = asset.Mode ?? Algorithms.Cbc, KeyBits = bits ?? asset.KeyBits };
            }
            Found(ctx, api, asset, a.Value.Syntax, $"{name} = {OperationHelpers.Shown(a.Value)}");
        }
        else if (CryptoApi.Is(owner, fw.CngCbcConfiguration) || CryptoApi.Is(owner, fw.CngGcmConfiguration))
        {
            var gcm = CryptoApi.Is(owner, fw.CngGcmConfiguration);
            foreach (var s in ValueResolver.Strings(a.Value).Distinct())
            {
                if (name == "EncryptionAlgorithm" && Resolve(s) is { } cipher && Reporter.Family(cipher) == Reporter.Family2.Cipher)
                {
                    var bits = SiblingInteger(a, "EncryptionAlgorithmKeySize");
                    Found(ctx, api, cipher with { Mode = gcm ? Algorithms.Gcm : Algorithms.Cbc, KeyBits = bits ?? cipher.KeyBits }, a.Value.Syntax, $"{owner!.Name}.EncryptionAlgorithm = \"{s}\"");
                }
                else if (name == "HashAlgorithm" && Resolve(s) is { } hash && Reporter.Family(hash) == Reporter.Family2.Hash)
                {
                    // CNG-CBC authenticates with HMAC over the named hash.
                    Found(ctx, api, new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = hash.Algorithm, Usage = AssetUsage.Mac }, a.Value.Syntax, $"{owner!.Name}.HashAlgorithm = \"{s}\"");
                }
            }
        }
        else if (CryptoApi.Is(owner, fw.PasswordHasherOptions))
        {
            if (name != "CompatibilityMode") { return; }
            foreach (var v in EnumNames(a.Value))
            {
                // Identity V2 hashes are PBKDF2 with HMAC-SHA1 (1,000 iterations); V3 is PBKDF2 with HMAC-SHA512 (HMAC-SHA256 before ASP.NET Core 7).
                var hash = v switch { "IdentityV2" => Algorithms.Sha1, "IdentityV3" => Algorithms.Sha512, _ => null };
                if (hash == null) { continue; }
                Found(ctx, api, new CryptoAsset { Algorithm = Algorithms.Pbkdf2, Hash = hash, Usage = AssetUsage.KeyDerivation }, a.Value.Syntax,
                    $"PasswordHasherCompatibilityMode.{v}", kdf: true);
            }
        }
        else if ((CryptoApi.Is(owner, fw.SignedInfo) && name == "SignatureMethod") || (CryptoApi.Is(owner, fw.Reference) && name == "DigestMethod"))
        {
            Names(ctx, api, a.Value, $"{owner!.Name}.{name} = {{0}}");
        }
    }

    /// <summary>Judges every algorithm name a string expression may hold.</summary>
    private static void Names(OperationAnalysisContext ctx, CryptoApi api, IOperation value, string shownFormat)
    {
        foreach (var s in ValueResolver.Strings(value).Distinct())
        {
            if (Resolve(s) is { } asset) { Found(ctx, api, asset, value.Syntax, string.Format(System.Globalization.CultureInfo.InvariantCulture, shownFormat, Quote(s))); }
        }
    }

    /// <summary>The names in an array or collection of strings (new[] { "RS256", SecurityAlgorithms.HmacSha256 }, new List&lt;string&gt; { … },
    /// collection expressions): each constant string element is judged at its own location.</summary>
    private static void NamesInCollection(OperationAnalysisContext ctx, CryptoApi api, IOperation value, string shown)
    {
        var root = OperationHelpers.Unwrap(value);
        if (root is ILocalReferenceOperation) { root = OperationHelpers.Origin(root); }
        foreach (var op in root.DescendantsAndSelf())
        {
            if (op.ConstantValue is { HasValue: true, Value: string s } && op.Type?.SpecialType == SpecialType.System_String && op.Parent is not IBinaryOperation
                && Resolve(s) is { } asset)
            {
                Found(ctx, api, asset, op.Syntax, $"{shown} ∋ {Quote(s)}");
            }
        }
    }

    private static CryptoAsset? Resolve(string name)
    {
        var asset = NameResolver.Resolve(name).Resolved?.Asset;
        if (asset == null || asset.TlsKind != TlsItemKind.None || Algorithms.Get(asset.Algorithm)?.Kind == AlgorithmKind.RandomGenerator) { return null; }
        return asset;
    }

    private static void Found(OperationAnalysisContext ctx, CryptoApi api, CryptoAsset asset, SyntaxNode at, string shown, bool kdf = false) =>
        Detector.Found(ctx.ReportDiagnostic, ctx.Settings(api), asset, at.GetLocation(), shown, kdf: kdf || Reporter.Family(asset) == Reporter.Family2.Kdf);

    private static string Quote(string s) => "\"" + (s.Length > 60 ? s.Substring(0, 57) + "..." : s) + "\"";

    private static CryptoAsset? HmacOf(string enumName) => enumName switch
    {
        "HMACSHA1" => new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha1, Usage = AssetUsage.Mac },
        "HMACSHA256" => new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha256, Usage = AssetUsage.Mac },
        "HMACSHA384" => new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha384, Usage = AssetUsage.Mac },
        "HMACSHA512" => new CryptoAsset { Algorithm = Algorithms.Hmac, Hash = Algorithms.Sha512, Usage = AssetUsage.Mac },
        _ => null,
    };

    /// <summary>RSASignaturePadding.Pkcs1 → RSASSA-PKCS1-v1_5, RSASignaturePadding.Pss → RSA-PSS.</summary>
    private static IEnumerable<string> SignatureSchemes(IOperation value, FrameworkApis fw)
    {
        foreach (var c in ValueResolver.Candidates(value))
        {
            if (c is SymbolicValue { Operation: IPropertyReferenceOperation p } && CryptoApi.Is(p.Property.ContainingType, fw.RsaSignaturePadding))
            {
                if (p.Property.Name == "Pkcs1") { yield return Algorithms.RsaSsaPkcs1; }
                else if (p.Property.Name == "Pss") { yield return Algorithms.RsaPss; }
            }
        }
    }

    /// <summary>The member names of the enum values an expression may have (through constants, locals and conditionals).</summary>
    private static IEnumerable<string> EnumNames(IOperation value)
    {
        var enumType = value.Type as INamedTypeSymbol;
        if (enumType?.TypeKind != TypeKind.Enum) { yield break; }
        var seen = new HashSet<string>();
        foreach (var c in ValueResolver.Candidates(value))
        {
            if (c == null) { continue; }
            foreach (var f in enumType.GetMembers().OfType<IFieldSymbol>())
            {
                if (f.HasConstantValue && Equals(f.ConstantValue, c) && seen.Add(f.Name)) { yield return f.Name; break; }
            }
        }
    }

    /// <summary>An integer set beside <paramref name="assignment"/> in the same object initializer (EncryptionAlgorithmKeySize = 256).</summary>
    private static int? SiblingInteger(ISimpleAssignmentOperation assignment, string property)
    {
        if (assignment.Parent is not IObjectOrCollectionInitializerOperation init) { return null; }
        foreach (var i in init.Initializers)
        {
            if (i is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation t } s && t.Property.Name == property)
            {
                foreach (var n in ValueResolver.Integers(s.Value)) { return (int)n; }
            }
        }
        return null;
    }
}
