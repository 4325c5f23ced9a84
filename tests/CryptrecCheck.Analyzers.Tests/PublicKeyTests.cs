using CryptrecCheck.Analyzers;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

public class PublicKeyTests
{
    [Fact]
    public Task SmallRsaAndDsaKeys_AreBelowTheStandard() => Verify.Analyzer<PublicKeyAnalyzer>("""
        class C
        {
            void M()
            {
                using var a = RSA.Create({|CRY3001:1024|});
                using var b = new RSACryptoServiceProvider({|CRY3001:1024|});
                using var c = {|CRY3001:new RSACryptoServiceProvider()|};
                using var d = DSA.Create({|CRY3001:1024|});
                using var e = RSA.Create();
                e.KeySize = {|CRY3001:512|};
                const int Bits = 1024;
                using var f = RSA.Create({|CRY3001:Bits|});
                using var ok = RSA.Create(3072);
                using var ok2 = RSA.Create(2048);
            }
        }
        """);

    [Fact]
    public Task Rsa2048_IsReported_WhenOperationRunsPast2030() => Verify.Analyzer<PublicKeyAnalyzer>("""
        class C { void M() { using var a = RSA.Create({|CRY3001:2048|}); using var b = RSA.Create(3072); } }
        """, "cryptrec_check.operation_end_year = 2035");

    [Fact]
    public Task RsaEncryptionPadding_Pkcs1AndOaepSha1_AreMonitored() => Verify.Analyzer<PublicKeyAnalyzer>("""
        class C
        {
            void M(RSA rsa, RSACryptoServiceProvider csp, byte[] d)
            {
                rsa.Encrypt(d, {|CRY3002:RSAEncryptionPadding.Pkcs1|});
                rsa.Decrypt(d, {|CRY3002:RSAEncryptionPadding.OaepSHA1|});
                rsa.Encrypt(d, RSAEncryptionPadding.OaepSHA256);
                csp.Encrypt(d, {|CRY3002:false|});
                rsa.SignData(d, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            }
        }
        """);

    [Fact]
    public Task Curves_OutsideTheSpecifications() => Verify.Analyzer<PublicKeyAnalyzer>("""
        class C
        {
            void M()
            {
                using var a = ECDsa.Create({|CRY3003:ECCurve.NamedCurves.brainpoolP256r1|});
                using var b = ECDsa.Create({|CRY3003:ECCurve.CreateFromFriendlyName("secp256k1")|});
                using var c = ECDiffieHellman.Create({|CRY3003:ECCurve.CreateFromValue("1.3.132.0.10")|});
                using var ok = ECDsa.Create(ECCurve.NamedCurves.nistP384);
                using var ok2 = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            }
        }
        """);

    [Fact]
    public Task AcceptedCurvesOption_AllowsBrainpool() => Verify.Analyzer<PublicKeyAnalyzer>("""
        class C { void M() { using var a = ECDsa.Create(ECCurve.NamedCurves.brainpoolP256r1); } }
        """, "cryptrec_check.accepted_curves = brainpoolP256r1");

    [Fact]
    public Task PostQuantum_MlKem512AndPqcSignatures_AreNotListed() => Verify.Analyzer<PublicKeyAnalyzer>("""
        #pragma warning disable SYSLIB5006
        class C
        {
            void M()
            {
                using var a = MLKem.GenerateKey({|CRY3004:MLKemAlgorithm.MLKem512|});
                using var b = MLKem.GenerateKey(MLKemAlgorithm.MLKem768);
                using var c = {|CRY3004:MLDsa.GenerateKey(MLDsaAlgorithm.MLDsa65)|};
            }
        }
        """);

    [Fact]
    public Task BouncyCastle_KeyGenerationEncodingsAndRawRsa() => Verify.Analyzer<PublicKeyAnalyzer>("""
        class C
        {
            void M(byte[] d)
            {
                var kp = new RsaKeyGenerationParameters(Org.BouncyCastle.Math.BigInteger.ValueOf(65537), new SecureRandom(), {|CRY3001:1024|}, 100);
                var p1 = {|CRY3002:new Pkcs1Encoding(new RsaEngine())|};
                var o1 = {|CRY3002:new OaepEncoding(new RsaEngine())|};
                var o2 = new OaepEncoding(new RsaEngine(), new Sha256Digest());
                var engine = new RsaEngine();
                var wrapped = {|CRY3002:new Pkcs1Encoding(engine)|};
                var raw = new RsaBlindedEngine();
                {|CRY3004:raw.ProcessBlock(d, 0, d.Length)|};
                var curve = Org.BouncyCastle.Asn1.X9.ECNamedCurveTable.GetByName({|CRY3003:"secp256k1"|});
            }
        }
        """);

    [Fact]
    public Task Fix_KeySize_To3072_Or2048() => Verify.Fix<PublicKeyAnalyzer>(
        "class C { RSA M() => RSA.Create({|CRY3001:1024|}); }",
        "class C { RSA M() => RSA.Create(3072); }", index: 0);

