namespace CryptrecCheck.Tls.Wire;

/// <summary>
/// Reads TLS records from a stream with strict bounds: the record header is validated before its length is trusted,
/// and every read honours the cancellation token (the caller's connection deadline). All failures are
/// <see cref="TlsProtocolException"/>s.
/// </summary>
public sealed class TlsRecordReader
{
    private readonly Stream _stream;
    private readonly TlsReadLimits _limits;
    private readonly byte[] _header = new byte[5];

    public TlsRecordReader(Stream stream, TlsReadLimits? limits = null)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _limits = limits ?? TlsReadLimits.Default;
    }

    /// <summary>Bytes read so far.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>Records read so far.</summary>
    public int Records { get; private set; }

    /// <summary>Reads at most <paramref name="count"/> raw bytes into <paramref name="buffer"/> (used for the SSL 2.0 answer); 0 at end of stream.</summary>
    internal async ValueTask<int> ReadSomeAsync(Memory<byte> buffer, CancellationToken ct) => Count(await _stream.ReadAsync(buffer, ct).ConfigureAwait(false));

    /// <summary>Reads exactly <paramref name="buffer"/>.Length bytes; the end of the stream is <see cref="TlsErrorKind.ConnectionClosed"/>.</summary>
    internal async ValueTask ReadExactlyAsync(Memory<byte> buffer, string what, CancellationToken ct)
    {
        if (TotalBytes + buffer.Length > _limits.MaxTotalBytes)
        {
            throw new TlsProtocolException(TlsErrorKind.TooMuchData, $"more than {_limits.MaxTotalBytes} bytes on one connection");
        }
        var off = 0;
        while (off < buffer.Length)
        {
            var n = await _stream.ReadAsync(buffer.Slice(off), ct).ConfigureAwait(false);
            if (n == 0)
            {
                throw new TlsProtocolException(TlsErrorKind.ConnectionClosed, $"the server closed the connection in the middle of {what} ({off} of {buffer.Length} bytes)");
            }
            off += n;
            TotalBytes += n;
        }
    }

    /// <summary>Reads the next record; null when the server closed the connection cleanly between records.</summary>
    public async ValueTask<TlsRecord?> ReadRecordAsync(CancellationToken ct)
    {
        if (Records >= _limits.MaxRecords)
        {
            throw new TlsProtocolException(TlsErrorKind.TooMuchData, $"more than {_limits.MaxRecords} records without finishing the handshake");
        }
        var first = await ReadSomeAsync(_header.AsMemory(0, 1), ct).ConfigureAwait(false);
        if (first == 0) { return null; }
        await ReadExactlyAsync(_header.AsMemory(1, 4), "a record header", ct).ConfigureAwait(false);
        var type = _header[0];
        var version = (_header[1] << 8) | _header[2];
        var length = (_header[3] << 8) | _header[4];
        if (type is < ContentTypes.ChangeCipherSpec or > ContentTypes.Heartbeat)
        {
            throw TlsProtocolException.Malformed($"record content type {type} is not TLS (first bytes {Convert.ToHexString(_header)})");
        }
        if (_header[1] != 3 || _header[2] > 4)
        {
            throw TlsProtocolException.Malformed($"record version 0x{version:X4} is not SSL 3.0 or TLS");
        }
        if (length > _limits.MaxRecordBytes)
        {
            throw new TlsProtocolException(TlsErrorKind.RecordTooLarge, $"record of {length} bytes exceeds the limit of {_limits.MaxRecordBytes}");
        }
        if (length == 0 && type != ContentTypes.ApplicationData)
        {
            throw TlsProtocolException.Malformed($"empty record of content type {type}");
        }
        var fragment = new byte[length];
        await ReadExactlyAsync(fragment, "a record", ct).ConfigureAwait(false);
        Records++;
        return new TlsRecord(type, version, fragment);
    }

    private int Count(int n)
    {
        TotalBytes += n;
        return n;
    }
}
