using System.Globalization;
using System.Text;
using System.Text.Json;
using CryptrecCheck.PolicyFiles;
using JsonReaderOptions = CryptrecCheck.PolicyFiles.JsonReaderOptions;
using Xunit;

namespace CryptrecCheck.Policy.Tests.PolicyFiles;

/// <summary>
/// The dependency-free JSON reader: RFC 8259 cases one by one, positions, bounds, and a differential test against
/// System.Text.Json (a strict, independent implementation) on generated and mutated documents.
/// </summary>
public class JsonReaderTests
{
    private static JsonNode Read(string text, JsonReaderOptions? o = null) => JsonReader.Parse(text, o);

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.5e-3")]
    [InlineData("1E+2")]
    [InlineData("\"\"")]
    [InlineData("\"\\u00e9\\uD83D\\uDE00\\/\\b\\f\\n\\r\\t\\\"\\\\\"")]
    [InlineData(" \t\r\n[ true , false , null ] \r\n")]
    [InlineData("{\"a\":{\"b\":[1,{\"c\":\"d\"}]}}")]
    [InlineData("\"日本語 😀\"")]
    public void Parse_Rfc8259Text_IsAccepted(string text) => Assert.NotNull(Read(text));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("{", "end of the text")]
    [InlineData("[1,]", "trailing comma")]
    [InlineData("{\"a\":1,}", "trailing comma")]
    [InlineData("[,1]", "expected a value")]
    [InlineData("{'a':1}", "double quotes")]
    [InlineData("{a:1}", "double quotes")]
    [InlineData("01", "leading zero")]
    [InlineData("+1", "expected a value")]
    [InlineData(".5", "expected a value")]
    [InlineData("1.", "end of the text in a number")]
    [InlineData("1.x", "digit after '.'")]
    [InlineData("1e", "end of the text in a number")]
    [InlineData("0x10", "after the JSON value")]
    [InlineData("NaN", "expected a value")]
    [InlineData("Infinity", "expected a value")]
    [InlineData("1e400", "out of range")]
    [InlineData("True", "lower case")]
    [InlineData("nul", "lower case")]
    [InlineData("\"a\nb\"", "control character U+000A")]
    [InlineData("\"\\x41\"", "invalid escape")]
    [InlineData("\"\\u12G4\"", "hexadecimal")]
    [InlineData("\"\\uD800\"", "unpaired surrogate")]
    [InlineData("\"\\uDC00\\uD800\"", "unpaired surrogate")]
    [InlineData("\"\\uD800\\u0041\"", "unpaired surrogate")]
    [InlineData("{\"a\":1,\"a\":2}", "duplicate member name")]
    [InlineData("[1] [2]", "after the JSON value")]
    [InlineData("// c\n1", "unexpected '/'")]
    [InlineData("\u00a01", "U+00A0")]
    [InlineData("\"abc", "inside a string")]
    public void Parse_NotRfc8259_IsAReaderError(string text, string fragment)
    {
        var e = Assert.Throws<JsonReaderException>(() => Read(text));
        Assert.Contains(fragment, e.Problem);
        Assert.True(e.Line >= 1 && e.Column >= 1);
    }

    [Fact]
    public void Parse_RawUnpairedSurrogate_IsAReaderError()
    {
        // Not in the theory above: xunit's serialisation of test data would replace the lone surrogate.
        Assert.Contains("unpaired surrogate U+D800", Assert.Throws<JsonReaderException>(() => Read("\"a\ud800\"")).Problem);
        Assert.Contains("unpaired surrogate U+DC00", Assert.Throws<JsonReaderException>(() => Read("\"\udc00\"")).Problem);
    }

    [Fact]
    public void Parse_Positions_AreLineAndUtf16Column()
    {
        var root = Read("{\r\n  \"a\": [1,\n    \"x\"],\r  \"日本\": true\n}");
        var a = root.Properties[0];
        Assert.Equal(("a", 2, 3), (a.Name, a.Line, a.Column));
        Assert.Equal((2, 8), (a.Value.Line, a.Value.Column));
        Assert.Equal((3, 5), (a.Value.Items[1].Line, a.Value.Items[1].Column));
        var j = root.Properties[1];
        Assert.Equal((4, 3), (j.Line, j.Column));
        Assert.Equal((4, 9), (j.Value.Line, j.Value.Column));
        Assert.Equal("true", "{\r\n  \"a\": [1,\n    \"x\"],\r  \"日本\": true\n}".Substring(j.Value.Offset, j.Value.Length));
    }

    [Fact]
    public void Parse_Comments_OnlyWhenAllowed()
    {
        const string text = "/* head */ { // line\n \"a\" /* mid */ : 1 }";
        Assert.Throws<JsonReaderException>(() => Read(text));
        var root = Read(text, new JsonReaderOptions { AllowComments = true });
        Assert.Equal(2, root.Properties[0].Line);
        Assert.Equal(1, root.Properties[0].Value.Number);
    }

    [Fact]
    public void Parse_Bounds_DepthLengthAndValueCount()
    {
        var o = new JsonReaderOptions { MaxDepth = 4, MaxLength = 64, MaxValues = 10 };
        Assert.NotNull(Read("[[[[1]]]]", o));
        Assert.Contains("nested deeper than 4", Assert.Throws<JsonReaderException>(() => Read("[[[[[1]]]]]", o)).Problem);
        Assert.Contains("longer than 64", Assert.Throws<JsonReaderException>(() => Read(new string(' ', 65), o)).Problem);
        Assert.Contains("more than 10 values", Assert.Throws<JsonReaderException>(() => Read("[1,2,3,4,5,6,7,8,9,10]", o)).Problem);
        // Depth far beyond the bound is an error, not a stack overflow.
        Assert.Throws<JsonReaderException>(() => Read(new string('[', 200_000) + new string(']', 200_000), new JsonReaderOptions { MaxLength = 1 << 20 }));
    }

    [Fact]
    public void Parse_SameDepthLimitAsSystemTextJson()
    {
        // System.Text.Json's MaxDepth 64 accepts 64 nested arrays and rejects 65; so does ours with MaxDepth 64.
        var ok = new string('[', 64) + new string(']', 64);
        var deep = new string('[', 65) + new string(']', 65);
        JsonDocument.Parse(ok, new JsonDocumentOptions { MaxDepth = 64 }).Dispose();
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(deep, new JsonDocumentOptions { MaxDepth = 64 }));
        Assert.NotNull(Read(ok));
        Assert.Throws<JsonReaderException>(() => Read(deep));
    }

    [Theory]
    [InlineData(new byte[] { 0x22, 0xC0, 0xAF, 0x22 }, "UTF-8")] // overlong '/'
    [InlineData(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 }, "UTF-8")] // encoded surrogate
    [InlineData(new byte[] { 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22 }, "UTF-8")] // above U+10FFFF
    [InlineData(new byte[] { 0x22, 0xE3, 0x81 }, "inside a UTF-8 sequence")]
    [InlineData(new byte[] { 0xFF }, "UTF-8")]
    public void Parse_InvalidUtf8_IsAReaderError(byte[] bytes, string fragment)
    {
        var e = Assert.Throws<JsonReaderException>(() => JsonReader.Parse(bytes));
        Assert.Contains(fragment, e.Problem);
    }

    [Fact]
    public void Parse_Utf8_ByteOrderMarkIgnoredAndNonAsciiDecoded()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"k\":\"ＡＥＳ😀\"}")).ToArray();
        Assert.Equal("ＡＥＳ😀", JsonReader.Parse(bytes).Properties[0].Value.String);
    }

    /// <summary>
    /// Generated documents and mutations of them (characters deleted, inserted, swapped, spans repeated): the reader accepts
    /// exactly what System.Text.Json accepts, apart from the three choices RFC 8259 leaves open where we take the strict
    /// one (duplicate names, unpaired surrogate escapes, numbers beyond a double); when both accept, the values agree.
    /// And whatever the input, the only exception is JsonReaderException.
    /// </summary>
    [Fact]
    public void Parse_GeneratedAndMutatedDocuments_AgreeWithSystemTextJson()
    {
        var rng = new Random(20261202);
        int accepted = 0, rejected = 0, strictOnly = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            Generate(rng, sb, 0);
            var text = sb.ToString();
            var mutations = n % 4 == 0 ? 0 : rng.Next(1, 4);
            for (var m = 0; m < mutations; m++) { text = Mutate(rng, text); }
            var bytes = Encoding.UTF8.GetBytes(text);

            JsonNode? ours = null;
            JsonReaderException? error = null;
            try { ours = JsonReader.Parse(bytes); }
            catch (JsonReaderException e) { error = e; }

            JsonDocument? theirs = null;
            try { theirs = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 }); }
            catch (JsonException) { }

            using (theirs)
            {
                if (error != null && theirs != null && (error.Problem.Contains("duplicate member name") || error.Problem.Contains("unpaired surrogate") || error.Problem.Contains("out of range")))
                {
                    strictOnly++;
                    continue;
                }
                Assert.True((ours != null) == (theirs != null),
                    $"disagreement on {JsonSerializer.Serialize(text)}: ours {(ours != null ? "accepts" : "rejects: " + error!.Message)}, System.Text.Json {(theirs != null ? "accepts" : "rejects")}");
                if (ours != null)
                {
                    accepted++;
                    Assert.Equal(Canonical(theirs!.RootElement), Canonical(ours));
                }
                else { rejected++; }
            }
        }
        // The generator must exercise both sides and the strict choices, or the test proves little.
        Assert.True(accepted > 3000 && rejected > 3000 && strictOnly > 50, $"accepted {accepted}, rejected {rejected}, strict-only {strictOnly}");
    }

    [Fact]
    public void Parse_RandomBytesAndStrings_ThrowOnlyReaderErrors()
    {
        var rng = new Random(7);
        const string alphabet = "{}[]:,\"\\/*-+.0123456789eEtrufalsn \t\r\n\u0000\u001f\u00e9\u3042\ud800\udc00\ufeff";
        for (var n = 0; n < 20_000; n++)
        {
            var bytes = new byte[rng.Next(0, 40)];
            rng.NextBytes(bytes);
            Survives(() => JsonReader.Parse(bytes, new JsonReaderOptions { AllowComments = n % 2 == 0, MaxDepth = 1 + (n % 8) }));
            var chars = new char[rng.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) { chars[i] = alphabet[rng.Next(alphabet.Length)]; }
            Survives(() => JsonReader.Parse(new string(chars), new JsonReaderOptions { AllowComments = n % 2 == 1, MaxValues = 1 + (n % 16) }));
        }

        static void Survives(Func<JsonNode> parse)
        {
            try { parse(); }
            catch (JsonReaderException e) { Assert.True(e.Line >= 1 && e.Column >= 1 && e.Offset >= 0); }
        }
    }

    private static void Generate(Random rng, StringBuilder sb, int depth)
    {
        switch (depth > 5 ? rng.Next(3, 8) : rng.Next(0, 8))
        {
            case 0:
            case 1:
                sb.Append('{');
                var names = new HashSet<string>();
                for (var i = rng.Next(0, 4); i > 0; i--)
                {
                    var name = RandomString(rng);
                    // Keep names distinct in most documents; a few duplicates exercise the strict choice.
                    if (!names.Add(name) && rng.Next(4) != 0) { continue; }
                    if (sb[^1] != '{') { sb.Append(','); }
                    Space(rng, sb);
                    sb.Append(JsonSerializer.Serialize(name, RawOptions)).Append(':');
                    Space(rng, sb);
                    Generate(rng, sb, depth + 1);
                }
                sb.Append('}');
                break;
            case 2:
                sb.Append('[');
                for (var i = rng.Next(0, 4); i > 0; i--)
                {
                    if (sb[^1] != '[') { sb.Append(','); }
                    Space(rng, sb);
                    Generate(rng, sb, depth + 1);
                }
                sb.Append(']');
                break;
            case 3:
            case 4:
                sb.Append(rng.Next(10) == 0 ? "\"\\ud83d\\ude00\\u00E9\\\\\\\"\\/\\b\"" : JsonSerializer.Serialize(RandomString(rng), RawOptions));
                break;
            case 5:
                sb.Append(rng.Next(6) switch
                {
                    0 => "0",
                    1 => "-12.5e3",
                    2 => rng.Next(-100000, 100000).ToString(CultureInfo.InvariantCulture),
                    3 => "1E-2",
                    4 => (rng.NextDouble() * 1e6).ToString("R", CultureInfo.InvariantCulture),
                    _ => "1e400",
                });
                break;
            case 6:
                sb.Append(rng.Next(3) switch { 0 => "true", 1 => "false", _ => "null" });
                break;
            default:
                sb.Append(rng.Next(8) == 0 ? "\"\\ud800x\"" : "\"plain\"");
                break;
        }
    }

    private static readonly JsonSerializerOptions RawOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string RandomString(Random rng)
    {
        const string pool = "abcxyz_-09 éあ日\u0001\t\"\\/";
        var chars = new char[rng.Next(0, 6)];
        for (var i = 0; i < chars.Length; i++) { chars[i] = pool[rng.Next(pool.Length)]; }
        return new string(chars);
    }

    private static void Space(Random rng, StringBuilder sb)
    {
        if (rng.Next(3) == 0) { sb.Append(" \t\r\n"[rng.Next(4)]); }
    }

    private static string Mutate(Random rng, string text)
    {
        if (text.Length == 0) { return "{"; }
        var i = rng.Next(text.Length);
        const string inserts = "{}[]:,\"\\ 0-e.tn/";
        return rng.Next(4) switch
        {
            0 => text.Remove(i, 1),
            1 => text.Insert(i, inserts[rng.Next(inserts.Length)].ToString()),
            2 when i + 1 < text.Length => text.Substring(0, i) + text[i + 1] + text[i] + text.Substring(i + 2),
            _ => text.Insert(i, text.Substring(i, Math.Min(3, text.Length - i))),
        };
    }

    private static string Canonical(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", e.EnumerateObject().Select(p => Quote(p.Name) + ":" + Canonical(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", e.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.String => Quote(e.GetString()!),
        JsonValueKind.Number => e.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Canonical(JsonNode n) => n.Kind switch
    {
        JsonKind.Object => "{" + string.Join(",", n.Properties.Select(p => Quote(p.Name) + ":" + Canonical(p.Value))) + "}",
        JsonKind.Array => "[" + string.Join(",", n.Items.Select(Canonical)) + "]",
        JsonKind.String => Quote(n.String!),
        JsonKind.Number => n.Number!.Value.ToString("R", CultureInfo.InvariantCulture),
        JsonKind.Boolean => n.Bool!.Value ? "true" : "false",
        _ => "null",
    };

    private static string Quote(string s) => "\"" + string.Join(",", s.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "\"";
}
