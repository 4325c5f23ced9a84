using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace CryptrecCheck.Benchmarks;

/// <summary>DSA (Table 1, 注1) with SHA-256 at L = 2048 and 3072, through .NET and BouncyCastle on the same key.</summary>
[MemoryDiagnoser]
public class DsaBenchmarks
{
    private readonly byte[] _message = Check.Bytes(64, 50);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, DSAParameters> Keys = new();
    private DSA _dsa = null!;
    private AsymmetricCipherKeyPair _bc = null!;
    private byte[] _sig = null!;
    private readonly byte[] _buf = new byte[256];

    [Params(2048, 3072)]
    public int KeyBits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Generating DSA domain parameters takes seconds; one key per size and process is enough to measure sign/verify.
        _dsa = DSA.Create();
        _dsa.ImportParameters(Keys.GetOrAdd(KeyBits, static bits => { using var d = DSA.Create(bits); return d.ExportParameters(true); }));
        Check.True(_dsa.KeySize == KeyBits, "DSA key size");
        _bc = DotNetUtilities.GetDsaKeyPair(_dsa.ExportParameters(true));
        _sig = _dsa.SignData(_message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        Check.True(VerifyBc(), "DSA .NET signature verified by BC");
    }

    [GlobalCleanup]
    public void Cleanup() => _dsa.Dispose();

    [Benchmark(Baseline = true, Description = "DSA sign .NET")]
    public int SignNet() => _dsa.TrySignData(_message, _buf, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence, out var n) ? n : 0;

    [Benchmark(Description = "DSA sign BC")]
    public int SignBc()
    {
        var s = new DsaDigestSigner(new DsaSigner(), new Sha256Digest());
        s.Init(true, _bc.Private);
        s.BlockUpdate(_message);
        return s.GenerateSignature().Length;
    }

    [Benchmark(Description = "DSA verify .NET")]
    public bool VerifyNet() => _dsa.VerifyData(_message, _sig, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark(Description = "DSA verify BC")]
    public bool VerifyBc()
    {
        var s = new DsaDigestSigner(new DsaSigner(), new Sha256Digest());
        s.Init(false, _bc.Public);
        s.BlockUpdate(_message);
        return s.VerifySignature(_sig);
    }
}
