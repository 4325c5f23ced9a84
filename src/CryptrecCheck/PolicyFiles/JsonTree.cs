using System.Text;
using System.Text.Json;

namespace CryptrecCheck.PolicyFiles;

/// <summary>A small JSON tree that remembers where each value starts, so that every error in a policy file can name its
/// line and column (System.Text.Json's DOM keeps no positions).</summary>
internal sealed class JsonTree
{
    private JsonTree(JsonTokenType kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    internal JsonTokenType Kind { get; }
    internal int Line { get; }
    internal int Column { get; }
    internal string? String { get; private set; }
    internal double? Number { get; private set; }
    internal bool? Bool { get; private set; }
    internal List<(string Name, int Line, int Column, JsonTree Value)> Properties { get; } = new();
    internal List<JsonTree> Items { get; } = new();

    internal const int MaxDepth = 16;

    internal static JsonTree Parse(byte[] utf8, string path)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++) { if (utf8[i] == (byte)'\n') { lineStarts.Add(i + 1); } }
        (int Line, int Col) Pos(long offset)
        {
            var idx = lineStarts.BinarySearch((int)offset);
            if (idx < 0) { idx = ~idx - 1; }
            return (idx + 1, (int)offset - lineStarts[idx] + 1);
        }

        if (utf8.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            throw new PolicyFileException(path, 1, 1, "the file is empty; expected a JSON object");
        }
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read()) { throw new PolicyFileException(path, 1, 1, "the file is empty; expected a JSON object"); }
            var root = ReadValue(ref reader, Pos);
            if (reader.Read())
            {
                var (l, c) = Pos(reader.TokenStartIndex);
                throw new PolicyFileException(path, l, c, "unexpected content after the JSON object");
            }
            return root;
        }
        catch (JsonException e)
        {
            throw new PolicyFileException(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + FirstSentence(e.Message));
        }
    }

    private static string FirstSentence(string m)
    {
        var i = m.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (i > 0 ? m.Substring(0, i) : m).Trim();
    }


    private static JsonTree ReadValue(ref Utf8JsonReader r, Func<long, (int, int)> pos)
    {
        var (line, col) = pos(r.TokenStartIndex);
        var node = new JsonTree(r.TokenType, line, col);
        switch (r.TokenType)
        {
            case JsonTokenType.StartObject:
                while (r.Read() && r.TokenType != JsonTokenType.EndObject)
                {
                    var (pl, pc) = pos(r.TokenStartIndex);
                    var name = r.GetString() ?? string.Empty;
                    r.Read();
                    node.Properties.Add((name, pl, pc, ReadValue(ref r, pos)));
                }
                break;
            case JsonTokenType.StartArray:
                while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref r, pos));
                }
                break;
            case JsonTokenType.String:
                node.String = r.GetString();
                break;
            case JsonTokenType.Number:
                node.Number = r.GetDouble();
                break;
            case JsonTokenType.True:
            case JsonTokenType.False:
                node.Bool = r.TokenType == JsonTokenType.True;
                break;
        }
        return node;
    }

    internal string KindName => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    internal static string Utf8(byte[] b) => Encoding.UTF8.GetString(b);
}
