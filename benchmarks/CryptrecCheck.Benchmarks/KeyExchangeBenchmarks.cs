using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Agreement;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Kems;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls.Crypto;

namespace CryptrecCheck.Benchmarks;

/// <summary>Finite-field DH over the RFC 7919 groups (2048, 3072) and ML-KEM-768/1024, through BouncyCastle. .NET has no
/// finite-field DH; its MLKem needs OpenSSL 3.5 and reports IsSupported = false on this machine (OpenSSL 3.0), so only
/// BouncyCastle is measured.</summary>
[MemoryDiagnoser]
public class KeyExchangeBenchmarks
{
    private readonly SecureRandom _random = new();
    private AsymmetricCipherKeyPair _dh2048A = null!, _dh2048B = null!, _dh3072A = null!, _dh3072B = null!;
    private DHParameters _g2048 = null!, _g3072 = null!;
    private AsymmetricCipherKeyPair _kem768 = null!, _kem1024 = null!;
    private byte[] _enc768 = null!, _enc1024 = null!;
    private readonly byte[] _secret = new byte[32];
    private readonly byte[] _encBuf = new byte[1568];

    [GlobalSetup]
    public void Setup()
    {
        _g2048 = Params(Org.BouncyCastle.Tls.Crypto.DHStandardGroups.rfc7919_ffdhe2048);
        _g3072 = Params(Org.BouncyCastle.Tls.Crypto.DHStandardGroups.rfc7919_ffdhe3072);
        (_dh2048A, _dh2048B) = (Dh(_g2048), Dh(_g2048));
        (_dh3072A, _dh3072B) = (Dh(_g3072), Dh(_g3072));
        Check.True(Agree(_dh2048A, _dh2048B).Equals(Agree(_dh2048B, _dh2048A)), "DH-2048 agreement is symmetric");

        _kem768 = Kem(MLKemParameters.ml_kem_768);
        _kem1024 = Kem(MLKemParameters.ml_kem_1024);
        _enc768 = new byte[MLKemParameters.ml_kem_768.ParameterSet.EncapsulationLength];
        _enc1024 = new byte[MLKemParameters.ml_kem_1024.ParameterSet.EncapsulationLength];
        var s1 = new byte[32];
        var e = new MLKemEncapsulator(MLKemParameters.ml_kem_768);
        e.Init(new ParametersWithRandom(_kem768.Public, _random));
        e.Encapsulate(_enc768, s1);
        var d = new MLKemDecapsulator(MLKemParameters.ml_kem_768);
        d.Init(_kem768.Private);
        var s2 = new byte[32];
        d.Decapsulate(_enc768, s2);
        Check.Same(s1, s2, "ML-KEM-768 encapsulate/decapsulate");
        e = new MLKemEncapsulator(MLKemParameters.ml_kem_1024);
        e.Init(new ParametersWithRandom(_kem1024.Public, _random));
        e.Encapsulate(_enc1024, s1);
    }

    private static DHParameters Params(DHGroup g) => new(g.P, g.G, g.Q, g.L);

    private AsymmetricCipherKeyPair Dh(DHParameters p)
    {
        var g = new DHKeyPairGenerator();
        g.Init(new DHKeyGenerationParameters(_random, p));
        return g.GenerateKeyPair();
    }

    private static Org.BouncyCastle.Math.BigInteger Agree(AsymmetricCipherKeyPair mine, AsymmetricCipherKeyPair theirs)
    {
        var a = new DHBasicAgreement();
        a.Init(mine.Private);
        return a.CalculateAgreement(theirs.Public);
    }

    private AsymmetricCipherKeyPair Kem(MLKemParameters p)
    {
        var g = new MLKemKeyPairGenerator();
        g.Init(new MLKemKeyGenerationParameters(_random, p));
        return g.GenerateKeyPair();
    }

    [Benchmark(Baseline = true, Description = "DH ffdhe2048 agreement BC")] public int Dh2048() => Agree(_dh2048A, _dh2048B).BitLength;

    [Benchmark(Description = "DH ffdhe2048 key pair BC")] public AsymmetricCipherKeyPair Dh2048KeyPair() => Dh(_g2048);

    [Benchmark(Description = "DH ffdhe3072 agreement BC")] public int Dh3072() => Agree(_dh3072A, _dh3072B).BitLength;

    [Benchmark(Description = "ML-KEM-768 key pair BC")] public AsymmetricCipherKeyPair MlKem768KeyPair() => Kem(MLKemParameters.ml_kem_768);

    [Benchmark(Description = "ML-KEM-768 encapsulate BC")]
    public int MlKem768Encapsulate()
    {
        var e = new MLKemEncapsulator(MLKemParameters.ml_kem_768);
        e.Init(new ParametersWithRandom(_kem768.Public, _random));
        e.Encapsulate(_encBuf.AsSpan(0, _enc768.Length), _secret);
        return _enc768.Length;
    }

    [Benchmark(Description = "ML-KEM-768 decapsulate BC")]
    public int MlKem768Decapsulate()
    {
        var d = new MLKemDecapsulator(MLKemParameters.ml_kem_768);
        d.Init(_kem768.Private);
        d.Decapsulate(_enc768, _secret);
        return 32;
    }

    [Benchmark(Description = "ML-KEM-1024 encapsulate BC")]
    public int MlKem1024Encapsulate()
    {
        var e = new MLKemEncapsulator(MLKemParameters.ml_kem_1024);
        e.Init(new ParametersWithRandom(_kem1024.Public, _random));
        e.Encapsulate(_encBuf.AsSpan(0, _enc1024.Length), _secret);
        return _enc1024.Length;
    }

    [Benchmark(Description = "ML-KEM-1024 decapsulate BC")]
    public int MlKem1024Decapsulate()
    {
        var d = new MLKemDecapsulator(MLKemParameters.ml_kem_1024);
        d.Init(_kem1024.Private);
        d.Decapsulate(_enc1024, _secret);
        return 32;
    }
}
