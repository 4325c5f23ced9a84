using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Internal;
using CryptrecCheck.Policy.Naming;
using Microsoft.CodeAnalysis;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// The symbols the rules look for, resolved once per compilation and shared by every analyzer of the package.
/// Types of System.Security.Cryptography and BouncyCastle map to assets through the same name resolution the CLI uses
/// (SHA1Managed → SHA-1, DesEdeEngine → Triple DES, CbcBlockCipher → CBC), cached per type.
/// </summary>
internal sealed class CryptoApi
{
    private static readonly ConditionalWeakTable<Compilation, CryptoApi> Cache = new();
    private readonly ConcurrentDictionary<INamedTypeSymbol, CryptoAsset?> _assets = new(SymbolEqualityComparer.Default);
    /// <summary>The settings of each file with the compilation's policy file (<see cref="AnalyzerSettings.For(SyntaxTree, Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions, CryptoApi)"/>):
    /// per compilation (this object lives as long as its compilation) and per tree, since .editorconfig sections differ by file.
    /// A field rather than a weak table keyed by this object: it is read at every use, and the table's lookup took a lock.
    /// The same dictionary as <see cref="AnalyzerSettings.TreeCache"/>, which needs no symbol of the compilation.</summary>
    internal ConcurrentDictionary<SyntaxTree, AnalyzerSettings> TreeSettings { get; }

    /// <summary>Hand-written construction shapes per type declaration (<see cref="HandWrittenConstructions"/>).</summary>
    internal ConcurrentDictionary<SyntaxNode, HandWrittenConstructions.Shape> Shapes { get; } = new();

    /// <summary>The namespace gates' answers per type, by reference: asked by several analyzers about the containing type of
    /// every call and creation of the compilation, nearly always about the same few types (Enumerable, String, …). Direct-mapped,
    /// lock-free: an entry is an immutable object written whole, so a racing write loses an answer, never corrupts one. Ninth
    /// pass of docs/analyzer-validation.md: the package's share of the 2,000-file build fell from 2.31 % to 1.73 % (medians, 32
    /// interleaved builds each).</summary>
    private readonly GateEntry?[] _gates = new GateEntry?[GateSlots];
    private const int GateSlots = 1024;

    private sealed class GateEntry(ITypeSymbol type, byte flags)
    {
        public readonly ITypeSymbol Type = type;
        public readonly byte Flags = flags;
    }

    [MethodImpl(HotPath.Options)]
    private byte Gate(INamedTypeSymbol t)
    {
        var i = RuntimeHelpers.GetHashCode(t) & (GateSlots - 1);
        var e = Volatile.Read(ref _gates[i]);
        if (e != null && ReferenceEquals(e.Type, t)) { return e.Flags; }
        var flags = (byte)((IsDotNetCrypto(t) ? 1 : 0) | (IsBouncyCastle(t) ? 2 : 0));
        Volatile.Write(ref _gates[i], new GateEntry(t, flags));
        return flags;
    }

    /// <summary>True for types of .NET's or BouncyCastle's cryptography: the first check of the callbacks whose rules are about
    /// those libraries' APIs. Their bodies, which run for those types alone, are left to tiered compilation: compiled
    /// optimised at first call, as this gate is, the large ones cost more JIT time than they save (analyzer-first-use).</summary>
    [MethodImpl(HotPath.Options)]
    internal bool IsCryptoTypeCached(ITypeSymbol? t) => t is INamedTypeSymbol n && Gate(n) != 0;

    [MethodImpl(HotPath.Options)]
    internal bool IsDotNetCryptoCached(INamedTypeSymbol? t) => t != null && (Gate(t) & 1) != 0;

    [MethodImpl(HotPath.Options)]
    internal bool IsBouncyCastleCached(INamedTypeSymbol? t) => t != null && (Gate(t) & 2) != 0;

