using Xunit;

namespace CryptrecCheck.Analyzers.Tests;

/// <summary>User types that implement an algorithm by name (issue 13): the declaration and each creation are judged.</summary>
public class HandWrittenAlgorithmTests
{
    [Fact]
    public Task DotNetBaseTypes_NamedAfterUnlistedAlgorithms_AreReported() => Verify.Analyzer<HandWrittenAlgorithmAnalyzer>("""
        abstract class {|CRY2001:Rc4|} : SymmetricAlgorithm { }
        abstract class {|CRY1001:Md4|} : HashAlgorithm { }
        abstract class {|CRY1001:MyHmacMd5|} : KeyedHashAlgorithm { }
        abstract class {|CRY2001:DesCipher|} : ICryptoTransform
        {
            public abstract int InputBlockSize { get; }
            public abstract int OutputBlockSize { get; }
            public abstract bool CanTransformMultipleBlocks { get; }
            public abstract bool CanReuseTransform { get; }
            public abstract int TransformBlock(byte[] i, int io, int ic, byte[] o, int oo);
            public abstract byte[] TransformFinalBlock(byte[] i, int io, int ic);
            public abstract void Dispose();
        }
        sealed class {|CRY2001:Rc4Impl|} : Rc4
        {
            public override ICryptoTransform CreateEncryptor(byte[] k, byte[]? iv) => throw new NotSupportedException();
            public override ICryptoTransform CreateDecryptor(byte[] k, byte[]? iv) => throw new NotSupportedException();
            public override void GenerateKey() { }
            public override void GenerateIV() { }
        }
        class Use
        {
            SymmetricAlgorithm M() => {|CRY2001:new Rc4Impl()|};
        }
        """);

    [Fact]
    public Task BouncyCastleInterfaces_NamedAfterUnlistedAlgorithms_AreReported() => Verify.Analyzer<HandWrittenAlgorithmAnalyzer>("""
        abstract class BlockBase : IBlockCipher
        {
            public abstract string AlgorithmName { get; }
            public abstract void Init(bool forEncryption, ICipherParameters parameters);
            public abstract int GetBlockSize();
            public abstract int ProcessBlock(byte[] inBuf, int inOff, byte[] outBuf, int outOff);
            public abstract int ProcessBlock(ReadOnlySpan<byte> input, Span<byte> output);
        }
        abstract class {|CRY2001:BlowfishCipher|} : BlockBase { }
        abstract class {|CRY2002:TripleDesCipher|} : BlockBase { }
        abstract class {|CRY2001:Arc4Engine|} : IStreamCipher
        {
            public abstract string AlgorithmName { get; }
            public abstract void Init(bool forEncryption, ICipherParameters parameters);
            public abstract byte ReturnByte(byte input);
            public abstract void ProcessBytes(byte[] input, int inOff, int length, byte[] output, int outOff);
            public abstract void ProcessBytes(ReadOnlySpan<byte> input, Span<byte> output);
            public abstract void Reset();
        }
        abstract class DigestBase : IDigest
        {
            public abstract string AlgorithmName { get; }
            public abstract int GetDigestSize();
            public abstract int GetByteLength();
            public abstract void Update(byte input);
            public abstract void BlockUpdate(byte[] input, int inOff, int inLen);
            public abstract void BlockUpdate(ReadOnlySpan<byte> input);
            public abstract int DoFinal(byte[] output, int outOff);
            public abstract int DoFinal(Span<byte> output);
            public abstract void Reset();
        }
        sealed class {|CRY1001:Md4Digest|} : DigestBase
        {
            public override string AlgorithmName => "MD4";
            public override int GetDigestSize() => 16;
            public override int GetByteLength() => 64;
            public override void Update(byte input) { }
            public override void BlockUpdate(byte[] input, int inOff, int inLen) { }
            public override void BlockUpdate(ReadOnlySpan<byte> input) { }
            public override int DoFinal(byte[] output, int outOff) => 16;
            public override int DoFinal(Span<byte> output) => 16;
            public override void Reset() { }
        }
        class Use
        {
            IDigest M() => {|CRY1001:new Md4Digest()|};
        }
        """);

    /// <summary>IMac implementations are judged as the MAC their name says; a name that is no algorithm is not.</summary>
    [Fact]
    public Task BouncyCastleMac_NamedAfterAMac_IsJudgedAsThatMac() => Verify.Analyzer<HandWrittenAlgorithmAnalyzer>("""
        abstract class MacBase : IMac
        {
            public abstract string AlgorithmName { get; }
            public abstract void Init(ICipherParameters parameters);
            public abstract int GetMacSize();
            public abstract void Update(byte input);
            public abstract void BlockUpdate(byte[] input, int inOff, int len);
            public abstract void BlockUpdate(ReadOnlySpan<byte> input);
            public abstract int DoFinal(byte[] output, int outOff);
            public abstract int DoFinal(Span<byte> output);
            public abstract void Reset();
        }
        abstract class {|CRY1001:HMacMd5|} : MacBase { }
        abstract class SessionMac : MacBase { }
        """);

