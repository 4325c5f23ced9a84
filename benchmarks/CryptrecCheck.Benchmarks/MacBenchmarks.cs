using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace CryptrecCheck.Benchmarks;

/// <summary>MACs of Table 1 with key setup per message: HMAC-SHA256 (.NET and BC) and CMAC-AES (BC; .NET has no CMAC).
/// HMAC-SHA1 is the migration baseline (HMAC over a monitored hash).</summary>
[MemoryDiagnoser]
public class MacBenchmarks
{
    private readonly byte[] _key = Check.Bytes(32, 20);
    private readonly byte[] _key16 = Check.Bytes(16, 21);
    private readonly byte[] _out = new byte[64];
    private byte[] _data = null!;

    [Params(64, 16384)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = Check.Bytes(Size, 3);
        // RFC 4231 test case 2.
        Check.Equal("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843",
            HMACSHA256.HashData("Jefe"u8, "what do ya want for nothing?"u8), "HMAC-SHA256");
        // RFC 4493 example 1 (empty message).
        var cmac = new CMac(new AesEngine());
        cmac.Init(new KeyParameter(Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C")));
        var tag = new byte[16];
        cmac.DoFinal(tag, 0);
        Check.Equal("BB1D6929E95937287FA37D129B756746", tag, "CMAC-AES");
        HmacSha256Net();
        var a = _out.AsSpan(0, 32).ToArray();
        HmacSha256Bc();
        Check.Same(a, _out.AsSpan(0, 32), "HMAC-SHA256");
    }

    [Benchmark(Baseline = true, Description = "HMAC-SHA256 .NET")] public int HmacSha256Net() => HMACSHA256.HashData(_key, _data, _out);

    [Benchmark(Description = "HMAC-SHA256 BC")]
    public int HmacSha256Bc()
    {
        var h = new HMac(new Sha256Digest());
        h.Init(new KeyParameter(_key));
        h.BlockUpdate(_data);
        return h.DoFinal(_out);
    }

    [Benchmark(Description = "HMAC-SHA512 .NET")] public int HmacSha512Net() => HMACSHA512.HashData(_key, _data, _out);

    [Benchmark(Description = "CMAC-AES-128 BC")]
    public int CmacBc()
    {
        var c = new CMac(new AesEngine());
        c.Init(new KeyParameter(_key16));
        c.BlockUpdate(_data);
        return c.DoFinal(_out);
    }

    [Benchmark(Description = "HMAC-SHA1 .NET (monitored hash; migration baseline)")] public int HmacSha1Net() => HMACSHA1.HashData(_key, _data, _out);
}
