namespace CryptrecCheck.PolicyFiles;

/// <summary>Limits and the one extension of <see cref="JsonReader"/>. Everything else is RFC 8259 as written.</summary>
internal sealed class JsonReaderOptions
{
    /// <summary>Plain RFC 8259 with the default bounds.</summary>
    internal static JsonReaderOptions Strict { get; } = new();

    /// <summary>Deepest nesting of objects and arrays accepted (the root container is depth 1). At most 256.</summary>
    internal int MaxDepth { get; init; } = 64;

    /// <summary>Longest text accepted, in bytes for UTF-8 input and in UTF-16 code units for text.</summary>
    internal int MaxLength { get; init; } = 1 << 20;

    /// <summary>Most values (of any kind, containers included) in one document.</summary>
    internal int MaxValues { get; init; } = 1 << 17;

    /// <summary>Accept <c>//</c> line comments and <c>/* */</c> block comments where whitespace may stand. Not JSON;
    /// off unless a format says otherwise (CryptrecCheck policy files have always allowed them).</summary>
    internal bool AllowComments { get; init; }
}
