using System.Text;
using CryptrecCheck.Policy.Naming;
using Xunit;

namespace CryptrecCheck.Policy.Tests;

/// <summary>Name resolution is total: every string gives a result, unknown, or an input error; nothing throws.</summary>
public class NameResolverFuzzTests
{
    private static readonly string[] Seeds =
    {
        "AES-256", "RSA-2048", "SHA-256", "TLS_RSA_WITH_AES_128_CBC_SHA", "0xC02F", "1.2.840.113549.1.1.5", "HMAC-SHA1",
        "AES/ECB/PKCS7PADDING", "secp256k1", "ML-KEM-768", "SHA1withRSA", "ECDHE-RSA-AES128-GCM-SHA256",
    };

    [Fact]
    public void Resolve_RandomUnicode_NeverThrows()
    {
        var rng = new Random(20261202);
        for (var i = 0; i < 20_000; i++)
        {
            var s = i % 2 == 0 ? RandomString(rng) : Mutate(Seeds[rng.Next(Seeds.Length)], rng);
            var r = NameResolver.Resolve(s);
            Assert.Equal(s, r.Input);
            Assert.False(r.Resolved != null && r.Error != null);
        }
    }

    [Theory]
    [InlineData("AES-٢٥٦")] // Arabic-Indic digits: char.IsDigit says yes, int.Parse says no
    [InlineData("RSA-१०२४")] // Devanagari digits
    [InlineData("AES-\uD800")] // lone high surrogate
    [InlineData("\uDC00SHA1")] // lone low surrogate
    [InlineData("RSA-\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10")] // eleven full-width zeros
    public void Resolve_TrickyDigitsAndSurrogates_GiveAResultNotAnException(string input)
    {
        var r = NameResolver.Resolve(input);
        Assert.Equal(input, r.Input);
    }

    [Theory]
    [InlineData("ＳＨＡ－２５６", "SHA-256")]
    [InlineData("ａｅｓ－１２８－ｇｃｍ", "AES-128/GCM")]
    [InlineData("RSA\u30FC2048", "RSA-2048")]
    [InlineData("AES\u2212256", "AES-256")]
    public void Resolve_FullWidthAndDashes_AreFolded(string input, string canonical)
    {
        var r = NameResolver.Resolve(input);
        Assert.Null(r.Error);
        Assert.Equal(canonical, r.Resolved?.Canonical);
    }

    [Theory]
    [InlineData("RC4\u202E")]
    [InlineData("RC\u200B4")]
    [InlineData("\uFEFFSHA1")]
    [InlineData("SHA\u00AD1")]
    public void Resolve_InvisibleCharacters_AreInputErrors(string input)
    {
        var r = NameResolver.Resolve(input);
        Assert.Null(r.Resolved);
        Assert.NotNull(r.Error);
    }

    private static string RandomString(Random rng)
    {
        var len = rng.Next(0, 40);
        var sb = new StringBuilder(len);
        for (var i = 0; i < len; i++)
        {
            sb.Append(rng.Next(6) switch
            {
                0 => (char)rng.Next(0, 0x20),
                1 => (char)rng.Next(0xD800, 0xE000),
                2 => (char)rng.Next(0xFF00, 0xFFFF),
                3 => (char)rng.Next(0x0600, 0x0700),
                4 => (char)rng.Next(0x2000, 0x2070),
                _ => (char)rng.Next(0x20, 0x7F),
            });
        }
        return sb.ToString();
    }

    private static string Mutate(string seed, Random rng)
    {
        var sb = new StringBuilder(seed);
        for (var k = rng.Next(1, 4); k > 0 && sb.Length > 0; k--)
        {
            var at = rng.Next(sb.Length);
            switch (rng.Next(4))
            {
                case 0: sb.Remove(at, 1); break;
                case 1: sb.Insert(at, (char)rng.Next(0x20, 0xFFFF)); break;
                case 2: sb[at] = char.IsAsciiDigit(sb[at]) ? (char)(sb[at] + 0xFEE0) : (char)rng.Next(0x20, 0x7F); break;
                default: sb.Insert(at, new string('9', rng.Next(1, 15))); break;
            }
        }
        return sb.ToString();
    }
}
