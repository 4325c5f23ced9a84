using System.Diagnostics;
using System.Globalization;
using CryptrecCheck.Primitives;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// How the portable Camellia path should split a message into batches: for each block count, the time of
/// <c>Camellia.Blocks</c> (the ECB core under CTR, CBC decryption and GCM) on the portable path with round-sliced batches
/// of 16 blocks (128-bit planes) and of 8 (64-bit planes) for the whole message, with 256/128-block bitsliced batches and
/// round-sliced batches for the rest, and the previous code (256/128/64-block batches, the one-block SWAR code for 1–2).
/// Interleaved repetitions, minimum per call (the run no other process interrupted). Usage: <c>-- camellia-split
/// [repetitions]</c>; the result sets <c>Camellia.DefaultRoundSlicedMaxBlocks</c> (docs/camellia.md).
/// </summary>
internal static class CamelliaSplit
{
    public static int Run(string[] args)
    {
        var reps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        var counts = new[] { 1, 2, 3, 4, 8, 9, 16, 17, 32, 48, 63, 64, 65, 96, 127, 128, 129, 160, 192, 224, 255, 256 };
        var key = new byte[16];
        new Random(15).NextBytes(key);
        using var on = new Camellia(key) { Path = CamelliaPath.Portable, RoundSlicedMaxBlocks = 100_000, RoundSlicedBlocks = 16 };
        using var on8 = new Camellia(key) { Path = CamelliaPath.Portable, RoundSlicedMaxBlocks = 100_000, RoundSlicedBlocks = 8 };
        using var off = new Camellia(key) { Path = CamelliaPath.Portable, RoundSlicedMaxBlocks = 0 };
        using var mixed = new Camellia(key) { Path = CamelliaPath.Portable, RoundSlicedMaxBlocks = 1, RoundSlicedBlocks = 16 };
        var input = new byte[256 * 16];
        new Random(16).NextBytes(input);
        var outOn = new byte[input.Length];
        var outOff = new byte[input.Length];
        var out8 = new byte[input.Length];
        var outMixed = new byte[input.Length];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Camellia portable split: {reps} interleaved repetitions, minimum µs per call of Blocks(); {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {CamelliaSpeed.LoadAverage()}"));
        Console.WriteLine("| blocks | round-sliced, 128-bit planes (16 blocks) µs | round-sliced, 64-bit planes (8 blocks) µs | 256/128-block batches, rest round-sliced (16) µs | previous: 256/128/64-block batches, SWAR for 1–2 µs | ratio previous / round-sliced 16 |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var n in counts)
        {
            var src = input.AsSpan(0, n * 16).ToArray();
            var inner = Math.Max(1, 256 / n);
            double bestOn = double.MaxValue, bestOff = double.MaxValue, best8 = double.MaxValue, bestMixed = double.MaxValue;
            for (var w = 0; w < 3; w++) { on.Blocks(src, outOn, decrypt: false); off.Blocks(src, outOff, decrypt: false); on8.Blocks(src, out8, decrypt: false); mixed.Blocks(src, outMixed, decrypt: false); }
            if (!outOn.AsSpan(0, src.Length).SequenceEqual(outOff.AsSpan(0, src.Length)) || !out8.AsSpan(0, src.Length).SequenceEqual(outOff.AsSpan(0, src.Length))
                || !outMixed.AsSpan(0, src.Length).SequenceEqual(outOff.AsSpan(0, src.Length)))
            {
                throw new InvalidOperationException($"round-sliced and batch outputs differ at {n} blocks");
            }
            for (var r = 0; r < reps; r++)
            {
                var t0 = Stopwatch.GetTimestamp();
                for (var i = 0; i < inner; i++) { on.Blocks(src, outOn, decrypt: false); }
                bestOn = Math.Min(bestOn, Stopwatch.GetElapsedTime(t0).TotalMicroseconds / inner);
                t0 = Stopwatch.GetTimestamp();
                for (var i = 0; i < inner; i++) { off.Blocks(src, outOff, decrypt: false); }
                bestOff = Math.Min(bestOff, Stopwatch.GetElapsedTime(t0).TotalMicroseconds / inner);
                t0 = Stopwatch.GetTimestamp();
                for (var i = 0; i < inner; i++) { on8.Blocks(src, out8, decrypt: false); }
                best8 = Math.Min(best8, Stopwatch.GetElapsedTime(t0).TotalMicroseconds / inner);
                t0 = Stopwatch.GetTimestamp();
                for (var i = 0; i < inner; i++) { mixed.Blocks(src, outMixed, decrypt: false); }
                bestMixed = Math.Min(bestMixed, Stopwatch.GetElapsedTime(t0).TotalMicroseconds / inner);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {n} | {bestOn:F2} | {best8:F2} | {bestMixed:F2} | {bestOff:F2} | {bestOff / bestOn:F2} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# load average at end: {CamelliaSpeed.LoadAverage()}"));
        return 0;
    }
}
