using System.Runtime.CompilerServices;

namespace CryptrecCheck.Policy.Internal;

/// <summary>
/// <c>[MethodImpl(HotPath.Options)]</c> marks the few methods the analyzers run for every operation of a compilation (the
/// callbacks' first checks, the caches they probe): the runtime compiles them optimised at their first call instead of
/// running them as unoptimised, then instrumented, code until tiered compilation promotes them. The compiler runs as a fresh
/// process in many builds (and always with UseSharedCompilation=false), and there the promotion comes late: the package
/// spent several times more in a cold process than in a warm one on the same 2,000 files (docs/analyzer-validation.md).
/// 512 is MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name. A runtime that does not know the bit
/// is expected to ignore it (dotnet/standard#1758; not verified here on .NET Framework, whose JIT has no tiers and
/// optimises every method anyway).
/// </summary>
internal static class HotPath
{
    public const MethodImplOptions Options = (MethodImplOptions)512;
}
