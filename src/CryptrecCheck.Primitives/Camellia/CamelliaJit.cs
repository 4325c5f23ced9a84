using System.Runtime.CompilerServices;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>
/// How every method on Camellia's data path is compiled. The reason is a measured failure (docs/camellia.md, "Why one
/// path was 40–70× slower"): the bulk methods used to be <c>AggressiveOptimization</c> only, so when their caller
/// (the path switch) was re-jitted at tier 1 the JIT inlined one of them into it, ran out of its inlining budget there,
/// and left the round helpers (F, FL, the S-boxes, even the vector XOR) as real calls to methods that start as
/// unoptimised tier-0 code. Whether and when tiering promoted them depended on timing, so one path per process ran
/// 40–70× slower, sometimes for the whole process.
/// </summary>
internal static class CamelliaJit
{
    /// <summary>Entry points of a batch (bulk loops, round-sliced F-functions, the byte-sliced lanes' S-box wrappers, GHASH
    /// loops): never inlined into a caller, so their
    /// own compilation, with its own budget, decides what is inlined; compiled fully optimised at once.</summary>
    public const MethodImplOptions Root = MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization;

    /// <summary>Helpers meant to be inlined. If the JIT declines anyway (budget, local count), the out-of-line copy is
    /// still fully optimised at its first call instead of tier-0 code waiting for promotion.</summary>
    public const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization;
}
