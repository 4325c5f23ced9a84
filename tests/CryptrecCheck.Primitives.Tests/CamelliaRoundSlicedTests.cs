using CryptrecCheck.Primitives;
using CryptrecCheck.Primitives.CamelliaImpl;
using System.Runtime.Intrinsics;
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // H¹..H⁴ of the PCLMULQDQ path where the CPU has it (otherwise the portable state again)
    public void GcmDispose_ZeroesHTheGhashStateAndTheSubkeys(bool clmul)
    {
        var gcm = new CamelliaGcm(RandomBytes(new Random(4), 16), 16) { UseClmul = clmul };
        gcm.Encrypt(new byte[12], new byte[40], new byte[40], new byte[16]);
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

/// <summary>
/// The generated S-box circuit (tools/camellia-sbox/circuit.py) on every input byte, at each plane width: byte j of the
/// input sits at bit j of the planes, so 64, 128 or 256 bytes per evaluation cover all 256 inputs in 4, 2 or 1 calls.
/// </summary>
public class CamelliaCircuitTests
{
    [Fact]
    public void SBox1Circuit_On64BitPlanes_MatchesTheScalarSBoxOnEveryByte()
    {
        for (var start = 0; start < 256; start += 64)
        {
            var input = new ulong[8];
            for (var j = 0; j < 64; j++)
            {
                for (var i = 0; i < 8; i++) { input[i] |= (ulong)(((start + j) >> i) & 1) << j; }
            }
            var x = new Bits8 { B0 = input[0], B1 = input[1], B2 = input[2], B3 = input[3], B4 = input[4], B5 = input[5], B6 = input[6], B7 = input[7] };
            var y = CamelliaBitslicedCircuits.SBox1(x);
            ulong[] planes = [y.B0, y.B1, y.B2, y.B3, y.B4, y.B5, y.B6, y.B7];
            for (var j = 0; j < 64; j++)
            {
                var b = 0;
                for (var i = 0; i < 8; i++) { b |= (int)((planes[i] >> j) & 1) << i; }
                Assert.Equal(CamelliaSBox.SBox(1, (byte)(start + j)), (byte)b);
            }
        }
    }

    [Fact]
    public void SBox1Circuit_On128And256BitPlanes_MatchesTheScalarSBoxOnEveryByte()
    {
        // Plane i, 64-bit element e, bit j: bit i of byte 64e + j.
        static ulong[] Planes(int bytes, int start)
        {
            var p = new ulong[8 * (bytes / 64)];
            for (var n = 0; n < bytes; n++)
            {
                var v = (start + n) & 0xFF;
                for (var i = 0; i < 8; i++) { p[(i * (bytes / 64)) + (n / 64)] |= (ulong)((v >> i) & 1) << (n % 64); }
            }
            return p;
        }

        static byte ByteAt(ulong[] p, int bytes, int n)
        {
            var b = 0;
            for (var i = 0; i < 8; i++) { b |= (int)((p[(i * (bytes / 64)) + (n / 64)] >> (n % 64)) & 1) << i; }
            return (byte)b;
        }

        for (var start = 0; start < 256; start += 128)
        {
            var p = Planes(128, start);
            var x = new Bits8V
            {
                B0 = Vector128.Create(p[0], p[1]), B1 = Vector128.Create(p[2], p[3]),
                B2 = Vector128.Create(p[4], p[5]), B3 = Vector128.Create(p[6], p[7]),
                B4 = Vector128.Create(p[8], p[9]), B5 = Vector128.Create(p[10], p[11]),
                B6 = Vector128.Create(p[12], p[13]), B7 = Vector128.Create(p[14], p[15]),
            };
            var y = CamelliaBitslicedCircuits128.SBox1(x);
            var q = new ulong[16];
            var outs = new[] { y.B0, y.B1, y.B2, y.B3, y.B4, y.B5, y.B6, y.B7 };
            for (var i = 0; i < 8; i++) { q[2 * i] = outs[i].GetElement(0); q[(2 * i) + 1] = outs[i].GetElement(1); }
            for (var n = 0; n < 128; n++) { Assert.Equal(CamelliaSBox.SBox(1, (byte)(start + n)), ByteAt(q, 128, n)); }
        }

        var w = Planes(256, 0);
        Vector256<ulong> V(int i) => Vector256.Create(w[4 * i], w[(4 * i) + 1], w[(4 * i) + 2], w[(4 * i) + 3]);
        var xw = new Bits8W { B0 = V(0), B1 = V(1), B2 = V(2), B3 = V(3), B4 = V(4), B5 = V(5), B6 = V(6), B7 = V(7) };
        var yw = CamelliaBitslicedCircuits256.SBox1(xw);
        var outw = new[] { yw.B0, yw.B1, yw.B2, yw.B3, yw.B4, yw.B5, yw.B6, yw.B7 };
        var r = new ulong[32];
        for (var i = 0; i < 8; i++)
        {
            for (var e = 0; e < 4; e++) { r[(4 * i) + e] = outw[i].GetElement(e); }
        }
        for (var n = 0; n < 256; n++) { Assert.Equal(CamelliaSBox.SBox(1, (byte)n), ByteAt(r, 256, n)); }
    }
}
