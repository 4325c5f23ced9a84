using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.Policy.Naming;
using CryptrecCheck.Policy.Tls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// Hand-written algorithms (issue 13): a type of the user's code that derives from SymmetricAlgorithm, HashAlgorithm,
/// KeyedHashAlgorithm or AsymmetricAlgorithm, implements ICryptoTransform, or implements BouncyCastle's IBlockCipher,
/// IStreamCipher, IDigest or IMac (or derives from a class of its own named BlockCipher, StreamCipher, SymmetricCipher,
/// Cipher, HashAlgorithm, Digest or HashFunction, as SSH.NET's ciphers do), and whose name is that of an algorithm the catalogue knows (Rc4, Md4Digest,
/// TripleDesCipher, DesCipher, BlowfishEngine). The declaration and every <c>new</c> of it are judged as that algorithm.
/// The name must say nothing but the algorithm: implementation words (Cipher, Engine, Transform, Digest, Managed, …) are
/// taken off the end and a few (My, Custom, Legacy) off the front, and what remains must resolve exactly to an algorithm
/// of the family the base type implies (a hash for HashAlgorithm, a cipher for SymmetricAlgorithm), so HashHelper, Cipher,
/// CryptoService, XorCipher or Crc32 are never reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandWrittenAlgorithmAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.Inventory,
        Descriptors.HashNotListed, Descriptors.HashMonitored, Descriptors.HashCandidate,
        Descriptors.CipherNotListed, Descriptors.CipherMonitored, Descriptors.ModeNotListed, Descriptors.CipherCondition, Descriptors.CipherCandidate,
        Descriptors.KeyTooShort, Descriptors.PublicKeyMonitored, Descriptors.CurveOutside, Descriptors.PublicKeyNotListed);

    /// <summary>Words that say how an algorithm is implemented, not which: taken off the end of a type name.</summary>
    private static readonly HashSet<string> TrailingNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "Cipher", "Engine", "Transform", "Crypto", "Algorithm", "Managed", "Impl", "Implementation", "Provider", "Service",
        "Digest", "Hash", "Hasher", "Encryptor", "Decryptor", "Core", "Base", "Native", "Block", "Stream", "Mac", "Unsafe", "Legacy",
    };

    /// <summary>Words taken off the front (MyRc4, CustomMd4, LegacyDes).</summary>
    private static readonly HashSet<string> LeadingNoise = new(StringComparer.OrdinalIgnoreCase) { "My", "Custom", "Legacy", "Simple", "Fast", "Managed", "Portable", "Internal" };

    /// <summary>Namespaces of the resolver whose answers are not algorithm names (curves, TLS groups, OIDs, code points).</summary>
    private static readonly HashSet<string> AcceptedNamespaces = new(StringComparer.Ordinal) { "algorithm-name", "dotnet", "bouncycastle", "cryptoconfig", "ssh", "jca", "openssl-name", "dotnet/bouncycastle" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    private enum Expect
    {
        None,
        Cipher,
        Hash,
        Mac,
        PublicKey,
        CipherOrHash,
    }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Named-type actions run while the compiler is still declaring the compilation's types, so nothing here asks the
            // compilation for a type by metadata name (that would wait for the compiler's declaration work, and every other
            // thread would wait on the first): base types and interfaces are recognised by name, and the compilation's
            // settings come from the per-tree cache, which needs no symbol.
            var c = start.Compilation;
            var perTree = AnalyzerSettings.TreeCache(c);
            var cache = new ConcurrentDictionary<INamedTypeSymbol, CryptoAsset?>(SymbolEqualityComparer.Default);
            // Only types declared in this compilation's source, of a crypto base: others are rejected before the cache.
            CryptoAsset? AssetOf(INamedTypeSymbol t) => t.DeclaringSyntaxReferences.IsEmpty || ExpectOf(t) == Expect.None ? null : cache.GetOrAdd(t, Judge);
            start.RegisterSymbolAction([MethodImpl(HotPath.Options)] (ctx) =>
            {
                var t = (INamedTypeSymbol)ctx.Symbol;
                if (AssetOf(t) is not { } asset || t.Locations.FirstOrDefault(l => l.IsInSource) is not { } at) { return; }
                Detector.Found(ctx.ReportDiagnostic, AnalyzerSettings.For(at.SourceTree!, ctx.Options, perTree), asset, at, $"class {t.Name} (hand-written)");
            }, SymbolKind.NamedType);
            start.RegisterOperationAction([MethodImpl(HotPath.Options)] (ctx) =>
            {
                var oc = (IObjectCreationOperation)ctx.Operation;
                if (oc.Type is not INamedTypeSymbol t || AssetOf(t) is not { } asset) { return; }
                Detector.Found(ctx.ReportDiagnostic, AnalyzerSettings.For(ctx.Operation.Syntax.SyntaxTree, ctx.Options, perTree), asset, oc.Syntax.GetLocation(), $"new {t.Name} (hand-written)");
            }, OperationKind.ObjectCreation);
        });
    }

    /// <summary>The algorithm a user type implements, or null: only types declared in source, of a crypto base, named after an algorithm.</summary>
    private static CryptoAsset? Judge(INamedTypeSymbol t)
    {
        if (t.TypeKind != TypeKind.Class && t.TypeKind != TypeKind.Struct) { return null; }
        if (!t.Locations.Any(l => l.IsInSource) || CryptoApi.IsDotNetCrypto(t) || CryptoApi.IsBouncyCastle(t)) { return null; }
        var expect = ExpectOf(t);
        if (expect == Expect.None) { return null; }
        var asset = FromName(t.Name);
        if (asset == null) { return null; }
        var kind = Algorithms.Get(asset.Algorithm)?.Kind;
        var family = Reporter.Family(asset);
        var fits = expect switch
        {
            Expect.Cipher => family == Reporter.Family2.Cipher,
            Expect.Hash => family == Reporter.Family2.Hash,
            Expect.Mac => kind == AlgorithmKind.Mac,
            Expect.PublicKey => family == Reporter.Family2.PublicKey,
            Expect.CipherOrHash => family is Reporter.Family2.Cipher or Reporter.Family2.Hash,
            _ => false,
        };
        return fits ? asset : null;
    }

    /// <summary>What a type's bases say it implements. The platform's and BouncyCastle's bases are recognised by their full
    /// names (System.Security.Cryptography.SymmetricAlgorithm, Org.BouncyCastle.Crypto.IBlockCipher, …), so a type with
    /// neither a base class of its own nor an interface is rejected without a look-up.</summary>
    [MethodImpl(HotPath.Options)]
    private static Expect ExpectOf(INamedTypeSymbol t)
    {
        if (t.TypeKind != TypeKind.Class && t.TypeKind != TypeKind.Struct) { return Expect.None; }
        var own = Expect.None;
        for (var x = t.BaseType; x != null && x.SpecialType != SpecialType.System_Object; x = x.BaseType)
        {
            switch (x.Name)
            {
                case "KeyedHashAlgorithm" or "HashAlgorithm" when InNamespace(x, SysCrypto): return Expect.Hash;
                case "SymmetricAlgorithm" when InNamespace(x, SysCrypto): return Expect.Cipher;
                case "AsymmetricAlgorithm" when InNamespace(x, SysCrypto): return Expect.PublicKey;
            }
            // A library's own cipher hierarchy (SSH.NET: DesCipher : BlockCipher : SymmetricCipher : Cipher): a base class of
            // the user's code named as a cipher or digest abstraction counts like the platform's (the nearest such base).
            if (own == Expect.None && x.Locations.Any(l => l.IsInSource))
            {
                if (x.Name is "BlockCipher" or "StreamCipher" or "SymmetricCipher" or "Cipher") { own = Expect.Cipher; }
                else if (x.Name is "HashAlgorithm" or "Digest" or "HashFunction") { own = Expect.Hash; }
            }
        }
        var interfaces = t.AllInterfaces;
        if (interfaces.Length > 0)
        {
            bool Has(string name, string[] ns) => interfaces.Any(i => i.Name == name && InNamespace(i, ns));
            if (Has("IBlockCipher", BcCrypto) || Has("IStreamCipher", BcCrypto)) { return Expect.Cipher; }
            if (Has("IMac", BcCrypto)) { return Expect.Mac; }
            if (Has("IDigest", BcCrypto)) { return Expect.Hash; }
            if (Has("ICryptoTransform", SysCrypto)) { return Expect.CipherOrHash; }
        }
        return own;
    }

    private static readonly string[] SysCrypto = { "System", "Security", "Cryptography" };
    private static readonly string[] BcCrypto = { "Org", "BouncyCastle", "Crypto" };

    /// <summary>True when the symbol's namespace is exactly <paramref name="names"/> (outermost first).</summary>
    private static bool InNamespace(ISymbol s, string[] names)
    {
        var ns = s.ContainingNamespace;
        for (var i = names.Length - 1; i >= 0; i--, ns = ns.ContainingNamespace)
        {
            if (ns == null || ns.IsGlobalNamespace || ns.Name != names[i]) { return false; }
        }
        return ns != null && ns.IsGlobalNamespace;
    }

    /// <summary>The algorithm a type name stands for once implementation words are taken off, resolved exactly.</summary>
    internal static CryptoAsset? FromName(string typeName)
    {
        var words = Words(typeName);
        while (words.Count > 1 && LeadingNoise.Contains(words[0])) { words.RemoveAt(0); }
        while (words.Count > 0 && TrailingNoise.Contains(words[words.Count - 1])) { words.RemoveAt(words.Count - 1); }
        if (words.Count == 0) { return null; }
        var core = string.Concat(words);
        // One or two letters (Xo, A) are never an algorithm name worth a finding.
        if (core.Length < 3) { return null; }
        var r = NameResolver.Resolve(core).Resolved;
        if (r == null || !AcceptedNamespaces.Contains(r.Namespace)) { return null; }
        var a = r.Asset;
        var kind = Algorithms.Get(a.Algorithm)?.Kind;
        if (a.TlsKind != TlsItemKind.None || a.Components != null || kind is null or AlgorithmKind.Null or AlgorithmKind.RandomGenerator or AlgorithmKind.KeyDerivation or AlgorithmKind.PasswordHash)
        {
            return null;
        }
        return a;
    }

    /// <summary>Splits an identifier into words at case changes and underscores, keeping digit runs with the word before
    /// (TripleDesCipher → Triple, Des, Cipher; RC4Engine → RC4, Engine; Md4Digest → Md4, Digest; SHA1Managed → SHA1, Managed).</summary>
    internal static List<string> Words(string name)
    {
        var tick = name.IndexOf('`');
        if (tick >= 0) { name = name.Substring(0, tick); }
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            var boundary = i == name.Length || name[i] == '_'
                || (char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
                || (char.IsUpper(name[i]) && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]));
            if (!boundary) { continue; }
            var w = name.Substring(start, i - start).Trim('_');
            if (w.Length > 0) { words.Add(w); }
            start = i;
        }
        return words;
    }
}