    [Fact]
    public Task Fix_KeySize_SecondAction_Is2048() => Verify.Fix<PublicKeyAnalyzer>(
        "class C { RSA M() => RSA.Create({|CRY3001:1024|}); }",
        "class C { RSA M() => RSA.Create(2048); }", index: 1);

    [Fact]
    public Task Fix_Padding_ToOaepSha256_FixAll() => Verify.Fix<PublicKeyAnalyzer>(
        "class C { void M(RSA r, byte[] d) { r.Encrypt(d, {|CRY3002:RSAEncryptionPadding.Pkcs1|}); r.Decrypt(d, {|CRY3002:RSAEncryptionPadding.OaepSHA1|}); } }",
        "class C { void M(RSA r, byte[] d) { r.Encrypt(d, RSAEncryptionPadding.OaepSHA256); r.Decrypt(d, RSAEncryptionPadding.OaepSHA256); } }", fixAll: true);

    [Fact]
    public Task Fix_Curve_ToP256() => Verify.Fix<PublicKeyAnalyzer>(
        "class C { ECDsa M() => ECDsa.Create({|CRY3003:ECCurve.NamedCurves.brainpoolP384r1|}); }",
        "class C { ECDsa M() => ECDsa.Create(ECCurve.NamedCurves.nistP256); }");
    [Fact]
    public Task Fix_Curve_WithoutUsing_StaysQualified() => Verify.Fix<PublicKeyAnalyzer>(
        "class C { System.Security.Cryptography.ECDsa M() => System.Security.Cryptography.ECDsa.Create({|CRY3003:System.Security.Cryptography.ECCurve.NamedCurves.brainpoolP384r1|}); }",
        "class C { System.Security.Cryptography.ECDsa M() => System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256); }",
        withUsings: false);

    [Fact]
    public Task Fix_KeySize_WithoutUsing_Compiles() => Verify.Fix<PublicKeyAnalyzer>(
        "class C { System.Security.Cryptography.RSA M() => System.Security.Cryptography.RSA.Create({|CRY3001:1024|}); }",
        "class C { System.Security.Cryptography.RSA M() => System.Security.Cryptography.RSA.Create(3072); }", index: 0, withUsings: false);

    [Fact]
    public async Task Fix_KeySize_DefaultOptions_Offers3072And2048()
    {
        var offered = await Verify.OfferedFixes<PublicKeyAnalyzer>("class C { RSA M() => RSA.Create(1024); }");
        Assert.Equal(new[] { "CryptrecFix:key-3072", "CryptrecFix:key-2048" }, offered);
    }

    [Fact]
    public async Task Fix_KeySize_OperationPast2030_OffersOnlySizesThePolicyAccepts()
    {
        // 2048 bits (112-bit strength) is not usable for operation past 2030: offering it would be flagged again.
        const string config = "cryptrec_check.operation_end_year = 2035";
        var offered = await Verify.OfferedFixes<PublicKeyAnalyzer>("class C { RSA M() => RSA.Create(1024); }", config);
        Assert.Equal(new[] { "CryptrecFix:key-3072" }, offered);
        // Applied, the fixed code draws no diagnostic under the same options (the framework checks the fixed state).
        await Verify.Fix<PublicKeyAnalyzer>("class C { RSA M() => RSA.Create({|CRY3001:1024|}); }", "class C { RSA M() => RSA.Create(3072); }", index: 0, editorconfig: config);
    }

    [Fact]
    public async Task Fix_KeySize_Operation2048Literal_Past2030_Offers3072()
    {
        const string config = "cryptrec_check.operation_end_year = 2035";
        await Verify.Fix<PublicKeyAnalyzer>("class C { RSA M() => RSA.Create({|CRY3001:2048|}); }", "class C { RSA M() => RSA.Create(3072); }", index: 0, editorconfig: config);
        Assert.Equal(new[] { "CryptrecFix:key-3072" }, await Verify.OfferedFixes<PublicKeyAnalyzer>("class C { RSA M() => RSA.Create(2048); }", config));
    }

    [Fact]
    public async Task Fix_KeySize_OperationPast2050_OffersA192BitSize()
    {
        // 128-bit strength (3072/4096) ends its migration period in 2050: the smallest size the policy accepts is offered.
        var offered = await Verify.OfferedFixes<PublicKeyAnalyzer>("class C { RSA M() => RSA.Create(1024); }", "cryptrec_check.operation_end_year = 2060");
        Assert.Equal(new[] { "CryptrecFix:key-7680" }, offered);
    }

    [Fact]
    public Task Fix_Padding_WithoutUsing_KeepsQualification() => Verify.Fix<PublicKeyAnalyzer>(
        "class C { byte[] M(System.Security.Cryptography.RSA r, byte[] d) => r.Encrypt(d, {|CRY3002:System.Security.Cryptography.RSAEncryptionPadding.Pkcs1|}); }",
        "class C { byte[] M(System.Security.Cryptography.RSA r, byte[] d) => r.Encrypt(d, System.Security.Cryptography.RSAEncryptionPadding.OaepSHA256); }", withUsings: false);
}
