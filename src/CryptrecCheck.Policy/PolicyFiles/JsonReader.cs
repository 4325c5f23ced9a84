using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CryptrecCheck.PolicyFiles;

/// <summary>
/// A small JSON reader with positions, for configuration files. It has no dependencies (the analyzer compiles it in and
/// must carry no System.Text.Json) and follows RFC 8259 strictly: UTF-8 only (§8.1; a leading byte order mark is
/// ignored, as §8.1 allows), the four whitespace characters of §2, no trailing commas, no single quotes, no leading
/// zeros or '+' in numbers (§6), no raw control characters in strings and no unpaired surrogates, escaped or not (§7, §8.2).
/// Where the RFC leaves a choice to the implementation (§9) it is the strict one: member names must be unique in an
/// object, numbers must fit a double. Comments are the one opt-in extension (<see cref="JsonReaderOptions.AllowComments"/>).
/// Depth, length and value count are bounded, nesting is recursive only up to the bounded depth, and every failure is a
/// <see cref="JsonReaderException"/> with line and column: no other exception escapes, whatever the input.
/// </summary>
internal sealed class JsonReader
{
    private const int DepthCeiling = 256;

    private readonly string _text;
    private readonly JsonReaderOptions _options;
    private readonly int _maxDepth;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _values;

    private JsonReader(string text, int start, JsonReaderOptions options)
    {
        _text = text;
        _pos = start;
        _lineStart = start;
        _options = options;
        _maxDepth = Math.Min(Math.Max(options.MaxDepth, 1), DepthCeiling);
    }

    /// <summary>Reads UTF-8 bytes. Invalid UTF-8 (overlong forms, surrogates, truncated sequences) is an error with its place.</summary>
    internal static JsonNode Parse(byte[] utf8, JsonReaderOptions? options = null)
    {
        if (utf8 is null) { throw new ArgumentNullException(nameof(utf8)); }
        options ??= JsonReaderOptions.Strict;
        if (utf8.Length > options.MaxLength)
        {
            throw new JsonReaderException(1, 1, 0, FormattableString.Invariant($"the text is longer than {options.MaxLength} bytes"));
        }
        return Parse(DecodeUtf8(utf8), options);
    }

    /// <summary>Reads text already decoded (e.g. an editor buffer). Offsets in the result index this string.</summary>
    internal static JsonNode Parse(string text, JsonReaderOptions? options = null)
    {
        if (text is null) { throw new ArgumentNullException(nameof(text)); }
        options ??= JsonReaderOptions.Strict;
        if (text.Length > options.MaxLength)
        {
            throw new JsonReaderException(1, 1, 0, FormattableString.Invariant($"the text is longer than {options.MaxLength} characters"));
        }
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var r = new JsonReader(text, start, options);
        r.SkipSpace();
        if (r._pos >= text.Length) { throw r.Error("the text is empty; expected a JSON value"); }
        var root = r.ReadValue(0);
        r.SkipSpace();
        if (r._pos < text.Length) { throw r.Error("unexpected " + Show(text, r._pos) + " after the JSON value"); }
        return root;
    }

    private JsonNode ReadValue(int depth)
    {
        if (++_values > _options.MaxValues)
        {
            throw Error(FormattableString.Invariant($"more than {_options.MaxValues} values"));
        }
        if (_pos >= _text.Length) { throw Error("unexpected end of the text; expected a value"); }
        var c = _text[_pos];
        switch (c)
        {
            case '{': return ReadObject(depth + 1);
            case '[': return ReadArray(depth + 1);
            case '"':
            {
                var node = Node(JsonKind.String);
                node.String = ReadString();
                return Finish(node);
            }
            case 't': return Literal("true", JsonKind.Boolean, true);
            case 'f': return Literal("false", JsonKind.Boolean, false);
            case 'n': return Literal("null", JsonKind.Null, null);
            default:
                if (c == '-' || IsDigit(c)) { return ReadNumber(); }
                throw Error("unexpected " + Show(_text, _pos) + "; expected a value"
                    + (char.IsLetter(c) ? " (true, false and null are lower case; strings need double quotes)" : string.Empty));
        }
    }

