using CryptrecCheck.Analyzers;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

public class HashAndMacTests
{
    [Fact]
    public Task Md5Create_IsNotListed() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C { byte[] H(byte[] d) { using var h = {|CRY1001:MD5.Create()|}; return h.ComputeHash(d); } }
        """);

    [Fact]
    public Task Sha1OneShotAndTypes_AreMonitored() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C
        {
            byte[] A(byte[] d) => {|CRY1002:SHA1.HashData(d)|};
            byte[] B(byte[] k, byte[] d) => {|CRY1002:HMACSHA1.HashData(k, d)|};
            HashAlgorithm D() => {|CRY1002:new SHA1Managed()|};
            HMAC E(byte[] k) => {|CRY1002:new HMACSHA1(k)|};
            HMAC F(byte[] k) => {|CRY1001:new HMACMD5(k)|};
        }
        """);

    [Fact]
    public Task HashAlgorithmName_FollowedIntoSignaturesCertificatesAndIncrementalHash() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C
        {
            static readonly HashAlgorithmName Legacy = HashAlgorithmName.SHA1;
            void M(RSA rsa, ECDsa ec, byte[] d, bool old)
            {
                rsa.SignData(d, {|CRY1002:HashAlgorithmName.SHA1|}, RSASignaturePadding.Pss);
                var h = HashAlgorithmName.MD5;
                ec.SignData(d, {|CRY1001:h|});
                rsa.VerifyData(d, d, {|CRY1002:old ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256|}, RSASignaturePadding.Pkcs1);
                using var ih = IncrementalHash.CreateHash({|CRY1001:new HashAlgorithmName("MD5")|});
                using var ihm = IncrementalHash.CreateHMAC({|CRY1002:Legacy|}, d);
                var req = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=x", rsa, {|CRY1002:HashAlgorithmName.SHA1|}, RSASignaturePadding.Pkcs1);
            }
        }
        """);

    [Fact]
    public Task Sha2AndSha3_AndTrickyNegatives_AreClean() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C
        {
            void Sha1() { }
            bool Allowed(string name) => name != "MD5" && name != "SHA1";
            void M(RSA rsa, byte[] d, HashAlgorithmName requested)
            {
                var md5 = 1; var sha1 = md5 + 1;
                Console.WriteLine("Computing MD5 for legacy report");
                if (requested == HashAlgorithmName.MD5) { throw new NotSupportedException("MD5 is not allowed"); }
                var a = SHA256.HashData(d);
                var b = SHA3_256.HashData(d);
                var c = HMACSHA384.HashData(d, d);
                rsa.SignData(d, HashAlgorithmName.SHA512, RSASignaturePadding.Pss);
                Sha1();
            }
        }
        """);

    [Fact]
    public Task ReportMonitoredFalse_SilencesSha1_ButNotMd5() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C
        {
            byte[] A(byte[] d) => SHA1.HashData(d);
            byte[] B(byte[] d) => {|CRY1001:MD5.HashData(d)|};
        }
        """, "cryptrec_check.report_monitored = false");

    [Fact]
    public Task Shake_OutputBelow256Bits_IsNotListed() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C
        {
            byte[] A(byte[] d) => {|CRY1001:Shake128.HashData(d, 16)|};
            byte[] B(byte[] d) => Shake128.HashData(d, 32);
        }
        """);

    [Fact]
    public Task Fix_Md5Create_BecomesSha256() => Verify.Fix<HashAndMacAnalyzer>(
        "class C { HashAlgorithm H() => {|CRY1001:MD5.Create()|}; }",
        "class C { HashAlgorithm H() => SHA256.Create(); }");

    [Fact]
    public Task Fix_HmacSha1Type_BecomesHmacSha256() => Verify.Fix<HashAndMacAnalyzer>(
        "class C { HMAC H(byte[] k) => {|CRY1002:new HMACSHA1(k)|}; byte[] D(byte[] k, byte[] d) => {|CRY1002:HMACSHA1.HashData(k, d)|}; }",
        "class C { HMAC H(byte[] k) => new HMACSHA256(k); byte[] D(byte[] k, byte[] d) => HMACSHA256.HashData(k, d); }");

    [Fact]
    public Task Fix_HashAlgorithmNameSha1_BecomesSha256() => Verify.Fix<HashAndMacAnalyzer>(
        "class C { byte[] S(RSA rsa, byte[] d) => rsa.SignData(d, {|CRY1002:HashAlgorithmName.SHA1|}, RSASignaturePadding.Pss); }",
        "class C { byte[] S(RSA rsa, byte[] d) => rsa.SignData(d, HashAlgorithmName.SHA256, RSASignaturePadding.Pss); }");

    [Fact]
    public Task FixAll_ReplacesEveryWeakHashInTheDocument() => Verify.Fix<HashAndMacAnalyzer>("""
        class C
        {
            HashAlgorithm A() => {|CRY1001:MD5.Create()|};
            byte[] B(byte[] d) => {|CRY1002:SHA1.HashData(d)|};
            HashAlgorithm D() => {|CRY1002:new SHA1CryptoServiceProvider()|};
            byte[] E(ECDsa e, byte[] d) => e.SignData(d, {|CRY1001:HashAlgorithmName.MD5|});
        }
        """, """
        class C
        {
            HashAlgorithm A() => SHA256.Create();
            byte[] B(byte[] d) => SHA256.HashData(d);
            HashAlgorithm D() => SHA256.Create();
            byte[] E(ECDsa e, byte[] d) => e.SignData(d, HashAlgorithmName.SHA256);
        }
        """, fixAll: true);

    [Fact]
    public Task BouncyCastle_DigestsAndHmac_AreJudgedOnce() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C
        {
            IDigest A() => {|CRY1001:new MD5Digest()|};
            IMac B() => {|CRY1002:new HMac(new Sha1Digest())|};
            IMac D() { var digest = new Sha1Digest(); return {|CRY1002:new HMac(digest)|}; }
            IMac E() => new HMac(new Sha256Digest());
            IDigest F() => new Sha3Digest(256);
            IDigest G() => {|CRY1002:new RipeMD160Digest()|};
        }
        """);

    [Fact]
    public Task Kdf_Rfc2898DefaultIsSha1_AndPbkdf2WithMd5() => Verify.Analyzer<HashAndMacAnalyzer>("""
        class C
        {
            void M(string pw, byte[] salt)
            {
                using var a = {|CRY5002:new Rfc2898DeriveBytes(pw, salt, 100000)|};
                using var b = new Rfc2898DeriveBytes(pw, salt, 100000, HashAlgorithmName.SHA256);
                var c = Rfc2898DeriveBytes.Pbkdf2(pw, salt, 100000, {|CRY5001:HashAlgorithmName.MD5|}, 32);
                var d = HKDF.DeriveKey({|CRY5002:HashAlgorithmName.SHA1|}, salt, 32);
            }
        }
        """);

    [Fact]
    public Task Fix_KdfHash_BecomesSha256() => Verify.Fix<HashAndMacAnalyzer>(
        "class C { byte[] M(string pw, byte[] s) => Rfc2898DeriveBytes.Pbkdf2(pw, s, 100000, {|CRY5001:HashAlgorithmName.MD5|}, 32); }",
        "class C { byte[] M(string pw, byte[] s) => Rfc2898DeriveBytes.Pbkdf2(pw, s, 100000, HashAlgorithmName.SHA256, 32); }");
    // The fixes below are compiled by the test framework after they are applied (any compiler error fails the test), with
    // and without `using System.Security.Cryptography;` in the file.

    [Fact]
    public Task Fix_Md5Create_WithoutUsing_StaysQualified() => Verify.Fix<HashAndMacAnalyzer>(
        "class C { System.Security.Cryptography.HashAlgorithm H() => {|CRY1001:System.Security.Cryptography.MD5.Create()|}; }",
        "class C { System.Security.Cryptography.HashAlgorithm H() => System.Security.Cryptography.SHA256.Create(); }", withUsings: false);

    [Fact]
    public Task Fix_Sha1ManagedAndHmacAndOneShot_WithoutUsing_StayQualified() => Verify.Fix<HashAndMacAnalyzer>("""
        class C
        {
            object A() => {|CRY1002:new System.Security.Cryptography.SHA1Managed()|};
            object B(byte[] k) => {|CRY1002:new System.Security.Cryptography.HMACSHA1(k)|};
            byte[] D(byte[] d) => {|CRY1002:System.Security.Cryptography.SHA1.HashData(d)|};
        }
        """, """
        class C
        {
            object A() => System.Security.Cryptography.SHA256.Create();
            object B(byte[] k) => new System.Security.Cryptography.HMACSHA256(k);
            byte[] D(byte[] d) => System.Security.Cryptography.SHA256.HashData(d);
        }
        """, withUsings: false, fixAll: true);

    [Fact]
    public Task Fix_Sha1ManagedWithUsing_BecomesShortSha256Create() => Verify.Fix<HashAndMacAnalyzer>(
        "class C { HashAlgorithm H() => {|CRY1002:new SHA1Managed()|}; }",
        "class C { HashAlgorithm H() => SHA256.Create(); }");

    [Fact]
    public async Task Fix_Shake128WithShortOutput_IsNotOffered()
    {
        // SHA256.HashData(d, 16) does not exist (CS1503 before): SHAKE with an output length has no mechanical replacement.
        const string source = "class C { byte[] A(byte[] d) => {|CRY1001:Shake128.HashData(d, 16)|}; }";
        await Verify.Fix<HashAndMacAnalyzer>(source, source);
        Assert.Empty(await Verify.OfferedFixes<HashAndMacAnalyzer>("class C { byte[] A(byte[] d) => Shake128.HashData(d, 16); }"));
    }

    [Fact]
    public Task Fix_HashName_WithoutUsing_KeepsQualification() => Verify.Fix<HashAndMacAnalyzer>(
        "class C { byte[] S(System.Security.Cryptography.RSA rsa, byte[] d) => rsa.SignData(d, {|CRY1002:System.Security.Cryptography.HashAlgorithmName.SHA1|}, System.Security.Cryptography.RSASignaturePadding.Pss); }",
        "class C { byte[] S(System.Security.Cryptography.RSA rsa, byte[] d) => rsa.SignData(d, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pss); }",
        withUsings: false);
}
