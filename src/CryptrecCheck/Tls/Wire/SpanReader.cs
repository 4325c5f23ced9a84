namespace CryptrecCheck.Tls.Wire;

/// <summary>A bounds-checked big-endian reader over a byte span: every overrun is a <see cref="TlsProtocolException"/>
/// naming the field, never an IndexOutOfRangeException.</summary>
internal ref struct SpanReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _pos;

    internal SpanReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _pos = 0;
    }

    internal int Remaining => _data.Length - _pos;

    internal bool End => _pos >= _data.Length;

    internal byte U8(string field)
    {
        Need(1, field);
        return _data[_pos++];
    }

    internal int U16(string field)
    {
        Need(2, field);
        var v = (_data[_pos] << 8) | _data[_pos + 1];
        _pos += 2;
        return v;
    }

    internal int U24(string field)
    {
        Need(3, field);
        var v = (_data[_pos] << 16) | (_data[_pos + 1] << 8) | _data[_pos + 2];
        _pos += 3;
        return v;
    }

    internal ReadOnlySpan<byte> Bytes(int n, string field)
    {
        Need(n, field);
        var s = _data.Slice(_pos, n);
        _pos += n;
        return s;
    }

    internal ReadOnlySpan<byte> Vector8(string field) => Bytes(U8(field), field);

    internal ReadOnlySpan<byte> Vector16(string field) => Bytes(U16(field), field);

    internal ReadOnlySpan<byte> Vector24(string field) => Bytes(U24(field), field);

    internal void ExpectEnd(string what)
    {
        if (!End) { throw TlsProtocolException.Malformed($"{Remaining} unexpected trailing byte(s) after {what}"); }
    }

    private void Need(int n, string field)
    {
        if (n < 0 || _data.Length - _pos < n)
        {
            throw TlsProtocolException.Malformed($"truncated {field}: needs {n} byte(s), {Math.Max(0, _data.Length - _pos)} left");
        }
    }
}
