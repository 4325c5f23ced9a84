using CryptrecCheck.Analyzers;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

public class SymmetricTests
{
    [Fact]
    public Task LegacyCiphers_AreReported() => Verify.Analyzer<SymmetricAnalyzer>("""
        class C
        {
            void M()
            {
                using var des = {|CRY2001:DES.Create()|};
                using var des2 = {|CRY2001:new DESCryptoServiceProvider()|};
                using var rc2 = {|CRY2001:RC2.Create()|};
                using var tdes = {|CRY2002:TripleDES.Create()|};
                using var aes = Aes.Create();
            }
        }
        """);

    [Fact]
    public Task TwoKeyTripleDes_FromASixteenByteKey_IsNotListed() => Verify.Analyzer<SymmetricAnalyzer>("""
        class C
        {
            void M(byte[] iv)
            {
                using var t = {|CRY2002:TripleDES.Create()|};
                t.Key = {|CRY2001:new byte[16]|};
                t.KeySize = {|CRY2001:128|};
                var e = t.CreateEncryptor({|CRY2001:new byte[16]|}, iv);
                t.Key = new byte[24];
            }
        }
        """);

    [Fact]
    public Task Ecb_ThroughEnumCastsLocalsAndConditionals() => Verify.Analyzer<SymmetricAnalyzer>("""
        class C
        {
            const CipherMode Legacy = CipherMode.ECB;
            void M(Aes aes, SymmetricAlgorithm any, bool old, byte[] d)
            {
                aes.Mode = {|CRY2003:CipherMode.ECB|};
                aes.Mode = {|CRY2003:(CipherMode)2|};
                var m = old ? CipherMode.ECB : CipherMode.CBC;
                aes.Mode = {|CRY2003:m|};
                any.Mode = {|CRY2003:Legacy|};
                aes.Mode = {|CRY2003:CipherMode.CTS|};
                var x = {|CRY2003:aes.EncryptEcb(d, PaddingMode.PKCS7)|};
                using var y = new AesManaged { Mode = {|CRY2003:CipherMode.ECB|} };
            }
        }
        """);

    [Fact]
    public Task ListedModesAndTrickyNegatives_AreClean() => Verify.Analyzer<SymmetricAnalyzer>("""
        class C
        {
            string Bank = "ECB";
            void M(Aes aes, CipherMode mode, byte[] d, byte[] iv)
            {
                if (mode == CipherMode.ECB) { throw new NotSupportedException("ECB is not allowed"); }
                aes.Mode = CipherMode.CBC;
                aes.Mode = CipherMode.CFB;
                aes.Mode = mode;
                var ct = aes.EncryptCbc(d, iv);
                using var gcm = new AesGcm(new byte[32], 16);
                gcm.Encrypt(new byte[12], d, new byte[d.Length], new byte[16]);
                using var chacha = new System.Security.Cryptography.ChaCha20Poly1305(new byte[32]);
            }
        }
        """);

    [Fact]
    public Task GcmNonceOtherThan96Bits_IsOutsideTheRecommendation() => Verify.Analyzer<SymmetricAnalyzer>("""
        class C
        {
            void M(byte[] d)
            {
                using var gcm = new AesGcm(new byte[16], 16);
                gcm.Encrypt({|CRY2004:new byte[16]|}, d, new byte[d.Length], new byte[16]);
            }
        }
        """);

    [Fact]
    public Task RijndaelWith256BitBlock_IsNotAes() => Verify.Analyzer<SymmetricAnalyzer>("""
        class C
        {
            void M()
            {
                using var r = new RijndaelManaged();
                r.BlockSize = {|CRY2001:256|};
                using var ok = new RijndaelManaged();
                ok.BlockSize = 128;
            }
        }
        """);

    [Fact]
    public Task BouncyCastle_EnginesModesAndRawUse() => Verify.Analyzer<SymmetricAnalyzer>("""
        class C
        {
            void M(byte[] i, byte[] o)
            {
                var a = {|CRY2001:new DesEngine()|};
                var b = {|CRY2002:new CbcBlockCipher(new DesEdeEngine())|};
                var c = {|CRY2003:new EcbBlockCipher(new AesEngine())|};
                var d = new PaddedBufferedBlockCipher({|CRY2003:new EcbBlockCipher(new AesEngine())|});
                var e = new PaddedBufferedBlockCipher(new CbcBlockCipher(new AesEngine()));
                var f = new GcmBlockCipher(new AesEngine());
                var g = {|CRY2001:new RC4Engine()|};
                var h = {|CRY2001:new ChaCha7539Engine()|};
                var raw = new AesEngine();
                raw.Init(true, new KeyParameter(new byte[16]));
                {|CRY2003:raw.ProcessBlock(i, 0, o, 0)|};
                var camellia = new SicBlockCipher(new CamelliaEngine());
            }
        }
        """);

    /// <summary>Key and parameter holders travel with the engine that is judged; reporting them too would report one use
    /// several times (found running the analyzer over bc-csharp).</summary>
    [Fact]
    public Task BouncyCastle_ParameterClasses_AreNotReportedOnTheirOwn() => Verify.Analyzer<SymmetricAnalyzer>("""
        class C
        {
            void M(byte[] k)
            {
                var e = {|CRY2001:new DesEngine()|};
                e.Init(true, new DesParameters(k));
                var p = new DesEdeParameters(k);
                var w = new ParametersWithIV(new DesParameters(k), new byte[8]);
            }
        }
        """);

    [Fact]
    public Task ChaCha20WithoutPoly1305_IsNotListed() => Verify.Analyzer<SymmetricAnalyzer>("""
        class C { IStreamCipher M() => {|CRY2001:new ChaChaEngine()|}; }
        """);
}
