namespace CryptrecCheck.PolicyFiles;

/// <summary>The kind of a JSON value (RFC 8259 §3).</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
