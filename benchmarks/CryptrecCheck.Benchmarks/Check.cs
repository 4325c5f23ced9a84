namespace CryptrecCheck.Benchmarks;

/// <summary>Known-answer checks run in GlobalSetup, so that a benchmark that computes the wrong thing fails instead of
/// reporting a number.</summary>
internal static class Check
{
    internal static void Equal(string expectedHex, ReadOnlySpan<byte> actual, string what)
    {
        var hex = Convert.ToHexString(actual);
        if (!string.Equals(hex, expectedHex, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{what}: known-answer check failed (got {hex}, expected {expectedHex}).");
        }
    }

    internal static void Same(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, string what)
    {
        if (!a.SequenceEqual(b)) { throw new InvalidOperationException($"{what}: the two implementations disagree."); }
    }

    internal static void True(bool ok, string what)
    {
        if (!ok) { throw new InvalidOperationException($"{what}: check failed."); }
    }

    /// <summary>Deterministic test data.</summary>
    internal static byte[] Bytes(int n, int seed)
    {
        var b = new byte[n];
        new Random(seed).NextBytes(b);
        return b;
    }
}