    private CryptoApi(Compilation c)
    {
        TreeSettings = AnalyzerSettings.TreeCache(c);
        INamedTypeSymbol? T(string name) => c.GetTypeByMetadataName(name);
        HashAlgorithmName = T("System.Security.Cryptography.HashAlgorithmName");
        RsaEncryptionPadding = T("System.Security.Cryptography.RSAEncryptionPadding");
        SymmetricAlgorithm = T("System.Security.Cryptography.SymmetricAlgorithm");
        AsymmetricAlgorithm = T("System.Security.Cryptography.AsymmetricAlgorithm");
        Rsa = T("System.Security.Cryptography.RSA");
        Dsa = T("System.Security.Cryptography.DSA");
        RsaCsp = T("System.Security.Cryptography.RSACryptoServiceProvider");
        DsaCsp = T("System.Security.Cryptography.DSACryptoServiceProvider");
        TripleDes = T("System.Security.Cryptography.TripleDES");
        Rijndael = T("System.Security.Cryptography.Rijndael");
        AesGcm = T("System.Security.Cryptography.AesGcm");
        EcCurve = T("System.Security.Cryptography.ECCurve");
        MlKemAlgorithm = T("System.Security.Cryptography.MLKemAlgorithm");
        Rfc2898 = T("System.Security.Cryptography.Rfc2898DeriveBytes");
        Hkdf = T("System.Security.Cryptography.HKDF");
        IncrementalHash = T("System.Security.Cryptography.IncrementalHash");
        CryptoConfig = T("System.Security.Cryptography.CryptoConfig");
        SslProtocols = T("System.Security.Authentication.SslProtocols");
        SecurityProtocolType = T("System.Net.SecurityProtocolType");
        TlsCipherSuite = T("System.Net.Security.TlsCipherSuite");
        CipherSuitesPolicy = T("System.Net.Security.CipherSuitesPolicy");
        BcDigest = T("Org.BouncyCastle.Crypto.IDigest");
        BcBlockCipher = T("Org.BouncyCastle.Crypto.IBlockCipher");
        BcAsymmetricBlockCipher = T("Org.BouncyCastle.Crypto.IAsymmetricBlockCipher");
        HasDotNetCrypto = HashAlgorithmName != null || SymmetricAlgorithm != null;
        HasBouncyCastle = BcDigest != null || BcBlockCipher != null || T("Org.BouncyCastle.Security.CipherUtilities") != null;
        HasTls = SslProtocols != null || SecurityProtocolType != null;
    }

    public static CryptoApi Get(Compilation c) => Cache.GetValue(c, x => new CryptoApi(x));