    private JsonNode ReadObject(int depth)
    {
        CheckDepth(depth);
        var node = Node(JsonKind.Object);
        _pos++;
        SkipSpace();
        if (Peek() == '}')
        {
            _pos++;
            return Finish(node);
        }
        var list = new List<JsonProperty>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            if (_pos >= _text.Length) { throw Error("unexpected end of the text; expected a member name in double quotes"); }
            if (_text[_pos] != '"')
            {
                throw Error(_text[_pos] == '}' && list.Count > 0
                    ? "trailing comma before '}'"
                    : "unexpected " + Show(_text, _pos) + "; expected a member name in double quotes");
            }
            var line = _line;
            var column = Column(_pos);
            var offset = _pos;
            var name = ReadString();
            if (!names.Add(name))
            {
                var first = list.Find(p => p.Name == name);
                throw new JsonReaderException(line, column, offset,
                    FormattableString.Invariant($"duplicate member name \"{Escape(name)}\" (first at line {first.Line}, column {first.Column})"));
            }
            SkipSpace();
            if (Peek() != ':') { throw Error(AtEnd() ? "unexpected end of the text; expected ':'" : "unexpected " + Show(_text, _pos) + "; expected ':' after the member name"); }
            _pos++;
            SkipSpace();
            var value = ReadValue(depth);
            list.Add(new JsonProperty(name, line, column, offset, value));
            SkipSpace();
            var next = Peek();
            if (next == ',')
            {
                _pos++;
                SkipSpace();
                continue;
            }
            if (next == '}')
            {
                _pos++;
                node.PropertyList = list;
                return Finish(node);
            }
            throw Error(AtEnd() ? "unexpected end of the text; expected ',' or '}'" : "unexpected " + Show(_text, _pos) + "; expected ',' or '}'");
        }
    }

    private JsonNode ReadArray(int depth)
    {
        CheckDepth(depth);
        var node = Node(JsonKind.Array);
        _pos++;
        SkipSpace();
        if (Peek() == ']')
        {
            _pos++;
            return Finish(node);
        }
        var list = new List<JsonNode>();
        while (true)
        {
            if (Peek() == ']' && list.Count > 0) { throw Error("trailing comma before ']'"); }
            list.Add(ReadValue(depth));
            SkipSpace();
            var next = Peek();
            if (next == ',')
            {
                _pos++;
                SkipSpace();
                continue;
            }
            if (next == ']')
            {
                _pos++;
                node.ItemList = list;
                return Finish(node);
            }
            throw Error(AtEnd() ? "unexpected end of the text; expected ',' or ']'" : "unexpected " + Show(_text, _pos) + "; expected ',' or ']'");
        }
    }

    private string ReadString()
    {
        _pos++; // opening quote
        var start = _pos;
        StringBuilder? sb = null;
        while (true)
        {
            if (_pos >= _text.Length) { throw Error("unexpected end of the text inside a string"); }
            var c = _text[_pos];
            if (c == '"')
            {
                var s = sb == null ? _text.Substring(start, _pos - start) : sb.Append(_text, start, _pos - start).ToString();
                _pos++;
                return s;
            }
            if (c < 0x20)
            {
                throw Error(FormattableString.Invariant($"control character U+{(int)c:X4} in a string (write it as an escape such as \\n or \\u{(int)c:X4})"));
            }
            if (char.IsHighSurrogate(c))
            {
                if (_pos + 1 < _text.Length && char.IsLowSurrogate(_text[_pos + 1]))
                {
                    _pos += 2;
                    continue;
                }
                throw Error(FormattableString.Invariant($"unpaired surrogate U+{(int)c:X4} in a string"));
            }
            if (char.IsLowSurrogate(c)) { throw Error(FormattableString.Invariant($"unpaired surrogate U+{(int)c:X4} in a string")); }
            if (c != '\\')
            {
                _pos++;
                continue;
            }
            sb ??= new StringBuilder();
            sb.Append(_text, start, _pos - start);
            _pos++;
            if (_pos >= _text.Length) { throw Error("unexpected end of the text inside a string"); }
            var e = _text[_pos];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                {
                    var escapeAt = _pos - 1;
                    var unit = Hex4(_pos + 1);
                    _pos += 4;
                    if (char.IsHighSurrogate(unit))
                    {
                        if (_pos + 6 < _text.Length && _text[_pos + 1] == '\\' && _text[_pos + 2] == 'u')
                        {
                            var low = Hex4(_pos + 3);
                            if (char.IsLowSurrogate(low))
                            {
                                sb.Append(unit).Append(low);
                                _pos += 6;
                                break;
                            }
                        }
                        throw ErrorAt(escapeAt, FormattableString.Invariant($"unpaired surrogate \\u{(int)unit:X4} in a string"));
                    }
                    if (char.IsLowSurrogate(unit)) { throw ErrorAt(escapeAt, FormattableString.Invariant($"unpaired surrogate \\u{(int)unit:X4} in a string")); }
                    sb.Append(unit);
                    break;
                }
                default:
                    throw ErrorAt(_pos - 1, "invalid escape \\" + Show(_text, _pos).Trim('\'') + " in a string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
            }
            _pos++;
            start = _pos;
        }
    }

    private char Hex4(int at)
    {
        if (at + 4 > _text.Length) { throw ErrorAt(Math.Min(at, _text.Length), "unexpected end of the text in a \\u escape"); }
        var v = 0;
        for (var i = at; i < at + 4; i++)
        {
            var c = _text[i];
            int d;
            if (c >= '0' && c <= '9') { d = c - '0'; }
            else if (c >= 'a' && c <= 'f') { d = c - 'a' + 10; }
            else if (c >= 'A' && c <= 'F') { d = c - 'A' + 10; }
            else { throw ErrorAt(i, "unexpected " + Show(_text, i) + " in a \\u escape; expected four hexadecimal digits"); }
            v = (v << 4) | d;
        }
        return (char)v;
    }

    private JsonNode ReadNumber()
    {
        var node = Node(JsonKind.Number);
        var start = _pos;
        if (_text[_pos] == '-') { _pos++; }
        if (AtEnd() || !IsDigit(_text[_pos])) { throw Error(AtEnd() ? "unexpected end of the text in a number" : "unexpected " + Show(_text, _pos) + " in a number; expected a digit"); }
        if (_text[_pos] == '0')
        {
            _pos++;
            if (!AtEnd() && IsDigit(_text[_pos])) { throw ErrorAt(start, "a number must not start with a leading zero"); }
        }
        else
        {
            while (!AtEnd() && IsDigit(_text[_pos])) { _pos++; }
        }
        if (!AtEnd() && _text[_pos] == '.')
        {
            _pos++;
            if (AtEnd() || !IsDigit(_text[_pos])) { throw Error(AtEnd() ? "unexpected end of the text in a number" : "unexpected " + Show(_text, _pos) + " in a number; expected a digit after '.'"); }
            while (!AtEnd() && IsDigit(_text[_pos])) { _pos++; }
        }
        if (!AtEnd() && (_text[_pos] == 'e' || _text[_pos] == 'E'))
        {
            _pos++;
            if (!AtEnd() && (_text[_pos] == '+' || _text[_pos] == '-')) { _pos++; }
            if (AtEnd() || !IsDigit(_text[_pos])) { throw Error(AtEnd() ? "unexpected end of the text in a number" : "unexpected " + Show(_text, _pos) + " in a number; expected a digit in the exponent"); }
            while (!AtEnd() && IsDigit(_text[_pos])) { _pos++; }
        }
        var literal = _text.Substring(start, _pos - start);
        // .NET Framework reports overflow as a failed parse, .NET Core as infinity: both are "out of range" here.
        if (!double.TryParse(literal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var d) || double.IsInfinity(d) || double.IsNaN(d))
        {
            throw ErrorAt(start, "the number is out of range");
        }
        node.Number = d;
        return Finish(node);
    }

    private JsonNode Literal(string word, JsonKind kind, bool? value)
    {
        if (_pos + word.Length > _text.Length || string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
        {
            throw Error("unexpected " + Show(_text, _pos) + "; expected a value (true, false and null are lower case; strings need double quotes)");
        }
        var node = Node(kind);
        node.Bool = value;
        _pos += word.Length;
        return Finish(node);
    }

    /// <summary>Skips the whitespace of RFC 8259 §2 (and comments when allowed), counting lines: LF, CR and CR LF each end one.</summary>
    private void SkipSpace()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == ' ' || c == '\t') { _pos++; }
            else if (c == '\n' || c == '\r') { NewLine(); }
            else if (c == '/' && _options.AllowComments) { SkipComment(); }
            else { return; }
        }
    }

    private void NewLine()
    {
        if (_text[_pos] == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n') { _pos++; }
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void SkipComment()
    {
        var start = _pos;
        if (_pos + 1 >= _text.Length || (_text[_pos + 1] != '/' && _text[_pos + 1] != '*'))
        {
            throw Error("unexpected '/'; comments start with // or /*");
        }
        if (_text[_pos + 1] == '/')
        {
            _pos += 2;
            while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r') { _pos++; }
            return;
        }
        var line = _line;
        var column = Column(start);
        _pos += 2;
        while (_pos < _text.Length)
        {
            if (_text[_pos] == '*' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                _pos += 2;
                return;
            }
            if (_text[_pos] == '\n' || _text[_pos] == '\r') { NewLine(); }
            else { _pos++; }
        }
        throw new JsonReaderException(line, column, start, "a /* comment is not closed");
    }

    private void CheckDepth(int depth)
    {
        if (depth > _maxDepth)
        {
            throw Error(FormattableString.Invariant($"objects and arrays are nested deeper than {_maxDepth} levels"));
        }
    }

    private JsonNode Node(JsonKind kind) => new(kind, _line, Column(_pos), _pos);

    private JsonNode Finish(JsonNode node)
    {
        node.Length = _pos - node.Offset;
        return node;
    }

    private bool AtEnd() => _pos >= _text.Length;

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private int Column(int offset) => offset - _lineStart + 1;

    private JsonReaderException Error(string problem) => ErrorAt(_pos, problem);

    /// <summary>An error at an offset on the current line (strings and numbers never span lines).</summary>
    private JsonReaderException ErrorAt(int offset, string problem) => new(_line, Column(offset), offset, problem);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>The character at an offset, quoted for a message; controls, non-ASCII and invisible characters as U+XXXX.</summary>
    internal static string Show(string text, int at)
    {
        if (at >= text.Length) { return "end of the text"; }
        var c = text[at];
        return c > 0x20 && c < 0x7F ? "'" + c + "'" : FormattableString.Invariant($"character U+{(int)c:X4}");
    }

    /// <summary>Text from the document made safe to print: controls, bidi and other invisible characters escaped, long text cut.</summary>
    internal static string Escape(string s, int max = 80)
    {
        var sb = new StringBuilder(Math.Min(s.Length, max) + 8);
        for (var i = 0; i < s.Length; i++)
        {
            if (sb.Length >= max)
            {
                sb.Append('…');
                break;
            }
            var c = s[i];
            if (c == '"' || c == '\\') { sb.Append('\\').Append(c); }
            else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\u2028' || c == '\u2029'
                     || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
                     || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                sb.Append(FormattableString.Invariant($"\\u{(int)c:X4}"));
            }
            else if (char.IsHighSurrogate(c))
            {
                sb.Append(c).Append(s[++i]);
            }
            else { sb.Append(c); }
        }
        return sb.ToString();
    }

    /// <summary>Strict UTF-8 decoding (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no truncation.
    /// A leading byte order mark is dropped.</summary>
    private static string DecodeUtf8(byte[] b)
    {
        var chars = new char[b.Length];
        var n = 0;
        var line = 1;
        var lineStart = 0;
        var i = b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
        while (i < b.Length)
        {
            int x = b[i];
            if (x < 0x80)
            {
                if (x == '\n' || (x == '\r' && (i + 1 >= b.Length || b[i + 1] != '\n')))
                {
                    line++;
                    lineStart = n + 1;
                }
                chars[n++] = (char)x;
                i++;
                continue;
            }
            int need, cp, min;
            if (x >= 0xC2 && x <= 0xDF) { need = 1; cp = x & 0x1F; min = 0x80; }
            else if (x >= 0xE0 && x <= 0xEF) { need = 2; cp = x & 0x0F; min = 0x800; }
            else if (x >= 0xF0 && x <= 0xF4) { need = 3; cp = x & 0x07; min = 0x10000; }
            else { throw BadUtf8(line, n - lineStart + 1, n, x); }
            if (i + need >= b.Length)
            {
                throw new JsonReaderException(line, n - lineStart + 1, n, "the text ends inside a UTF-8 sequence");
            }
            for (var k = 1; k <= need; k++)
            {
                int y = b[i + k];
                if ((y & 0xC0) != 0x80) { throw BadUtf8(line, n - lineStart + 1, n, x); }
                cp = (cp << 6) | (y & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { throw BadUtf8(line, n - lineStart + 1, n, x); }
            if (cp >= 0x10000)
            {
                cp -= 0x10000;
                chars[n++] = (char)(0xD800 + (cp >> 10));
                chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
            }
            else { chars[n++] = (char)cp; }
            i += need + 1;
        }
        return new string(chars, 0, n);
    }

    private static JsonReaderException BadUtf8(int line, int column, int offset, int lead) =>
        new(line, column, offset, FormattableString.Invariant($"the text is not valid UTF-8 (byte 0x{lead:X2}); JSON text must be UTF-8 (RFC 8259 §8.1)"));
}
