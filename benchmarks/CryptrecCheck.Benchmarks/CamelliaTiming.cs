using System.Diagnostics;
using System.Runtime.Intrinsics;
using System.Globalization;
using CryptrecCheck.Primitives;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// dudect-style timing-leak check (Reparaz, Balasch, Verbauwhede 2017) for each Camellia path: measurements of one
/// operation with class 0 = a fixed input and class 1 = fresh random inputs, classes interleaved at random, then
/// Welch's t statistic over all measurements and over the fastest p% (cropping away interrupts). |t| &gt; 4.5 is the
/// usual sign of a leak. Two experiments per path: fixed vs random plaintext under one key (1 KiB batch encryption),
/// and fixed vs random key (key schedule + one block).
/// Usage: <c>-- camellia-timing [measurements per experiment] [path] [--fixed-random | --null]</c>. <c>--null</c> is the
/// A/A control: both classes get fresh random inputs, so any |t| it shows is the measurement's own (load, frequency
/// changes, cropping), not the data's. Not a unit test: wall-clock results are recorded in docs/camellia.md, never
/// asserted.
/// </summary>
internal static class CamelliaTiming
{
    public static int Run(string[] args)
    {
        var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        // Optional: one path only, and class 0 = a fixed random input instead of all zeros (separates data-dependent
        // timing from effects of an all-zero input such as power-dependent clock changes).
        var pathArg = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        CamelliaPath? only = pathArg is null ? null : Enum.Parse<CamelliaPath>(pathArg);
        s_fixedRandom = args.Contains("--fixed-random");
        s_null = args.Contains("--null");
        var rng = new Random(20261202);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Camellia timing check: {n} measurements per experiment; |t| > 4.5 suggests a leak"));
        if (only is not null || s_fixedRandom || s_null)
        {
            var class0 = s_null ? "fresh random inputs, like class 1 (A/A control: no difference exists)" : s_fixedRandom ? "one fixed random input" : "all zeros";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# path: {only?.ToString() ?? "all"}; class 0 = {class0}"));
        }
        Console.WriteLine("| path | experiment | t (all) | t (fastest 50%) | t (fastest 90%) | mean ticks class0/class1 |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        if (!s_fixedRandom && !s_null) { Control(n, rng); } // the control leaks against an all-zero class 0 only
        foreach (var path in Enum.GetValues<CamelliaPath>())
        {
            if (only is not null && path != only) { continue; }
            if (!CamelliaPaths.IsSupported(path)) { Console.WriteLine($"| {path} | not supported on this CPU | | | | |"); continue; }
            Plaintexts(path, n, rng, 1024);
            if (path == CamelliaPath.Portable)
            {
                // With the round-sliced default (Camellia.DefaultRoundSlicedMaxBlocks = 256) these run 16-block round-sliced
                // batches; they ran the byte-sliced Vector256/Vector128 batches before.
                Plaintexts(path, n / 4, rng, 4096);
                Plaintexts(path, n / 2, rng, 2048);
                Plaintexts(path, n, rng, 64);       // 4 blocks: one round-sliced batch on 64-bit planes
                Plaintexts(path, n, rng, 256);      // 16 blocks: one round-sliced batch on 128-bit planes
                PortableGhash(n, rng, 64);          // GCM, J0 and the counter blocks in one round-sliced batch
                PortableGhash(n, rng, 1024);
            }
            Keys(path, n / 4, rng);
            if (path == CamelliaPath.Gfni512) { Platform(n, rng); PlatformShuffles(n, rng); }
        }
        return 0;
    }

    /// <summary>
    /// Platform control for the 512-bit path: the same kind and amount of work as a 1 KiB Gfni512 batch (affine
    /// transforms and their inverse, XOR, over sixteen 64-byte vectors, 24 rounds) with no key, no table and nothing
    /// data-dependent in the code or the ISA's definition of the instructions. A fixed-vs-random |t| here is the machine's
    /// (data-dependent power or switching activity), not Camellia's.
    /// </summary>
    private static void Platform(int n, Random rng)
    {
        if (!System.Runtime.Intrinsics.X86.Gfni.V512.IsSupported) { return; }
        var output = new byte[1024];
        Measure(n, rng, 1024, input => AffineRounds(input.Span, output), "platform",
            "512-bit GF2P8AFFINE/INV with s1's matrices + XOR rounds, no Camellia structure: fixed vs random data (1 KiB)");
    }

    /// <summary>Second platform control: the rest of a 512-bit Camellia round's instruction mix — byte permutes with constant
    /// indices, AND/OR/XOR (ternary logic), 32-bit rotations — over sixteen chains, no GFNI.</summary>
    private static void PlatformShuffles(int n, Random rng)
    {
        if (!Vector512.IsHardwareAccelerated) { return; }
        var output = new byte[1024];
        Measure(n, rng, 1024, input => ShuffleRounds(input.Span, output), "platform",
            "512-bit byte permutes + AND/OR/XOR + rotations, no GFNI, no Camellia: fixed vs random data (1 KiB)");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void ShuffleRounds(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        var idx = Vector512.Create((byte)5, 0, 7, 2, 1, 4, 3, 6, 13, 8, 15, 10, 9, 12, 11, 14, 21, 16, 23, 18, 17, 20, 19, 22, 29, 24, 31, 26, 25, 28, 27, 30,
            37, 32, 39, 34, 33, 36, 35, 38, 45, 40, 47, 42, 41, 44, 43, 46, 53, 48, 55, 50, 49, 52, 51, 54, 61, 56, 63, 58, 57, 60, 59, 62);
        var mask = Vector512.Create(0x5555AAAA33CC0FF0UL).AsByte();
        Span<Vector512<byte>> v = stackalloc Vector512<byte>[16];
        for (var i = 0; i < 16; i++) { v[i] = Vector512.Create(src.Slice(i * 64, 64)); }
        for (var r = 0; r < 24; r++)
        {
            for (var i = 0; i < 16; i++)
            {
                var p = Vector512.Shuffle(v[i], idx);
                var t = (p & mask) | (v[(i + 1) & 15] ^ p);
                var u = t.AsUInt32();
                v[i] = (Vector512.ShiftLeft(u, 1) | Vector512.ShiftRightLogical(u, 31)).AsByte() ^ v[i];
            }
        }
        for (var i = 0; i < 16; i++) { v[i].CopyTo(dst.Slice(i * 64, 64)); }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AffineRounds(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        // All sixteen vectors advance together each round (sixteen independent chains), so the work is throughput-bound
        // like a Camellia batch, not latency-bound on one chain: the same power intensity, as far as the code decides it.
        // Camellia's own S-box matrices (s1: input map, inversion, output map), not the identity: whatever the affine unit
        // does with its operands, it does the same here.
        var mIn = Vector512.Create(CryptrecCheck.Primitives.CamelliaImpl.CamelliaVectorTables.GfniIn123).AsByte();
        var mOut = Vector512.Create(CryptrecCheck.Primitives.CamelliaImpl.CamelliaVectorTables.GfniOut14).AsByte();
        Span<Vector512<byte>> v = stackalloc Vector512<byte>[16];
        for (var i = 0; i < 16; i++) { v[i] = Vector512.Create(src.Slice(i * 64, 64)); }
        for (var r = 0; r < 24; r++)
        {
            for (var i = 0; i < 16; i++)
            {
                var a = System.Runtime.Intrinsics.X86.Gfni.V512.GaloisFieldAffineTransform(v[i], mIn, 0x08);
                v[i] = System.Runtime.Intrinsics.X86.Gfni.V512.GaloisFieldAffineTransformInverse(a, mOut, 0x6E) ^ v[(i + 1) & 15];
            }
        }
        for (var i = 0; i < 16; i++) { v[i].CopyTo(dst.Slice(i * 64, 64)); }
    }

    private const int Chunk = 1000;

    private static bool s_fixedRandom;

    private static bool s_null;

    /// <summary>Inputs for a chunk of measurements are prepared before any of them is timed, so both classes run exactly
    /// the same measured code on memory prepared the same way (preparing class 1 inside the loop biases the result).</summary>
    private static void Measure(int n, Random rng, int inputBytes, Action<ReadOnlyMemory<byte>> operation, string path, string experiment)
    {
        var fixedInput = new byte[inputBytes];
        if (s_fixedRandom) { rng.NextBytes(fixedInput); }
        var inputs = new byte[Chunk * inputBytes];
        var chunkClasses = new byte[Chunk];
        var classes = new byte[n];
        var times = new long[n];
        for (var start = 0; start < n; start += Chunk)
        {
            var count = Math.Min(Chunk, n - start);
            for (var i = 0; i < count; i++)
            {
                chunkClasses[i] = (byte)rng.Next(2);
                var slot = inputs.AsSpan(i * inputBytes, inputBytes);
                if (chunkClasses[i] == 0 && !s_null) { fixedInput.CopyTo(slot); } else { rng.NextBytes(slot); }
            }
            for (var i = 0; i < count; i++)
            {
                var input = inputs.AsMemory(i * inputBytes, inputBytes);
                var t0 = Stopwatch.GetTimestamp();
                operation(input);
                times[start + i] = Stopwatch.GetTimestamp() - t0;
                classes[start + i] = chunkClasses[i];
            }
        }
        Report(path, experiment, classes, times);
    }

    private static void Plaintexts(CamelliaPath path, int n, Random rng, int bytes)
    {
        var key = new byte[16];
        rng.NextBytes(key);
        using var c = new Camellia(key) { Path = path };
        var output = new byte[bytes];
        Measure(n, rng, bytes, input => c.Blocks(input.Span, output, decrypt: false), path.ToString(),
            $"fixed vs random plaintext ({Size(bytes)})");
    }

    /// <summary>GCM encryption on the portable path with the portable (integer-multiplication) GHASH: a fixed plaintext
    /// gives a fixed ciphertext to hash, a random one a random ciphertext.</summary>
    private static string Size(int bytes) => bytes >= 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} B");

    private static void PortableGhash(int n, Random rng, int bytes)
    {
        var key = new byte[16];
        rng.NextBytes(key);
        using var gcm = new CamelliaGcm(key, 16) { Path = CamelliaPath.Portable, UseClmul = false };
        var nonce = new byte[12];
        var output = new byte[bytes];
        var tag = new byte[16];
        Measure(n, rng, bytes, input => gcm.Encrypt(nonce, input.Span, output, tag), "Portable", $"GCM, portable GHASH: fixed vs random plaintext ({Size(bytes)})");
    }

    private static void Keys(CamelliaPath path, int n, Random rng)
    {
        var block = new byte[16];
        Measure(n, rng, 16, key =>
        {
            using var c = new Camellia(key.Span) { Path = path };
            c.EncryptBlock(block, block);
        }, path.ToString(), "fixed vs random key (schedule + 1 block)");
    }

    /// <summary>Positive control: an early-exit comparison against the fixed (all-zero) input leaks by construction, so
    /// the harness must report a large |t| for it on this machine.</summary>
    private static void Control(int n, Random rng)
    {
        var sink = 0;
        Measure(n, rng, 1024, input =>
        {
            var s = input.Span;
            var i = 0;
            while (i < s.Length && s[i] == 0) { i++; }
            sink += i;
        }, "control", "early-exit compare with zeros (leaks by design)");
        GC.KeepAlive(sink);
    }

    private static void Report(string path, string experiment, byte[] classes, long[] times)
    {
        var sorted = (long[])times.Clone();
        Array.Sort(sorted);
        var t50 = Welch(classes, times, sorted[sorted.Length / 2]);
        var t90 = Welch(classes, times, sorted[(sorted.Length * 9) / 10]);
        var all = Welch(classes, times, long.MaxValue);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {path} | {(s_null ? "A/A control: " : string.Empty)}{experiment} | {all.T:F2} | {t50.T:F2} | {t90.T:F2} | {all.Mean0:F1} / {all.Mean1:F1} |"));
    }

    private static (double T, double Mean0, double Mean1) Welch(byte[] classes, long[] times, long cutoff)
    {
        double n0 = 0, n1 = 0, m0 = 0, m1 = 0, s0 = 0, s1 = 0;
        for (var i = 0; i < times.Length; i++)
        {
            if (times[i] > cutoff) { continue; }
            double x = times[i];
            if (classes[i] == 0) { n0++; var d = x - m0; m0 += d / n0; s0 += d * (x - m0); }
            else { n1++; var d = x - m1; m1 += d / n1; s1 += d * (x - m1); }
        }
        var v0 = s0 / (n0 - 1);
        var v1 = s1 / (n1 - 1);
        return ((m0 - m1) / Math.Sqrt((v0 / n0) + (v1 / n1)), m0, m1);
    }
}
