using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Agreement;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace CryptrecCheck.Benchmarks;

/// <summary>ECDSA (P-256, P-384) and ECDH (P-256) through .NET and BouncyCastle; EdDSA (Ed25519) and X25519 through
/// BouncyCastle only (.NET has neither).</summary>
[MemoryDiagnoser]
public class EccBenchmarks
{
    private readonly byte[] _message = Check.Bytes(64, 40);
    private readonly SecureRandom _random = new();
    private ECDsa _p256 = null!, _p384 = null!;
    private byte[] _p256Sig = null!, _p384Sig = null!;
    private AsymmetricCipherKeyPair _bcP256 = null!, _bcP384 = null!;
    private byte[] _bcP256Sig = null!;
    private ECDiffieHellman _dhA = null!, _dhB = null!;
    private AsymmetricCipherKeyPair _bcDhA = null!, _bcDhB = null!;
    private Ed25519PrivateKeyParameters _ed = null!;
    private Ed448PrivateKeyParameters _ed448 = null!;
    private byte[] _edSig = null!;
    private X25519PrivateKeyParameters _xA = null!;
    private X25519PublicKeyParameters _xB = null!;
    private readonly byte[] _buf = new byte[256];

    [GlobalSetup]
    public void Setup()
    {
        _p256 = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        _p256Sig = _p256.SignData(_message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        _p384Sig = _p384.SignData(_message, HashAlgorithmName.SHA384, DSASignatureFormat.Rfc3279DerSequence);
        _bcP256 = Generate(SecObjectIdentifiers.SecP256r1);
        _bcP384 = Generate(SecObjectIdentifiers.SecP384r1);
        _bcP256Sig = EcdsaSign(_bcP256, "SHA-256withECDSA");

        _dhA = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        _dhB = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        _bcDhA = Generate(SecObjectIdentifiers.SecP256r1);
        _bcDhB = Generate(SecObjectIdentifiers.SecP256r1);

        _ed = new Ed25519PrivateKeyParameters(_random);
        _edSig = Ed25519SignBytes();
        _ed448 = new Ed448PrivateKeyParameters(_random);
        _xA = new X25519PrivateKeyParameters(_random);
        _xB = new X25519PrivateKeyParameters(_random).GeneratePublicKey();

        // Cross-check: a .NET ECDSA signature verifies with BC, and both ECDH implementations agree on one pair.
        var pub = DotNetUtilities.GetECDsaPublicKey(_p256);
        var v = SignerUtilities.GetSigner("SHA-256withECDSA");
        v.Init(false, pub);
        v.BlockUpdate(_message);
        Check.True(v.VerifySignature(_p256Sig), "ECDSA P-256 .NET signature verified by BC");
        Check.True(EcdsaVerify(_bcP256, "SHA-256withECDSA", _bcP256Sig), "ECDSA P-256 BC round trip");
        var netSecret = _dhA.DeriveRawSecretAgreement(_dhB.PublicKey);
        var bcA = DotNetUtilities.GetECKeyPair("ECDH", _dhA.ExportParameters(true));
        var bcB = DotNetUtilities.GetECPublicKey("ECDH", _dhB.ExportParameters(false));
        var agreement = new ECDHBasicAgreement();
        agreement.Init(bcA.Private);
        Check.Same(netSecret, agreement.CalculateAgreement(bcB).ToByteArrayUnsigned().AsSpan(), "ECDH P-256");
        Check.True(Ed25519Verify(), "Ed25519 round trip");
        // RFC 7748 §5.2: X25519 of the scalar 9 with the base point's u-coordinate.
        var rfc = new X25519PrivateKeyParameters(Convert.FromHexString("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"));
        var u = new X25519PublicKeyParameters(Convert.FromHexString("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"));
        var x = new X25519Agreement();
        x.Init(rfc);
        var shared = new byte[32];
        x.CalculateAgreement(u, shared);
        Check.Equal("C3DA55379DE9C6908E94EA4DF28D084F32ECCF03491C71F754B4075577A28552", shared, "X25519 (RFC 7748)");
    }

    private AsymmetricCipherKeyPair Generate(Org.BouncyCastle.Asn1.DerObjectIdentifier curve)
    {
        var g = new ECKeyPairGenerator();
        g.Init(new ECKeyGenerationParameters(curve, _random));
        return g.GenerateKeyPair();
    }

    private byte[] EcdsaSign(AsymmetricCipherKeyPair k, string alg)
    {
        var s = SignerUtilities.GetSigner(alg);
        s.Init(true, k.Private);
        s.BlockUpdate(_message);
        return s.GenerateSignature();
    }

    private bool EcdsaVerify(AsymmetricCipherKeyPair k, string alg, byte[] sig)
    {
        var s = SignerUtilities.GetSigner(alg);
        s.Init(false, k.Public);
        s.BlockUpdate(_message);
        return s.VerifySignature(sig);
    }

    private byte[] Ed25519SignBytes()
    {
        var s = new Ed25519Signer();
        s.Init(true, _ed);
        s.BlockUpdate(_message);
        return s.GenerateSignature();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _p256.Dispose(); _p384.Dispose(); _dhA.Dispose(); _dhB.Dispose();
    }

    [Benchmark(Baseline = true, Description = "ECDSA P-256 sign .NET")]
    public int EcdsaP256SignNet() => _p256.TrySignData(_message, _buf, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence, out var n) ? n : 0;

    [Benchmark(Description = "ECDSA P-256 sign BC")] public int EcdsaP256SignBc() => EcdsaSign(_bcP256, "SHA-256withECDSA").Length;

    [Benchmark(Description = "ECDSA P-256 verify .NET")]
    public bool EcdsaP256VerifyNet() => _p256.VerifyData(_message, _p256Sig, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark(Description = "ECDSA P-256 verify BC")] public bool EcdsaP256VerifyBc() => EcdsaVerify(_bcP256, "SHA-256withECDSA", _bcP256Sig);

    [Benchmark(Description = "ECDSA P-384 sign .NET")]
    public int EcdsaP384SignNet() => _p384.TrySignData(_message, _buf, HashAlgorithmName.SHA384, DSASignatureFormat.Rfc3279DerSequence, out var n) ? n : 0;

    [Benchmark(Description = "ECDSA P-384 sign BC")] public int EcdsaP384SignBc() => EcdsaSign(_bcP384, "SHA-384withECDSA").Length;

    [Benchmark(Description = "ECDSA P-384 verify .NET")]
    public bool EcdsaP384VerifyNet() => _p384.VerifyData(_message, _p384Sig, HashAlgorithmName.SHA384, DSASignatureFormat.Rfc3279DerSequence);

    [Benchmark(Description = "Ed25519 sign BC")] public int Ed25519SignBc() => Ed25519SignBytes().Length;

    [Benchmark(Description = "Ed25519 verify BC")] public bool Ed25519VerifyBc() => Ed25519Verify();

    private bool Ed25519Verify()
    {
        var s = new Ed25519Signer();
        s.Init(false, _ed.GeneratePublicKey());
        s.BlockUpdate(_message);
        return s.VerifySignature(_edSig);
    }

    [Benchmark(Description = "Ed448 sign BC")]
    public int Ed448SignBc()
    {
        var s = new Ed448Signer(Array.Empty<byte>());
        s.Init(true, _ed448);
        s.BlockUpdate(_message);
        return s.GenerateSignature().Length;
    }

    [Benchmark(Description = "ECDH P-256 agreement .NET")] public int EcdhP256Net() => _dhA.DeriveRawSecretAgreement(_dhB.PublicKey).Length;

    [Benchmark(Description = "ECDH P-256 agreement BC")]
    public int EcdhP256Bc()
    {
        var a = new ECDHBasicAgreement();
        a.Init(_bcDhA.Private);
        return a.CalculateAgreement(_bcDhB.Public).BitLength;
    }

    [Benchmark(Description = "X25519 agreement BC")]
    public int X25519Bc()
    {
        var a = new X25519Agreement();
        a.Init(_xA);
        a.CalculateAgreement(_xB, _buf.AsSpan(0, 32));
        return 32;
    }
}
