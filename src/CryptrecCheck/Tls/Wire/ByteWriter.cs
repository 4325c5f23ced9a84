namespace CryptrecCheck.Tls.Wire;

/// <summary>A growable big-endian writer with length-prefixed blocks, for building handshake messages byte by byte.</summary>
internal sealed class ByteWriter
{
    private byte[] _buf = new byte[512];
    private int _len;

    internal int Length => _len;

    internal void U8(int v)
    {
        Ensure(1);
        _buf[_len++] = (byte)v;
    }

    internal void U16(int v)
    {
        Ensure(2);
        _buf[_len++] = (byte)(v >> 8);
        _buf[_len++] = (byte)v;
    }

    internal void U24(int v)
    {
        Ensure(3);
        _buf[_len++] = (byte)(v >> 16);
        _buf[_len++] = (byte)(v >> 8);
        _buf[_len++] = (byte)v;
    }

    internal void Bytes(ReadOnlySpan<byte> b)
    {
        Ensure(b.Length);
        b.CopyTo(_buf.AsSpan(_len));
        _len += b.Length;
    }

    /// <summary>Writes a length prefix of <paramref name="prefixBytes"/> bytes around what <paramref name="body"/> writes.</summary>
    internal void Block(int prefixBytes, Action<ByteWriter> body)
    {
        var at = _len;
        Ensure(prefixBytes);
        _len += prefixBytes;
        body(this);
        var n = _len - at - prefixBytes;
        var max = prefixBytes switch { 1 => 0xFF, 2 => 0xFFFF, _ => 0xFFFFFF };
        if (n > max) { throw new InvalidOperationException($"block of {n} bytes does not fit a {prefixBytes}-byte length"); }
        for (var i = prefixBytes - 1; i >= 0; i--)
        {
            _buf[at + i] = (byte)n;
            n >>= 8;
        }
    }

    internal byte[] ToArray() => _buf.AsSpan(0, _len).ToArray();

    private void Ensure(int n)
    {
        if (_len + n <= _buf.Length) { return; }
        Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _len + n));
    }
}