    /// <summary>The symbols of a compilation, looked up at the first use rather than at compilation start. The first
    /// <c>GetTypeByMetadataName</c> of a compilation waits for the compiler to bind its references and merge the declarations
    /// of every file; at compilation start that work has not been done yet, and whoever asks first is charged for it. By the
    /// first operation callback the compiler has done it for its own sake.</summary>
    public static System.Lazy<CryptoApi> Deferred(Compilation c) => new(() => Get(c), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the compilation references .NET's or BouncyCastle's cryptography.</summary>
    public bool HasCrypto => HasDotNetCrypto || HasBouncyCastle;

    public INamedTypeSymbol? HashAlgorithmName { get; }
    public INamedTypeSymbol? RsaEncryptionPadding { get; }
    public INamedTypeSymbol? SymmetricAlgorithm { get; }
    public INamedTypeSymbol? AsymmetricAlgorithm { get; }
    public INamedTypeSymbol? Rsa { get; }
    public INamedTypeSymbol? Dsa { get; }
    public INamedTypeSymbol? RsaCsp { get; }
    public INamedTypeSymbol? DsaCsp { get; }
    public INamedTypeSymbol? TripleDes { get; }
    public INamedTypeSymbol? Rijndael { get; }
    public INamedTypeSymbol? AesGcm { get; }
    public INamedTypeSymbol? EcCurve { get; }
    public INamedTypeSymbol? MlKemAlgorithm { get; }
    public INamedTypeSymbol? Rfc2898 { get; }
    public INamedTypeSymbol? Hkdf { get; }
    public INamedTypeSymbol? IncrementalHash { get; }
    public INamedTypeSymbol? CryptoConfig { get; }
    public INamedTypeSymbol? SslProtocols { get; }
    public INamedTypeSymbol? SecurityProtocolType { get; }
    public INamedTypeSymbol? TlsCipherSuite { get; }
    public INamedTypeSymbol? CipherSuitesPolicy { get; }
    public INamedTypeSymbol? BcDigest { get; }
    public INamedTypeSymbol? BcBlockCipher { get; }
    public INamedTypeSymbol? BcAsymmetricBlockCipher { get; }

    public bool HasDotNetCrypto { get; }
    public bool HasBouncyCastle { get; }
    public bool HasTls { get; }

    public bool HasAnything => HasDotNetCrypto || HasBouncyCastle || HasTls;

    /// <summary>True for types in System.Security.Cryptography (or nested namespaces of it).</summary>
    [MethodImpl(HotPath.Options)]
    public static bool IsDotNetCrypto(INamedTypeSymbol? t)
    {
        for (var ns = t?.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "Cryptography" && ns.ContainingNamespace is { Name: "Security" } s && s.ContainingNamespace is { Name: "System" } sys && sys.ContainingNamespace.IsGlobalNamespace)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for types under Org.BouncyCastle.</summary>
    [MethodImpl(HotPath.Options)]
    public static bool IsBouncyCastle(INamedTypeSymbol? t)
    {
        for (var ns = t?.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "BouncyCastle" && ns.ContainingNamespace is { Name: "Org" } org && org.ContainingNamespace.IsGlobalNamespace) { return true; }
        }
        return false;
    }

    /// <summary>True when <paramref name="t"/> is <paramref name="expected"/> (nullability aside). Asked for nearly every
    /// argument and assignment of a compilation, and nearly always false: the name decides that before the comparer runs.</summary>
    [MethodImpl(HotPath.Options)]
    public static bool Is(ITypeSymbol? t, INamedTypeSymbol? expected)
    {
        if (expected == null || t == null) { return false; }
        if (ReferenceEquals(t, expected)) { return true; }
        return string.Equals(t.Name, expected.Name, System.StringComparison.Ordinal) && SymbolEqualityComparer.Default.Equals(t, expected);
    }

    [MethodImpl(HotPath.Options)]
    public static bool DerivesFrom(ITypeSymbol? t, INamedTypeSymbol? baseType)
    {
        if (baseType == null) { return false; }
        for (var x = t; x != null; x = x.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(x, baseType)) { return true; }
        }
        return false;
    }

    public static bool Implements(ITypeSymbol? t, INamedTypeSymbol? iface) =>
        iface != null && t != null && (SymbolEqualityComparer.Default.Equals(t, iface) || t.AllInterfaces.Contains(iface, SymbolEqualityComparer.Default));

    /// <summary>The asset a .NET or BouncyCastle type stands for, or null (e.g. BufferedBlockCipher, KeyParameter).
    /// Random generators are never reported: they are not a list category and nothing in the list replaces them.</summary>
    [MethodImpl(HotPath.Options)]
    public CryptoAsset? AssetOf(INamedTypeSymbol type)
    {
        var gate = Gate(type);
        if (gate == 0) { return null; }
        // Parameter and helper classes (LmsParameters, SlhDsaKeyGenerationParameters, …) accompany an algorithm object that
        // is judged itself; judging them too would report one use several times.
        if ((gate & 2) != 0 && (type.Name.EndsWith("Parameters", System.StringComparison.Ordinal) || type.Name.EndsWith("Parameter", System.StringComparison.Ordinal)
            || type.Name.EndsWith("Utilities", System.StringComparison.Ordinal) || type.Name.EndsWith("Spec", System.StringComparison.Ordinal)))
        {
            return null;
        }
        return _assets.GetOrAdd(type, t =>
        {
            var a = NameResolver.ResolveTypeName(t.Name);
            if (a == null || a.TlsKind != TlsItemKind.None) { return null; }
            var kind = Algorithms.Get(a.Algorithm)?.Kind;
            return kind == AlgorithmKind.RandomGenerator ? null : a;
        });
    }
}
