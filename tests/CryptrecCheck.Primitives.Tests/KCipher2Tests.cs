using CryptrecCheck.Primitives;
using Xunit;

namespace CryptrecCheck.Primitives.Tests;

public class KCipher2Tests
{
    // RFC 7008 Appendix C: key, IV, and the first 64 bytes of keystream (S(0)..S(7), each ZH || ZL).
    public static TheoryData<string, string, string> Rfc7008Vectors => new()
    {
        {
            "00000000000000000000000000000000", "00000000000000000000000000000000",
            "F871EBEF945B7272E40C04941DFF05370B981A59FBC8AC57566D3B02C179DBB43B46F1F033554C725DE68BCC9872858F575496024062F0E9F932C998226DB6BA"
        },
        {
            "A37B7D012F897076FE08C22D142BB2CF", "33A6EE60E57927E08B45CC4CA30EDE4A",
            "60E9A6B67B4C2524FE726D44AD5B402E31D0D1BA5CA233A4AFC74BE7D6069D364A75BB6CD8D5B7F038AAAA284AE4CD2FE2E5313DFC6CCD8F9D2484F20F86C50D"
        },
        {
            "3D62E9B18E5B042F42DF43CC7175C96E", "777CEFE4541300C8ADCACA8A0B48CD55",
            "690F108D84F44AC7BF257BD7E394F6C9AA1192C38E200C6E073C8078AC18AAD1D4B8DADE688023682FA4207683DEA5A44C1D95EAE959F5B42611F41EA40F0A58"
        },
    };

    [Theory]
    [MemberData(nameof(Rfc7008Vectors))]
    public void Keystream_MatchesRfc7008AppendixC(string key, string iv, string expected)
    {
        var ks = new byte[64];
        new KCipher2(Convert.FromHexString(key), Convert.FromHexString(iv)).GetKeystream(ks);
        Assert.Equal(expected, Convert.ToHexString(ks));
    }

    [Theory]
    [MemberData(nameof(Rfc7008Vectors))]
    public void SlowReference_AlsoMatchesRfc7008(string key, string iv, string expected)
    {
        var r = new KCipher2Reference(Convert.FromHexString(key), Convert.FromHexString(iv));
        Assert.Equal(expected, Convert.ToHexString(r.Keystream(64)));
    }

    [Fact]
    public void RandomKeysAndIvs_AgreeWithTheSlowReference_OverLongStreams()
    {
        var rng = new Random(7008);
        for (var trial = 0; trial < 40; trial++)
        {
            var key = new byte[16];
            var iv = new byte[16];
            rng.NextBytes(key);
            rng.NextBytes(iv);
            var len = rng.Next(1, 4096);
            var fast = new byte[len];
            new KCipher2(key, iv).GetKeystream(fast);
            Assert.Equal(new KCipher2Reference(key, iv).Keystream(len), fast);
        }
    }

    [Fact]
    public void Transform_ContinuesAcrossCallsOfAnyLength()
    {
        var key = Convert.FromHexString("A37B7D012F897076FE08C22D142BB2CF");
        var iv = Convert.FromHexString("33A6EE60E57927E08B45CC4CA30EDE4A");
        var plain = new byte[1000];
        new Random(1).NextBytes(plain);
        var whole = new byte[plain.Length];
        new KCipher2(key, iv).Transform(plain, whole);

        foreach (var chunk in new[] { 1, 3, 7, 8, 9, 15, 16, 17, 63, 255 })
        {
            var c = new KCipher2(key, iv);
            var pieces = new byte[plain.Length];
            for (var off = 0; off < plain.Length; off += chunk)
            {
                var n = Math.Min(chunk, plain.Length - off);
                c.Transform(plain.AsSpan(off, n), pieces.AsSpan(off, n));
            }
            Assert.Equal(whole, pieces);
        }

        // Irregular lengths, including empty calls.
        var rng = new Random(2);
        var d = new KCipher2(key, iv);
        var mixed = new byte[plain.Length];
        var pos = 0;
        while (pos < plain.Length)
        {
            var n = Math.Min(rng.Next(0, 20), plain.Length - pos);
            d.Transform(plain.AsSpan(pos, n), mixed.AsSpan(pos, n));
            pos += n;
        }
        Assert.Equal(whole, mixed);
    }

    [Fact]
    public void Transform_InPlace_AndRoundTrips()
    {
        var key = new byte[16];
        var iv = new byte[16];
        key[0] = 1;
        var data = System.Text.Encoding.ASCII.GetBytes("CRYPTREC e-Government Recommended stream cipher");
        var buf = (byte[])data.Clone();
        new KCipher2(key, iv).Transform(buf, buf);
        Assert.NotEqual(data, buf);
        new KCipher2(key, iv).Transform(buf, buf);
        Assert.Equal(data, buf);
    }

    [Theory]
    [InlineData(15, 16, "key")]
    [InlineData(17, 16, "key")]
    [InlineData(32, 16, "key")]
    [InlineData(0, 16, "key")]
    [InlineData(16, 12, "iv")]
    [InlineData(16, 0, "iv")]
    public void Constructor_WrongSizes_ThrowArgumentExceptionNamingTheParameter(int keyLen, int ivLen, string param)
    {
        var e = Assert.Throws<ArgumentException>(() => new KCipher2(new byte[keyLen], new byte[ivLen]));
        Assert.Equal(param, e.ParamName);
    }

    [Fact]
    public void Transform_ShortOutput_Throws()
    {
        var c = new KCipher2(new byte[16], new byte[16]);
        var e = Assert.Throws<ArgumentException>(() => c.Transform(new byte[10], new byte[9]));
        Assert.Equal("output", e.ParamName);
    }

    [Fact]
    public void Transform_DoesNotAllocate()
    {
        var c = new KCipher2(new byte[16], new byte[16]);
        var input = new byte[16 * 1024 + 5];
        var output = new byte[input.Length];
        c.Transform(input, output); // warm up (JIT, statics)
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 50; i++) { c.Transform(input, output); c.Transform(input.AsSpan(0, 3), output); }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(0, 0, 0x00000000u)]
    [InlineData(0, 1, 0xB6086D1Au)]
    [InlineData(0, 2, 0xAF10DA34u)]
    [InlineData(0, 255, 0xA1F48BE2u)]
    [InlineData(1, 2, 0x6DC7D55Cu)]
    [InlineData(1, 255, 0x2BDC188Fu)]
    [InlineData(2, 3, 0xED4581F8u)]
    [InlineData(2, 255, 0x9C91A2B4u)]
    [InlineData(3, 2, 0x8AB2AC73u)]
    [InlineData(3, 31, 0xFDEC4980u)]
    public void AmulTables_MatchRfc7008AppendixA(int table, int index, uint expected)
    {
        var t = table switch { 0 => KCipher2Tables.Amul0, 1 => KCipher2Tables.Amul1, 2 => KCipher2Tables.Amul2, _ => KCipher2Tables.Amul3 };
        Assert.Equal(expected, t[index]);
    }

    [Fact]
    public void SBox_MatchesFips197()
    {
        Assert.Equal(0x63, KCipher2Tables.SBox[0x00]);
        Assert.Equal(0x7C, KCipher2Tables.SBox[0x01]);
        Assert.Equal(0xED, KCipher2Tables.SBox[0x53]);
        Assert.Equal(0x16, KCipher2Tables.SBox[0xFF]);
        Assert.Equal(256, KCipher2Tables.SBox.Distinct().Count());
    }
}
