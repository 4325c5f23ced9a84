using CryptrecCheck.Analyzers;
using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>ECB as the one-block step of a hand-written mode, and ChaCha20 + Poly1305 assembled by hand (issue 13): the
/// construction is judged, not the primitive. CTR/OFB/CFB are listed modes; AES key wrap (RFC 3394) is not listed.
/// <c>Verify.Analyzer</c> is the assertion: it fails on any diagnostic the markup does not mark and on any marked one
/// that is missing, so a source without markup asserts that nothing is reported.</summary>
public class HandWrittenConstructionTests
{
    [Fact]
    public Task EcbStepOfAHandWrittenCtr_IsNotReportedAsEcb() => Verify.Analyzer<SymmetricAnalyzer>("""
        sealed class AesCtr
        {
            private readonly Aes _aes = Aes.Create();
            public AesCtr(byte[] key) { _aes.Key = key; _aes.Mode = CipherMode.ECB; _aes.Padding = PaddingMode.None; }
            public void Transform(byte[] counter, byte[] data)
            {
                using var enc = _aes.CreateEncryptor();
                var ks = new byte[16];
                for (var off = 0; off < data.Length; off += 16)
                {
                    enc.TransformBlock(counter, 0, 16, ks, 0);
                    for (var i = 0; i < 16 && off + i < data.Length; i++) { data[off + i] ^= ks[i]; }
                    for (var j = 15; j >= 0 && ++counter[j] == 0; j--) { }
                }
            }
        }
        """);

    [Fact]
    public Task EncryptEcbAsTheStepOfAHandWrittenCtr_IsNotReportedAsEcb() => Verify.Analyzer<SymmetricAnalyzer>("""
        static class Ctr
        {
            public static void Xor(Aes aes, byte[] counter, byte[] data)
            {
                var ks = new byte[16];
                for (var off = 0; off < data.Length; off += 16)
                {
                    aes.EncryptEcb(counter, ks, PaddingMode.None);
                    for (var i = 0; i < 16 && off + i < data.Length; i++) { data[off + i] = (byte)(data[off + i] ^ ks[i]); }
                    counter[15]++;
                }
            }
        }
        """);

    [Fact]
    public Task EcbStepOfAnRfc3394KeyWrap_IsReportedAsKeyWrap_NotListed() => Verify.Analyzer<SymmetricAnalyzer>("""
        static class KeyWrap
        {
            public static byte[] Wrap(byte[] kek, byte[] key)
            {
                using var aes = Aes.Create();
                aes.Key = kek;
                aes.Mode = {|CRY2001:CipherMode.ECB|};
                aes.Padding = PaddingMode.None;
                ulong a = 0xA6A6A6A6A6A6A6A6;
                var n = key.Length / 8;
                var r = (byte[])key.Clone();
                var b = new byte[16];
                using var enc = aes.CreateEncryptor();
                for (var j = 0; j < 6; j++)
                {
                    for (var i = 0; i < n; i++)
                    {
                        BitConverter.GetBytes(a).CopyTo(b, 0);
                        Array.Copy(r, i * 8, b, 8, 8);
                        enc.TransformBlock(b, 0, 16, b, 0);
                        a = BitConverter.ToUInt64(b, 0) ^ (ulong)(n * j + i + 1);
                        Array.Copy(b, 8, r, i * 8, 8);
                    }
                }
                return r;
            }
        }
        """);

    [Fact]
    public Task PlainEcb_InALoop_WithPadding_IsStillEcb() => Verify.Analyzer<SymmetricAnalyzer>("""
        static class Records
        {
            public static void EncryptAll(Aes aes, byte[][] records)
            {
                aes.Mode = {|CRY2003:CipherMode.ECB|};
                using var enc = aes.CreateEncryptor();
                foreach (var r in records) { enc.TransformBlock(r, 0, r.Length, r, 0); }
            }
        }
        """);

    [Fact]
    public Task ChaCha20AndPoly1305_AssembledByHand_AreJudgedAsTheAead() => Verify.Analyzer<SymmetricAnalyzer>("""
        sealed class ChaChaPolyAead
        {
            private readonly IStreamCipher _chacha = new ChaCha7539Engine();
            private readonly IMac _poly = new Poly1305();
        }
        """);

    [Fact]
    public Task ChaCha20Alone_IsStillNotListed() => Verify.Analyzer<SymmetricAnalyzer>("""
        sealed class StreamOnly
        {
            private readonly IStreamCipher _chacha = {|CRY2001:new ChaCha7539Engine()|};
        }
        """);
}
