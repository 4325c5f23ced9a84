using CryptrecCheck.Analyzers;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

public class AlgorithmNameTests
{
    [Fact]
    public Task CryptoConfigAndFactories_ByName() => Verify.Analyzer<AlgorithmNameAnalyzer>("""
        #pragma warning disable SYSLIB0045
        class C
        {
            const string Legacy = "SHA1";
            void M()
            {
                var a = CryptoConfig.CreateFromName({|CRY2001:"DES"|});
                var b = (HashAlgorithm)CryptoConfig.CreateFromName({|CRY1001:"MD5"|})!;
                var c = HashAlgorithm.Create({|CRY1002:Legacy|});
                var d = CryptoConfig.CreateFromName({|CRY2005:"CLEFIA"|});
                var e = CryptoConfig.CreateFromName({|CRY1003:"PC-MAC-AES"|});
                var f = CryptoConfig.CreateFromName("SHA256");
                var g = CryptoConfig.CreateFromName("System.Security.Cryptography.AesManaged");
                var h = CryptoConfig.CreateFromName("NotAnAlgorithm");
            }
        }
        """);

    /// <summary>Issue 8, defect 3: full-width names from Japanese input methods threw AD0001; odd characters must
    /// never make the analyzer throw (the test framework fails on any AD0001).</summary>
    [Fact]
    public Task CryptoConfig_FullWidthAndOddNames_AreJudged_NeverThrow() => Verify.Analyzer<AlgorithmNameAnalyzer>("""
        #pragma warning disable SYSLIB0045
        class C
        {
            void M()
            {
                var a = CryptoConfig.CreateFromName("AES-２５６");
                var b = CryptoConfig.CreateFromName({|CRY1001:"ＭＤ５"|});
                var c = CryptoConfig.CreateFromName({|CRY2001:"ＤＥＳ"|});
                var d = CryptoConfig.CreateFromName("RC4\u202E");
                var e = CryptoConfig.CreateFromName("AES-\u0662\u0665\u0666");
                var f = CryptoConfig.CreateFromName("\uD800SHA1");
            }
        }
        """);

    [Fact]
    public Task BouncyCastleUtilities_ByName() => Verify.Analyzer<AlgorithmNameAnalyzer>("""
        class C
        {
            void M()
            {
                var a = CipherUtilities.GetCipher({|CRY2003:"AES/ECB/PKCS7PADDING"|});
                var b = CipherUtilities.GetCipher({|CRY2003:"AES"|});
                var c = CipherUtilities.GetCipher({|CRY2002:"DESede/CBC/PKCS5Padding"|});
                var d = CipherUtilities.GetCipher({|CRY3002:"RSA/ECB/PKCS1Padding"|});
                var e = CipherUtilities.GetCipher("AES/GCM/NoPadding");
                var f = DigestUtilities.GetDigest({|CRY1002:"SHA-1"|});
                var g = SignerUtilities.GetSigner({|CRY1002:"SHA1withRSA"|});
                var h = SignerUtilities.GetSigner("SHA256withECDSA");
                var i = MacUtilities.GetMac({|CRY1001:"HMAC-MD5"|});
                var j = MacUtilities.GetMac("HMAC-SHA256");
                var k = CipherUtilities.GetCipher({|CRY3004:"RSA/NONE/NoPadding"|});
                var l = SignerUtilities.GetSigner({|CRY3004:"SHA256withSM2"|});
                var m = new SecureRandom();
            }
        }
        """);

    [Fact]
    public Task ReportCandidateFalse_SilencesCandidates() => Verify.Analyzer<AlgorithmNameAnalyzer>("""
        class C { object? M() => CryptoConfig.CreateFromName("CLEFIA"); }
        """, "cryptrec_check.report_candidate = false");

    [Fact]
    public Task Edition2012R8_TripleDesWasRecommended() => Verify.Analyzer<AlgorithmNameAnalyzer>("""
        class C { object? M() => CryptoConfig.CreateFromName("3DES"); object? N() => CryptoConfig.CreateFromName({|CRY2001:"DES"|}); }
        """, "cryptrec_check.edition = 2012r8\ncryptrec_check.as_of = 2020-01-01\ncryptrec_check.operation_end_year = 2025");
}
