using CryptrecCheck.Primitives;
using CryptrecCheck.Primitives.CamelliaImpl;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;
using Xunit;

namespace CryptrecCheck.Primitives.Tests;

/// <summary>
/// The portable path's round-sliced batches (1–8 blocks, <see cref="CamelliaRoundSliced"/>), which run every message or
/// remainder under 128 blocks and every single block: each small block count against BouncyCastle, and against the
/// 64-block bitsliced and SWAR code they replaced (still reachable with <c>RoundSlicedMaxBlocks = 0</c>).
/// </summary>
public class CamelliaRoundSlicedTests
{
    public static TheoryData<int> KeySizes => new() { 16, 24, 32 };

    public static TheoryData<int, int> KeySizesAndWidths => new() { { 16, 16 }, { 24, 16 }, { 32, 16 }, { 16, 8 }, { 32, 8 } };

    [Theory]
    [MemberData(nameof(KeySizesAndWidths))]
    public void EverySmallBlockCount_AgreesWithBouncyCastle_CtrCbcDecryptGcm(int keyLength, int width)
    {
        var rng = new Random(1500 + keyLength + width);
        for (var blocks = 1; blocks <= 70; blocks++)
        {
            var key = RandomBytes(rng, keyLength);
            var iv = RandomBytes(rng, 16);
            using var c = new Camellia(key) { Path = CamelliaPath.Portable, RoundSlicedBlocks = width };

            // CTR over whole blocks and over a length that ends inside the last block.
            foreach (var len in new[] { 16 * blocks, (16 * blocks) - 1 - rng.Next(15) })
            {
                var msg = RandomBytes(rng, len);
                var ctr = new byte[len];
                c.TransformCtr(iv, msg, ctr);
                var bcCtr = new BufferedBlockCipher(new SicBlockCipher(new CamelliaEngine()));
                bcCtr.Init(true, new ParametersWithIV(new KeyParameter(key), iv));
                Assert.True(bcCtr.DoFinal(msg).AsSpan().SequenceEqual(ctr), $"CTR, {len} bytes, {keyLength * 8}-bit key");
            }

            // CBC decryption of BouncyCastle's ciphertext, out of place and in place.
            var data = RandomBytes(rng, 16 * blocks);
            var bcCbc = new BufferedBlockCipher(new CbcBlockCipher(new CamelliaEngine()));
            bcCbc.Init(true, new ParametersWithIV(new KeyParameter(key), iv));
            var cbc = bcCbc.DoFinal(data);
            var plain = new byte[cbc.Length];
            c.DecryptCbc(iv, cbc, plain);
            Assert.True(data.AsSpan().SequenceEqual(plain), $"CBC decrypt, {blocks} blocks, {keyLength * 8}-bit key");
            c.DecryptCbc(iv, cbc, cbc);
            Assert.True(data.AsSpan().SequenceEqual(cbc), $"CBC decrypt in place, {blocks} blocks");

            // CBC encryption (serial one-block batches) too.
            var enc = new byte[data.Length];
            c.EncryptCbc(iv, data, enc);
            bcCbc.Init(true, new ParametersWithIV(new KeyParameter(key), iv));
            Assert.True(bcCbc.DoFinal(data).AsSpan().SequenceEqual(enc), $"CBC encrypt, {blocks} blocks");

            // GCM: the counter blocks (nonce ‖ 2 …) of this many blocks, plus H and the tag block as single blocks.
            var nonce = RandomBytes(rng, 12);
            var aad = RandomBytes(rng, rng.Next(0, 40));
            var pt = RandomBytes(rng, (16 * blocks) - rng.Next(2));
            using var gcm = new CamelliaGcm(key, 16) { Path = CamelliaPath.Portable, UseClmul = false };
            var ct = new byte[pt.Length];
            var tag = new byte[16];
            gcm.Encrypt(nonce, pt, ct, tag, aad);
            var bc = new GcmBlockCipher(new CamelliaEngine());
            bc.Init(true, new AeadParameters(new KeyParameter(key), 128, nonce, aad));
            var expected = new byte[bc.GetOutputSize(pt.Length)];
            bc.DoFinal(expected, bc.ProcessBytes(pt, 0, pt.Length, expected, 0));
            Assert.True(expected.AsSpan(0, pt.Length).SequenceEqual(ct), $"GCM ciphertext, {pt.Length} bytes");
            Assert.True(expected.AsSpan(pt.Length).SequenceEqual(tag), $"GCM tag, {pt.Length} bytes");
            var back = new byte[pt.Length];
            gcm.Decrypt(nonce, ct, tag, back, aad);
            Assert.True(pt.AsSpan().SequenceEqual(back), $"GCM decrypt, {pt.Length} bytes");
        }
    }

