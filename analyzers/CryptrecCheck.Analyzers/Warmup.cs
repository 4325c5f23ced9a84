using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using CryptrecCheck.Policy;
using CryptrecCheck.Policy.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CryptrecCheck.Analyzers;

/// <summary>
/// The package's one-time start-up work, begun on a pool thread when the analyzers are initialised instead of inside the
/// first callbacks. Building the policy tables (catalogue, name lexicon, TLS registry), the default settings and their
/// evaluator, the descriptors' resources, and compiling the <see cref="CryptrecCheck.Policy.Internal.HotPath"/> methods takes
/// 0.1–0.2 s of CPU once per process. Done in the first operation callbacks, it was paid by every analyzer thread
/// that reached it at the same moment (each waits for the same type initialiser or JIT), while the compiler was still
/// binding the files; begun at initialisation it overlaps the compiler's declaration work, and the callbacks find it done.
/// Nothing here depends on a compilation, and nothing it computes changes a result: every table and cache is the one the
/// callbacks would have built. Roslyn's per-analyzer accounting does not see this thread; docs/analyzer-validation.md gives
/// its CPU time beside that accounting.
/// </summary>
internal static class Warmup
{
    private static int _started;

    /// <summary>Starts the warm-up once per process (later calls return at once).</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0) { return; }
        try
        {
            ThreadPool.QueueUserWorkItem(_ => Run());
        }
        catch (Exception)
        {
            // No pool thread (a host that forbids them): the callbacks build everything on first use, as before.
        }
    }

    private static volatile bool _done;

    /// <summary>Set when <see cref="Run"/> has finished.</summary>
    internal static bool Done => _done;

    /// <summary>What stopped the last <see cref="Run"/> early (null: nothing); read by the tests, never reported.</summary>
    internal static Exception? Failure { get; private set; }

    /// <summary>How many <c>HotPath</c> methods the last <see cref="Run"/> had compiled.</summary>
    internal static int Prepared { get; private set; }

    /// <summary>The type names whose resolution and judgement touch every table the rules read.</summary>
    private static readonly string[] TypeNames =
    {
        "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "HMACSHA1", "HMACSHA256", "Rfc2898DeriveBytes", "RSA", "DSA", "ECDsa", "ECDiffieHellman",
        "Aes", "AesGcm", "TripleDES", "DES", "RC2", "Sha1Digest", "Sha256Digest", "DesEngine", "DesEdeEngine", "AesEngine", "CbcBlockCipher", "HMac",
    };

    /// <summary>Names in the forms the string and protocol rules resolve (transformations, TLS items, JOSE and SSH names).</summary>
    private static readonly string[] Names =
    {
        "DES/CBC/PKCS5Padding", "AES/GCM/NoPadding", "TLS 1.1", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", "RS256", "3des-cbc", "SHA-1",
    };

    internal static void Run()
    {
        try
        {
            var settings = AnalyzerSettings.For(EmptyOptions.Instance);
            var report = new Action<Diagnostic>(_ => { });
            foreach (var name in TypeNames) { Judge(settings, NameResolver.ResolveTypeName(name), report); }
            foreach (var name in Names) { Judge(settings, NameResolver.Resolve(name).Resolved?.Asset, report); }
            _ = Descriptors.Inventory.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Prepared = PrepareHotPaths();
            Failure = null;
        }
        catch (Exception e)
        {
            // A warm-up failure changes nothing: the callbacks build what they need, and report their own failures.
            Failure = e;
        }
        finally
        {
            _done = true;
        }
    }

    private static void Judge(AnalyzerSettings settings, CryptoAsset? asset, Action<Diagnostic> report)
    {
        if (asset == null) { return; }
        _ = Detector.Wanted(settings, asset);
        Detector.Found(report, settings, asset, Location.None, asset.Algorithm);
    }

    /// <summary>Compiles the methods marked <c>HotPath</c> (optimised at first call, so not in a precompiled image).</summary>
    private static int PrepareHotPaths()
    {
        var prepared = 0;
        const MethodImplAttributes aggressiveOptimization = (MethodImplAttributes)512;
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(Warmup).Assembly.GetTypes())
        {
            if (type.ContainsGenericParameters) { continue; }
            foreach (var method in type.GetMethods(all))
            {
                if ((method.GetMethodImplementationFlags() & aggressiveOptimization) == 0 || method.IsAbstract || method.ContainsGenericParameters) { continue; }
                try
                {
                    RuntimeHelpers.PrepareMethod(method.MethodHandle);
                    prepared++;
                }
                catch (Exception)
                {
                    // Left to its first call.
                }
            }
        }
        return prepared;
    }

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public static readonly EmptyOptions Instance = new();

        public override bool TryGetValue(string key, out string value)
        {
            value = string.Empty;
            return false;
        }
    }
}
