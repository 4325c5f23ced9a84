using System.Collections.Generic;

namespace CryptrecCheck.PolicyFiles;

/// <summary>
/// One JSON value and where it starts: line and column (1-based; columns count UTF-16 code units, as editors and Roslyn do)
/// and the offset and length of its text, so that a problem found later, by the schema rather than the syntax, can still
/// name its place. Built only by <see cref="JsonReader"/>.
/// </summary>
internal sealed class JsonNode
{
    private static readonly List<JsonProperty> NoProperties = new();
    private static readonly List<JsonNode> NoItems = new();

    internal JsonNode(JsonKind kind, int line, int column, int offset)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Offset = offset;
    }

    internal JsonKind Kind { get; }
    internal int Line { get; }
    internal int Column { get; }

    /// <summary>Offset of the first character of the value in the text read (after a byte order mark, if any).</summary>
    internal int Offset { get; }

    /// <summary>Length of the value's text, from its first character to its last.</summary>
    internal int Length { get; set; }

    internal string? String { get; set; }
    internal double? Number { get; set; }
    internal bool? Bool { get; set; }

    internal List<JsonProperty>? PropertyList { get; set; }
    internal List<JsonNode>? ItemList { get; set; }

    /// <summary>The members of an object in document order (names are unique: the reader rejects duplicates).</summary>
    internal List<JsonProperty> Properties => PropertyList ?? NoProperties;

    /// <summary>The elements of an array.</summary>
    internal List<JsonNode> Items => ItemList ?? NoItems;

    /// <summary>"an object", "a string", ...: for messages.</summary>
    internal string KindName => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "a boolean",
        _ => "null",
    };
}

/// <summary>A member of a JSON object: its name, where the name starts, and its value.</summary>
internal readonly struct JsonProperty
{
    internal JsonProperty(string name, int line, int column, int offset, JsonNode value)
    {
        Name = name;
        Line = line;
        Column = column;
        Offset = offset;
        Value = value;
    }

    internal string Name { get; }
    internal int Line { get; }
    internal int Column { get; }
    internal int Offset { get; }
    internal JsonNode Value { get; }

    internal void Deconstruct(out string name, out int line, out int column, out JsonNode value)
    {
        name = Name;
        line = Line;
        column = Column;
        value = Value;
    }
}
