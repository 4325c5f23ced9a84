using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;

namespace CryptrecCheck.Benchmarks;

/// <summary>Hash functions: the Table 1 hashes through .NET and BouncyCastle, with MD5 and SHA-1 as migration baselines.
/// 64 bytes measures per-message latency, 16 KiB throughput.</summary>
[MemoryDiagnoser]
public class HashBenchmarks
{
    private byte[] _data = null!;
    private readonly byte[] _out = new byte[64];
    private readonly Sha256Digest _bcSha256 = new();
    private readonly Sha384Digest _bcSha384 = new();
    private readonly Sha512Digest _bcSha512 = new();
    private readonly Sha512tDigest _bcSha512_256 = new(256);
    private readonly Sha3Digest _bcSha3_256 = new(256);
    private readonly Sha3Digest _bcSha3_384 = new(384);
    private readonly Sha3Digest _bcSha3_512 = new(512);
    private readonly ShakeDigest _bcShake128 = new(128);
    private readonly ShakeDigest _bcShake256 = new(256);
    private readonly Sha1Digest _bcSha1 = new();
    private readonly MD5Digest _bcMd5 = new();

    [Params(64, 16384)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = Check.Bytes(Size, 1);
        // FIPS 180-4 / 202 known answers for "abc", then the two implementations on the benchmark input.
        var abc = "abc"u8.ToArray();
        Check.Equal("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", SHA256.HashData(abc), "SHA-256");
        Check.Equal("3A985DA74FE225B2045C172D6BD390BD855F086E3E9D525B46BFE24511431532", SHA3_256.HashData(abc), "SHA3-256");
        Check.Equal("53048E2681941EF99B2E29B76B4C7DABE4C2D0C634FC6D46E0E2F13107E7AF23", Bc(new Sha512tDigest(256), abc), "SHA-512/256");
        Check.Same(SHA384.HashData(_data), Bc(new Sha384Digest(), _data), "SHA-384");
        Check.Same(SHA512.HashData(_data), Bc(new Sha512Digest(), _data), "SHA-512");
        Check.Same(SHA3_512.HashData(_data), Bc(new Sha3Digest(512), _data), "SHA3-512");
        Check.Same(Shake128.HashData(_data, 32), Xof(new ShakeDigest(128), _data, 32), "SHAKE128");
        Check.Same(SHA1.HashData(_data), Bc(new Sha1Digest(), _data), "SHA-1");
    }

    private static byte[] Bc(IDigest d, byte[] data)
    {
        d.BlockUpdate(data, 0, data.Length);
        var o = new byte[d.GetDigestSize()];
        d.DoFinal(o, 0);
        return o;
    }

    private static byte[] Xof(ShakeDigest d, byte[] data, int len)
    {
        d.BlockUpdate(data, 0, data.Length);
        var o = new byte[len];
        d.OutputFinal(o, 0, len);
        return o;
    }

    private int Run(IDigest d)
    {
        d.BlockUpdate(_data);
        return d.DoFinal(_out);
    }

    [Benchmark(Baseline = true, Description = "SHA-256 .NET")] public int Sha256Net() => SHA256.HashData(_data, _out);
    [Benchmark(Description = "SHA-256 BC")] public int Sha256Bc() => Run(_bcSha256);
    [Benchmark(Description = "SHA-384 .NET")] public int Sha384Net() => SHA384.HashData(_data, _out);
    [Benchmark(Description = "SHA-384 BC")] public int Sha384Bc() => Run(_bcSha384);
    [Benchmark(Description = "SHA-512 .NET")] public int Sha512Net() => SHA512.HashData(_data, _out);
    [Benchmark(Description = "SHA-512 BC")] public int Sha512Bc() => Run(_bcSha512);
    [Benchmark(Description = "SHA-512/256 BC")] public int Sha512_256Bc() => Run(_bcSha512_256);
    [Benchmark(Description = "SHA3-256 .NET")] public int Sha3_256Net() => SHA3_256.HashData(_data, _out);
    [Benchmark(Description = "SHA3-256 BC")] public int Sha3_256Bc() => Run(_bcSha3_256);
    [Benchmark(Description = "SHA3-384 .NET")] public int Sha3_384Net() => SHA3_384.HashData(_data, _out);
    [Benchmark(Description = "SHA3-384 BC")] public int Sha3_384Bc() => Run(_bcSha3_384);
    [Benchmark(Description = "SHA3-512 .NET")] public int Sha3_512Net() => SHA3_512.HashData(_data, _out);
    [Benchmark(Description = "SHA3-512 BC")] public int Sha3_512Bc() => Run(_bcSha3_512);

    [Benchmark(Description = "SHAKE128 .NET (256-bit output)")]
    public int Shake128Net() { Shake128.HashData(_data, _out.AsSpan(0, 32)); return 32; }

    [Benchmark(Description = "SHAKE128 BC (256-bit output)")]
    public int Shake128Bc() { _bcShake128.BlockUpdate(_data); return _bcShake128.OutputFinal(_out.AsSpan(0, 32)); }

    [Benchmark(Description = "SHAKE256 .NET (512-bit output)")]
    public int Shake256Net() { Shake256.HashData(_data, _out); return 64; }

    [Benchmark(Description = "SHAKE256 BC (512-bit output)")]
    public int Shake256Bc() { _bcShake256.BlockUpdate(_data); return _bcShake256.OutputFinal(_out); }

    [Benchmark(Description = "SHA-1 .NET (monitored; baseline for migration)")] public int Sha1Net() => SHA1.HashData(_data, _out);
    [Benchmark(Description = "SHA-1 BC (monitored)")] public int Sha1Bc() => Run(_bcSha1);
    [Benchmark(Description = "MD5 .NET (not listed; baseline for migration)")] public int Md5Net() => MD5.HashData(_data, _out);
    [Benchmark(Description = "MD5 BC (not listed)")] public int Md5Bc() => Run(_bcMd5);
}
