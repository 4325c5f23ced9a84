using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using CryptrecCheck.Primitives;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace CryptrecCheck.Benchmarks;

/// <summary>
/// Ciphers and modes of Table 1, each operation including key setup (a new key object per message), so 64 bytes shows
/// per-message latency and 16 KiB throughput. 3-key Triple DES is the migration baseline (monitored list).
/// .NET has no CTR mode and no Camellia: AES-CTR on .NET is built from its AES-ECB over a counter block buffer.
/// </summary>
[MemoryDiagnoser]
public class SymmetricBenchmarks
{
    private readonly byte[] _key16 = Check.Bytes(16, 10);
    private readonly byte[] _key32 = Check.Bytes(32, 11);
    private readonly byte[] _key24 = Check.Bytes(24, 12);
    private readonly byte[] _nonce12 = Check.Bytes(12, 13);
    private readonly byte[] _iv16 = Check.Bytes(16, 14);
    private readonly byte[] _iv8 = Check.Bytes(8, 15);
    private readonly byte[] _tag = new byte[16];
    private byte[] _data = null!;
    private byte[] _out = null!;
    private byte[] _counters = null!;
    private byte[] _stream = null!;

    [Params(64, 16384)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = Check.Bytes(Size, 2);
        _out = new byte[Size + 16];
        _counters = new byte[Size];
        _stream = new byte[Size];

        // NIST GCM test case 2 (AES-128, zero key and IV, one zero block).
        var ct = new byte[16];
        var tag = new byte[16];
        using (var g = new AesGcm(new byte[16], 16)) { g.Encrypt(new byte[12], new byte[16], ct, tag); }
        Check.Equal("0388DACE60B6A392F328C2B971B2FE78", ct, "AES-GCM ciphertext");
        Check.Equal("AB6E47D42CEC13BDF53A67B21257BDDF", tag, "AES-GCM tag");

        // Each pair of implementations agrees on the benchmark input.
        AesGcmNet(); var a = _out.AsSpan(0, Size).ToArray(); AesGcmBc(); Check.Same(a, _out.AsSpan(0, Size), "AES-GCM");
        AesCcmNet(); a = _out.AsSpan(0, Size).ToArray(); AesCcmBc(); Check.Same(a, _out.AsSpan(0, Size), "AES-CCM");
        AesCbcNet(); a = _out.AsSpan(0, Size).ToArray(); AesCbcBc(); Check.Same(a, _out.AsSpan(0, Size), "AES-CBC");
        AesCtrNet(); a = _out.AsSpan(0, Size).ToArray(); AesCtrBc(); Check.Same(a, _out.AsSpan(0, Size), "AES-CTR");
        AesCfbNet(); a = _out.AsSpan(0, Size).ToArray(); AesCfbBc(); Check.Same(a, _out.AsSpan(0, Size), "AES-CFB");
        ChaChaNet(); a = _out.AsSpan(0, Size).ToArray(); ChaChaBc(); Check.Same(a, _out.AsSpan(0, Size), "ChaCha20-Poly1305");
        TdesCbcNet(); a = _out.AsSpan(0, Size).ToArray(); TdesCbcBc(); Check.Same(a, _out.AsSpan(0, Size), "3DES-CBC");
        var ks = new byte[16];
        new KCipher2(Convert.FromHexString("A37B7D012F897076FE08C22D142BB2CF"), Convert.FromHexString("33A6EE60E57927E08B45CC4CA30EDE4A")).GetKeystream(ks);
        Check.Equal("60E9A6B67B4C2524FE726D44AD5B402E", ks, "KCipher-2 (RFC 7008 C.1)");
    }

    private int Aead(IAeadCipher c, byte[] key)
    {
        c.Init(true, new AeadParameters(new KeyParameter(key), 128, _nonce12));
        var n = c.ProcessBytes(_data, _out);
        return n + c.DoFinal(_out.AsSpan(n));
    }

    private int Buffered(IBlockCipherMode mode, byte[] key, byte[] iv)
    {
        var c = new BufferedBlockCipher(mode);
        c.Init(true, new ParametersWithIV(new KeyParameter(key), iv));
        var n = c.ProcessBytes(_data, _out);
        return n + c.DoFinal(_out.AsSpan(n));
    }

    [Benchmark(Baseline = true, Description = "AES-128-GCM .NET")]
    public int AesGcmNet()
    {
        using var g = new AesGcm(_key16, 16);
        g.Encrypt(_nonce12, _data, _out.AsSpan(0, Size), _tag);
        return Size;
    }

    [Benchmark(Description = "AES-128-GCM BC")] public int AesGcmBc() => Aead(new GcmBlockCipher(new AesEngine()), _key16);

    [Benchmark(Description = "AES-256-GCM .NET")]
    public int Aes256GcmNet()
    {
        using var g = new AesGcm(_key32, 16);
        g.Encrypt(_nonce12, _data, _out.AsSpan(0, Size), _tag);
        return Size;
    }

