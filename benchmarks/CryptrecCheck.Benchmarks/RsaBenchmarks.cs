using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Encodings;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace CryptrecCheck.Benchmarks;

/// <summary>RSA-PSS and RSASSA-PKCS1-v1_5 (SHA-256) sign/verify, RSA-OAEP (SHA-256) and RSAES-PKCS1-v1_5 (monitored)
/// encrypt/decrypt, with the same key through .NET and BouncyCastle. RSA-1024 is the migration baseline: its 80-bit
/// strength is below the standard.</summary>
[MemoryDiagnoser]
public class RsaBenchmarks
{
    private readonly byte[] _message = Check.Bytes(64, 30);
    private readonly byte[] _secret = Check.Bytes(32, 31);
    private RSA _rsa = null!;
    private AsymmetricCipherKeyPair _bc = null!;
    private byte[] _pssSig = null!, _pkcs1Sig = null!, _oaepCt = null!, _pkcs1Ct = null!;
    private readonly byte[] _sigBuf = new byte[512];
    private readonly byte[] _ctBuf = new byte[512];

    [Params(1024, 2048, 3072)]
    public int KeyBits { get; set; }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, RSAParameters> Keys = new();

    [GlobalSetup]
    public void Setup()
    {
        // One key per size and process: key generation (about a second for RSA-3072) is not what is measured.
        _rsa = RSA.Create();
        _rsa.ImportParameters(Keys.GetOrAdd(KeyBits, static bits => { using var r = RSA.Create(bits); return r.ExportParameters(true); }));
        Check.True(_rsa.KeySize == KeyBits, "RSA key size");
        _bc = DotNetUtilities.GetRsaKeyPair(_rsa.ExportParameters(true));
        _pssSig = _rsa.SignData(_message, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        _pkcs1Sig = _rsa.SignData(_message, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        _oaepCt = _rsa.Encrypt(_secret, RSAEncryptionPadding.OaepSHA256);
        _pkcs1Ct = _rsa.Encrypt(_secret, RSAEncryptionPadding.Pkcs1);

        // Cross-checks: what one implementation produces, the other accepts.
        Check.True(PssVerifyBc(), "RSA-PSS .NET signature verified by BC");
        Check.True(Pkcs1VerifyBc(), "RSASSA-PKCS1-v1_5 .NET signature verified by BC");
        var bcSig = PssSignBcBytes();
        Check.True(_rsa.VerifyData(_message, bcSig, HashAlgorithmName.SHA256, RSASignaturePadding.Pss), "RSA-PSS BC signature verified by .NET");
        Check.Same(_secret, OaepDecryptBcBytes(), "RSA-OAEP .NET ciphertext decrypted by BC");
        Check.Same(_secret, Pkcs1DecryptBcBytes(), "RSAES-PKCS1-v1_5 .NET ciphertext decrypted by BC");
    }

    [GlobalCleanup]
    public void Cleanup() => _rsa.Dispose();

    [Benchmark(Baseline = true, Description = "RSA-PSS sign .NET")]
    public int PssSignNet() => _rsa.TrySignData(_message, _sigBuf, HashAlgorithmName.SHA256, RSASignaturePadding.Pss, out var n) ? n : 0;

    [Benchmark(Description = "RSA-PSS sign BC")] public int PssSignBc() => PssSignBcBytes().Length;

    private byte[] PssSignBcBytes()
    {
        var s = new PssSigner(new RsaBlindedEngine(), new Sha256Digest(), 32);
        s.Init(true, _bc.Private);
        s.BlockUpdate(_message);
        return s.GenerateSignature();
    }

    [Benchmark(Description = "RSA-PSS verify .NET")]
    public bool PssVerifyNet() => _rsa.VerifyData(_message, _pssSig, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);

    [Benchmark(Description = "RSA-PSS verify BC")]
    public bool PssVerifyBc()
    {
        var s = new PssSigner(new RsaEngine(), new Sha256Digest(), 32);
        s.Init(false, _bc.Public);
        s.BlockUpdate(_message);
        return s.VerifySignature(_pssSig);
    }

    [Benchmark(Description = "RSASSA-PKCS1-v1_5 sign .NET")]
    public int Pkcs1SignNet() => _rsa.TrySignData(_message, _sigBuf, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, out var n) ? n : 0;

    [Benchmark(Description = "RSASSA-PKCS1-v1_5 sign BC")]
    public int Pkcs1SignBc()
    {
        var s = new RsaDigestSigner(new Sha256Digest());
        s.Init(true, _bc.Private);
        s.BlockUpdate(_message);
        return s.GenerateSignature().Length;
    }

    [Benchmark(Description = "RSASSA-PKCS1-v1_5 verify .NET")]
    public bool Pkcs1VerifyNet() => _rsa.VerifyData(_message, _pkcs1Sig, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark(Description = "RSASSA-PKCS1-v1_5 verify BC")]
    public bool Pkcs1VerifyBc()
    {
        var s = new RsaDigestSigner(new Sha256Digest());
        s.Init(false, _bc.Public);
        s.BlockUpdate(_message);
        return s.VerifySignature(_pkcs1Sig);
    }

    [Benchmark(Description = "RSA-OAEP encrypt .NET")]
    public int OaepEncryptNet() => _rsa.TryEncrypt(_secret, _ctBuf, RSAEncryptionPadding.OaepSHA256, out var n) ? n : 0;

    [Benchmark(Description = "RSA-OAEP encrypt BC")]
    public int OaepEncryptBc()
    {
        var e = new OaepEncoding(new RsaEngine(), new Sha256Digest(), new Sha256Digest(), null);
        e.Init(true, _bc.Public);
        return e.ProcessBlock(_secret, 0, _secret.Length).Length;
    }

    [Benchmark(Description = "RSA-OAEP decrypt .NET")]
    public int OaepDecryptNet() => _rsa.TryDecrypt(_oaepCt, _ctBuf, RSAEncryptionPadding.OaepSHA256, out var n) ? n : 0;

    [Benchmark(Description = "RSA-OAEP decrypt BC")] public int OaepDecryptBc() => OaepDecryptBcBytes().Length;

    private byte[] OaepDecryptBcBytes()
    {
        var e = new OaepEncoding(new RsaBlindedEngine(), new Sha256Digest(), new Sha256Digest(), null);
        e.Init(false, _bc.Private);
        return e.ProcessBlock(_oaepCt, 0, _oaepCt.Length);
    }

    [Benchmark(Description = "RSAES-PKCS1-v1_5 encrypt .NET (monitored)")]
    public int Pkcs1EncryptNet() => _rsa.TryEncrypt(_secret, _ctBuf, RSAEncryptionPadding.Pkcs1, out var n) ? n : 0;

    [Benchmark(Description = "RSAES-PKCS1-v1_5 decrypt .NET (monitored)")]
    public int Pkcs1DecryptNet() => _rsa.TryDecrypt(_pkcs1Ct, _ctBuf, RSAEncryptionPadding.Pkcs1, out var n) ? n : 0;

    [Benchmark(Description = "RSAES-PKCS1-v1_5 decrypt BC (monitored)")] public int Pkcs1DecryptBc() => Pkcs1DecryptBcBytes().Length;

    private byte[] Pkcs1DecryptBcBytes()
    {
        var e = new Pkcs1Encoding(new RsaBlindedEngine());
        e.Init(false, _bc.Private);
        return e.ProcessBlock(_pkcs1Ct, 0, _pkcs1Ct.Length);
    }
}