    [Fact]
    public Task OwnCipherHierarchy_LikeSshNet_IsRecognised() => Verify.Analyzer<HandWrittenAlgorithmAnalyzer>("""
        namespace Lib
        {
            public abstract class Cipher { }
            public abstract class SymmetricCipher : Cipher { }
            public abstract class BlockCipher : SymmetricCipher { }
            public class {|CRY2001:DesCipher|} : BlockCipher { }
            public sealed class {|CRY2002:TripleDesCipher|} : DesCipher { }
            public sealed class AesCipher : BlockCipher { }
            public sealed class CaesarCipher : Cipher { }
            public sealed class KeyCipher : BlockCipher { }
            public abstract class Shape { }
            public sealed class Rc4 : Shape { }
            class Use
            {
                Cipher A() => {|CRY2002:new TripleDesCipher()|};
                Cipher B() => new AesCipher();
                object C() => new Rc4();
            }
        }
        """);

    [Fact]
    public Task ListedOrNonAlgorithmNames_AreNotReported() => Verify.Analyzer<HandWrittenAlgorithmAnalyzer>("""
        abstract class HashHelper : HashAlgorithm { }
        abstract class Cipher : SymmetricAlgorithm { }
        abstract class CryptoService : SymmetricAlgorithm { }
        abstract class XorCipher : SymmetricAlgorithm { }
        abstract class NullCipher : SymmetricAlgorithm { }
        abstract class Crc32 : HashAlgorithm { }
        abstract class Fnv1aHash : HashAlgorithm { }
        abstract class XxHash64 : HashAlgorithm { }
        abstract class Murmur3Hash : HashAlgorithm { }
        abstract class Adler32 : HashAlgorithm { }
        abstract class CaesarCipher : SymmetricAlgorithm { }
        abstract class MyCipher : SymmetricAlgorithm { }
        abstract class SimpleHash : HashAlgorithm { }
        abstract class CountingHash : HashAlgorithm { }
        abstract class Sha256Hasher : HashAlgorithm { }
        abstract class AesCtrTransform : SymmetricAlgorithm { }
        abstract class Camellia : SymmetricAlgorithm { }
        // Named after an algorithm, but of another family than the base type: not judged as that algorithm.
        abstract class Md5 : SymmetricAlgorithm { }
        abstract class Rc4Hash : AsymmetricAlgorithm { }
        // Not a cryptographic type at all.
        class Md5Cache { }
        class Rc4 { }
        class Use { object M() => new Rc4(); }
        """);

    [Theory]
    [InlineData("HashHelper")]
    [InlineData("Cipher")]
    [InlineData("CryptoService")]
    [InlineData("CryptoHelper")]
    [InlineData("PasswordHasher")]
    [InlineData("TokenSigner")]
    [InlineData("Encryptor")]
    [InlineData("DataProtector")]
    [InlineData("StringCipher")]
    [InlineData("FileCipher")]
    [InlineData("ChunkedTransform")]
    [InlineData("Base64Transform")]
    [InlineData("IdentityTransform")]
    [InlineData("NoOpTransform")]
    [InlineData("GZipTransform")]
    [InlineData("UpperCaseTransform")]
    [InlineData("CrcDigest")]
    [InlineData("NullDigest")]
    [InlineData("TeeDigest")]
    [InlineData("ShortenedDigest")]
    [InlineData("NonCryptographicHash")]
    [InlineData("RollingHash")]
    [InlineData("ConsistentHash")]
    [InlineData("Transform")]
    [InlineData("Engine")]
    [InlineData("Core")]
    [InlineData("X")]
    public void FromName_OrdinaryNames_ResolveToNothing(string name) => Assert.Null(HandWrittenAlgorithmAnalyzer.FromName(name));

    [Theory]
    [InlineData("Rc4", "RC4")]
    [InlineData("RC4Engine", "RC4")]
    [InlineData("Arcfour", "RC4")]
    [InlineData("Md4", "MD4")]
    [InlineData("MD4Digest", "MD4")]
    [InlineData("DesCipher", "DES")]
    [InlineData("BlowfishCipher", "Blowfish")]
    [InlineData("MyBlowfish", "Blowfish")]
    [InlineData("Sha1Managed", "SHA-1")]
    public void FromName_AlgorithmNames_Resolve(string name, string algorithm) => Assert.Equal(algorithm, HandWrittenAlgorithmAnalyzer.FromName(name)?.Algorithm);

    [Theory]
    [InlineData("TripleDesCipher", new[] { "Triple", "Des", "Cipher" })]
    [InlineData("RC4Engine", new[] { "RC4", "Engine" })]
    [InlineData("SHA1Managed", new[] { "SHA1", "Managed" })]
    [InlineData("Md4Digest", new[] { "Md4", "Digest" })]
    [InlineData("HMACMD5", new[] { "HMACMD5" })]
    [InlineData("Generic`1", new[] { "Generic" })]
    [InlineData("des_cbc", new[] { "des", "cbc" })]
    public void Words_SplitAtCaseChanges(string name, string[] words) => Assert.Equal(words, HandWrittenAlgorithmAnalyzer.Words(name));
}