    [Benchmark(Description = "AES-256-GCM BC")] public int Aes256GcmBc() => Aead(new GcmBlockCipher(new AesEngine()), _key32);

    [Benchmark(Description = "AES-128-CCM .NET")]
    public int AesCcmNet()
    {
        using var c = new AesCcm(_key16);
        c.Encrypt(_nonce12, _data, _out.AsSpan(0, Size), _tag);
        return Size;
    }

    [Benchmark(Description = "AES-128-CCM BC")] public int AesCcmBc() => Aead(new CcmBlockCipher(new AesEngine()), _key16);

    [Benchmark(Description = "AES-128-CBC .NET")]
    public int AesCbcNet()
    {
        using var aes = Aes.Create();
        aes.Key = _key16;
        return aes.EncryptCbc(_data, _iv16, _out, PaddingMode.None);
    }

    [Benchmark(Description = "AES-128-CBC BC")] public int AesCbcBc() => Buffered(new CbcBlockCipher(new AesEngine()), _key16, _iv16);

    [Benchmark(Description = "AES-128-CTR .NET (ECB over counters)")]
    public int AesCtrNet()
    {
        using var aes = Aes.Create();
        aes.Key = _key16;
        for (var off = 0; off < Size; off += 16)
        {
            var block = _counters.AsSpan(off, 16);
            _iv16.CopyTo(block);
            // Big-endian 64-bit counter in the last 8 bytes, as SP 800-38A's standard incrementing function does.
            var ctr = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(block.Slice(8)) + (ulong)(off / 16);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(block.Slice(8), ctr);
        }
        aes.EncryptEcb(_counters, _stream, PaddingMode.None);
        Xor(_data, _stream, _out.AsSpan(0, Size));
        return Size;
    }

    private static void Xor(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> dest)
    {
        var i = 0;
        var w = System.Numerics.Vector<byte>.Count;
        for (; i + w <= a.Length; i += w)
        {
            (new System.Numerics.Vector<byte>(a.Slice(i)) ^ new System.Numerics.Vector<byte>(b.Slice(i))).CopyTo(dest.Slice(i));
        }
        for (; i < a.Length; i++) { dest[i] = (byte)(a[i] ^ b[i]); }
    }

    [Benchmark(Description = "AES-128-CTR BC")] public int AesCtrBc() => Buffered(new SicBlockCipher(new AesEngine()), _key16, _iv16);

    [Benchmark(Description = "AES-128-CFB .NET (CFB128)")]
    public int AesCfbNet()
    {
        using var aes = Aes.Create();
        aes.Key = _key16;
        return aes.EncryptCfb(_data, _iv16, _out, PaddingMode.None, feedbackSizeInBits: 128);
    }

    [Benchmark(Description = "AES-128-CFB BC (CFB128)")] public int AesCfbBc() => Buffered(new CfbBlockCipher(new AesEngine(), 128), _key16, _iv16);

    [Benchmark(Description = "AES-128-OFB BC")] public int AesOfbBc() => Buffered(new OfbBlockCipher(new AesEngine(), 128), _key16, _iv16);

    [Benchmark(Description = "Camellia-128-CBC BC")] public int CamelliaCbcBc() => Buffered(new CbcBlockCipher(new CamelliaEngine()), _key16, _iv16);

    [Benchmark(Description = "Camellia-128-CTR BC")] public int CamelliaCtrBc() => Buffered(new SicBlockCipher(new CamelliaEngine()), _key16, _iv16);

    [Benchmark(Description = "Camellia-128-GCM BC")] public int CamelliaGcmBc() => Aead(new GcmBlockCipher(new CamelliaEngine()), _key16);

    [Benchmark(Description = "KCipher-2 CryptrecCheck")]
    public int KCipher2Ours()
    {
        new KCipher2(_key16, _iv16).Transform(_data, _out);
        return Size;
    }

    [Benchmark(Description = "ChaCha20-Poly1305 .NET")]
    public int ChaChaNet()
    {
        using var c = new System.Security.Cryptography.ChaCha20Poly1305(_key32);
        c.Encrypt(_nonce12, _data, _out.AsSpan(0, Size), _tag);
        return Size;
    }

    [Benchmark(Description = "ChaCha20-Poly1305 BC")] public int ChaChaBc() => Aead(new Org.BouncyCastle.Crypto.Modes.ChaCha20Poly1305(), _key32);

    [Benchmark(Description = "3-key TDES-CBC .NET (monitored; migration baseline)")]
    public int TdesCbcNet()
    {
        using var t = TripleDES.Create();
        t.Key = _key24;
        return t.EncryptCbc(_data, _iv8, _out, PaddingMode.None);
    }

    [Benchmark(Description = "3-key TDES-CBC BC (monitored)")] public int TdesCbcBc() => Buffered(new CbcBlockCipher(new DesEdeEngine()), _key24, _iv8);
}