    [Theory]
    [MemberData(nameof(KeySizes))]
    public void RoundSliced_EqualsTheBlockSlicedAndSwarCode_ForEveryCountUpTo300(int keyLength)
    {
        var rng = new Random(700 + keyLength);
        var key = RandomBytes(rng, keyLength);
        using var roundSliced = new Camellia(key) { Path = CamelliaPath.Portable };
        using var previous = new Camellia(key) { Path = CamelliaPath.Portable, RoundSlicedMaxBlocks = 0 };
        using var narrow = new Camellia(key) { Path = CamelliaPath.Portable, RoundSlicedBlocks = 8 };
        using var mixed = new Camellia(key) { Path = CamelliaPath.Portable, RoundSlicedMaxBlocks = 1 };
        Assert.Equal(Camellia.DefaultRoundSlicedMaxBlocks, roundSliced.RoundSlicedMaxBlocks);
        Assert.Equal(Camellia.DefaultRoundSlicedBlocks, roundSliced.RoundSlicedBlocks);
        var data = RandomBytes(rng, 16 * 300);
        var a = new byte[data.Length];
        var b = new byte[data.Length];
        for (var blocks = 0; blocks <= 300; blocks++)
        {
            var src = data.AsSpan(0, 16 * blocks);
            foreach (var decrypt in new[] { false, true })
            {
                previous.Blocks(src, b, decrypt);
                foreach (var c in new[] { roundSliced, narrow, mixed })
                {
                    Array.Clear(a);
                    c.Blocks(src, a, decrypt);
                    Assert.True(a.AsSpan(0, src.Length).SequenceEqual(b.AsSpan(0, src.Length)),
                        $"{blocks} blocks, decrypt {decrypt}, {c.RoundSlicedBlocks}-block round-sliced batches up to {c.RoundSlicedMaxBlocks} blocks");
                }
            }
        }
        var one = new byte[16];
        var two = new byte[16];
        roundSliced.EncryptBlock(data.AsSpan(0, 16), one);
        previous.EncryptBlock(data.AsSpan(0, 16), two);
        Assert.Equal(two, one);
        roundSliced.DecryptBlock(data.AsSpan(0, 16), one);
        previous.DecryptBlock(data.AsSpan(0, 16), two);
        Assert.Equal(two, one);
    }

    [Fact]
    public void RoundSlicedSettings_RejectBadValues()
    {
        using var c = new Camellia(new byte[16]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => c.RoundSlicedMaxBlocks = -1);
        Assert.Equal("value", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => c.RoundSlicedBlocks = 32);
    }

    [Fact]
    public void GcmDispose_ZeroesHTheGhashStateAndTheSubkeys()
    {
        var gcm = new CamelliaGcm(RandomBytes(new Random(4), 16), 16) { UseClmul = false };
        Assert.False(gcm.KeyMaterialIsZero());
        gcm.Dispose();
        Assert.True(gcm.KeyMaterialIsZero());
    }

    [Fact]
    public void P64_IsTheRfc3713PFunction()
    {
        var rng = new Random(2);
        var buf = new byte[8];
        for (var i = 0; i < 10_000; i++)
        {
            rng.NextBytes(buf);
            var x = BitConverter.ToUInt64(buf);
            Assert.Equal(CamelliaSBox.P(x), CamelliaRoundSliced.P64(x));
        }
        for (var bit = 0; bit < 64; bit++) { Assert.Equal(CamelliaSBox.P(1UL << bit), CamelliaRoundSliced.P64(1UL << bit)); }
    }

    [Fact]
    public void Transpose_MovesBitIOfWordBToBitBOfWordI_AndIsItsOwnInverse()
    {
        var rng = new Random(3);
        var buf = new byte[8];
        var w = new ulong[8];
        for (var k = 0; k < 8; k++) { rng.NextBytes(buf); w[k] = BitConverter.ToUInt64(buf); }
        ulong t0 = w[0], t1 = w[1], t2 = w[2], t3 = w[3], t4 = w[4], t5 = w[5], t6 = w[6], t7 = w[7];
        CamelliaRoundSliced.Transpose(ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        var t = new[] { t0, t1, t2, t3, t4, t5, t6, t7 };
        for (var i = 0; i < 8; i++)
        {
            for (var p = 0; p < 8; p++)
            {
                for (var b = 0; b < 8; b++)
                {
                    Assert.Equal((w[b] >> ((8 * p) + i)) & 1, (t[i] >> ((8 * p) + b)) & 1);
                }
            }
        }
        CamelliaRoundSliced.Transpose(ref t0, ref t1, ref t2, ref t3, ref t4, ref t5, ref t6, ref t7);
        Assert.Equal(w, new[] { t0, t1, t2, t3, t4, t5, t6, t7 });
    }

    private static readonly int[] ShortLengths = [16, 64, 100, 1024];

    [Fact]
    public void PortableShortMessages_DoNotAllocate()
    {
        var key = new byte[16];
        using var c = new Camellia(key) { Path = CamelliaPath.Portable };
        using var gcm = new CamelliaGcm(key, 16) { Path = CamelliaPath.Portable, UseClmul = false };
        var iv = new byte[16];
        var nonce = new byte[12];
        var data = new byte[1024];
        var output = new byte[1024];
        var tag = new byte[16];

        void Run()
        {
            foreach (var n in ShortLengths)
            {
                c.TransformCtr(iv, data.AsSpan(0, n), output);
                c.DecryptCbc(iv, data.AsSpan(0, n & ~15), output);
                c.EncryptCbc(iv, data.AsSpan(0, n & ~15), output);
                gcm.Encrypt(nonce, data.AsSpan(0, n), output.AsSpan(0, n), tag);
            }
        }

        Run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 5; i++) { Run(); }
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    private static byte[] RandomBytes(Random rng, int n)
    {
        var b = new byte[n];
        rng.NextBytes(b);
        return b;
    }
}
