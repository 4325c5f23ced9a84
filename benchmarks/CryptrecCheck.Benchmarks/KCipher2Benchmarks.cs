using BenchmarkDotNet.Attributes;
using CryptrecCheck.Primitives;

namespace CryptrecCheck.Benchmarks;

/// <summary>KCipher-2 throughput at 16 KiB and latency for 64-byte messages including key setup (issue 4 targets:
/// ≥ 450 MB/s at 16 KiB, key+IV setup ≤ 500 ns).</summary>
[MemoryDiagnoser]
public class KCipher2Benchmarks
{
    private readonly byte[] _key = Convert.FromHexString("A37B7D012F897076FE08C22D142BB2CF");
    private readonly byte[] _iv = Convert.FromHexString("33A6EE60E57927E08B45CC4CA30EDE4A");
    private byte[] _input = null!;
    private byte[] _output = null!;
    private KCipher2 _cipher = null!;

    [Params(64, 16384)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ks = new byte[16];
        new KCipher2(_key, _iv).GetKeystream(ks);
        if (Convert.ToHexString(ks) != "60E9A6B67B4C2524FE726D44AD5B402E") { throw new InvalidOperationException("KCipher-2 known answer failed"); }
        _input = new byte[Size];
        _output = new byte[Size];
        _cipher = new KCipher2(_key, _iv);
    }

    [Benchmark(Description = "KCipher-2 key+IV setup")]
    public KCipher2 Setup128() => new(_key, _iv);

    [Benchmark(Description = "KCipher-2 transform (stream continues)")]
    public void Transform() => _cipher.Transform(_input, _output);

    [Benchmark(Description = "KCipher-2 setup + transform (one message)")]
    public void SetupAndTransform() => new KCipher2(_key, _iv).Transform(_input, _output);
}
