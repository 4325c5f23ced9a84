using System.Diagnostics;
using System.Globalization;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// Throughput of the <see cref="CamelliaBenchmarks"/> operations measured for a machine that other jobs load heavily:
/// every repetition times each implementation once, in turn (so load changes hit all of them alike), and the report
/// gives the minimum and the median time per call over the repetitions. The minimum is the run that no other process
/// interrupted — the closest to the cost of the code; BenchmarkDotNet's mean, which includes preemptions, is in the
/// recorded BenchmarkDotNet tables beside it. Usage: <c>-- camellia-speed [repetitions]</c>.
/// </summary>
internal static class CamelliaSpeed
{
    private const int WarmupMilliseconds = 300;

    public static int Run(string[] args)
    {
        var reps = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Camellia speed: {reps} interleaved repetitions per size after {WarmupMilliseconds} ms of warm-up per operation; minimum and median per call"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, default path {CryptrecCheck.Primitives.CamelliaPaths.Best}, load average at start: {LoadAverage()}"));
        Console.WriteLine("| Operation | Size | min µs | median µs | MB/s (min) | MB/s (median) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var size in new[] { 64, 1024, 16384 })
        {
            var b = new CamelliaBenchmarks { Size = size };
            b.Setup();
            var ops = new (string Name, Func<int> Op)[]
            {
                ("Camellia-128-CTR BC", b.CtrBc), ("Camellia-128-CTR (best path)", b.CtrBest), ("Camellia-128-CTR (portable)", b.CtrPortable),
                ("Camellia-128-CBC-decrypt BC", b.CbcDecryptBc), ("Camellia-128-CBC-decrypt (best path)", b.CbcDecryptBest), ("Camellia-128-CBC-decrypt (portable)", b.CbcDecryptPortable),
                ("Camellia-128-GCM BC", b.GcmBc), ("Camellia-128-GCM (best path)", b.GcmBest), ("Camellia-128-GCM (portable)", b.GcmPortable),
                ("AES-128-GCM .NET", b.AesGcmNet), ("AES-128-CTR .NET (ECB over counters)", b.AesCtrNet),
            };
            // CTR on every supported path, to see what the run-time choice gives up or gains.
            var key = new byte[16];
            var iv = new byte[16];
            var input = new byte[size];
            var output = new byte[size];
            foreach (var path in Enum.GetValues<CryptrecCheck.Primitives.CamelliaPath>())
            {
                if (!CryptrecCheck.Primitives.CamelliaPaths.IsSupported(path)) { continue; }
                var c = new CryptrecCheck.Primitives.Camellia(key) { Path = path };
                ops = [.. ops, ($"Camellia-128-CTR path {path}", () => { c.TransformCtr(iv, input, output); return size; })];
            }
            var inner = Math.Max(1, 16384 / size);
            var samples = new double[ops.Length][];
            // Warm-up long enough for tiered compilation to promote what each operation calls (call counting starts
            // 100 ms after start-up; promotion happens on a background thread): with a few calls only, BouncyCastle's
            // methods were still tier-0 or instrumented code in many measurements, which made it look 2–3× slower
            // than it is (docs/camellia.md, "Short messages on the portable path"). This repository's data path is
            // AggressiveOptimization and does not need it.
            for (var k = 0; k < ops.Length; k++)
            {
                samples[k] = new double[reps];
                var warm = Stopwatch.StartNew();
                while (warm.ElapsedMilliseconds < WarmupMilliseconds) { for (var w = 0; w < inner; w++) { ops[k].Op(); } }
            }
            for (var r = 0; r < reps; r++)
            {
                for (var k = 0; k < ops.Length; k++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    for (var i = 0; i < inner; i++) { ops[k].Op(); }
                    samples[k][r] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds / inner;
                }
            }
            for (var k = 0; k < ops.Length; k++)
            {
                Array.Sort(samples[k]);
                var min = samples[k][0];
                var med = samples[k][reps / 2];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {ops[k].Name} | {size} | {min:F2} | {med:F2} | {size / min:F0} | {size / med:F0} |"));
            }
            b.Cleanup();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# load average at end: {LoadAverage()}"));
        return 0;
    }

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), to be recorded beside every figure.</summary>
    internal static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException) { return "n/a"; }
        catch (UnauthorizedAccessException) { return "n/a"; }
    }
}
