namespace CryptrecCheck.Tls.Wire;

/// <summary>
/// Turns records into handshake messages (several per record, or one spread over several records, RFC 5246 §6.2.1),
/// alerts and the rest. Bounds the size of a handshake message before buffering it.
/// </summary>
public sealed class HandshakeReader
{
    private readonly TlsRecordReader _records;
    private readonly TlsReadLimits _limits;
    private byte[] _pending = Array.Empty<byte>();
    private int _pendingStart;
    private int _pendingLength;

    public HandshakeReader(TlsRecordReader records, TlsReadLimits? limits = null)
    {
        _records = records ?? throw new ArgumentNullException(nameof(records));
        _limits = limits ?? TlsReadLimits.Default;
    }

    public TlsRecordReader Records => _records;

    /// <summary>Reads the next server message.</summary>
    public async ValueTask<ServerMessage> ReadAsync(CancellationToken ct)
    {
        while (true)
        {
            if (TryTakeHandshake(out var message)) { return message!; }
            var rec = await _records.ReadRecordAsync(ct).ConfigureAwait(false);
            if (rec is not { } r)
            {
                if (_pendingLength > 0)
                {
                    throw new TlsProtocolException(TlsErrorKind.ConnectionClosed, $"the server closed the connection inside a handshake message ({_pendingLength} byte(s) buffered)");
                }
                return new ServerMessage.Closed();
            }
            if (r.ContentType != ContentTypes.Handshake && _pendingLength > 0)
            {
                throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"record of content type {r.ContentType} inside a fragmented handshake message");
            }
            switch (r.ContentType)
            {
                case ContentTypes.Handshake:
                    Append(r.Fragment);
                    break;
                case ContentTypes.Alert:
                    return new ServerMessage.Alert(AlertMessage.Parse(r.Fragment));
                case ContentTypes.ChangeCipherSpec:
                    if (r.Fragment.Length != 1 || r.Fragment[0] != 1) { throw TlsProtocolException.Malformed("ChangeCipherSpec is not the single byte 1"); }
                    return new ServerMessage.ChangeCipherSpec();
                default:
                    return new ServerMessage.Opaque(r.ContentType);
            }
        }
    }

    private bool TryTakeHandshake(out ServerMessage? message)
    {
        message = null;
        if (_pendingLength < 4) { return false; }
        var p = _pending.AsSpan(_pendingStart, _pendingLength);
        var len = (p[1] << 16) | (p[2] << 8) | p[3];
        if (len > _limits.MaxHandshakeMessageBytes)
        {
            throw new TlsProtocolException(TlsErrorKind.TooMuchData, $"handshake message of type {p[0]} announces {len} bytes (limit {_limits.MaxHandshakeMessageBytes})");
        }
        if (_pendingLength < 4 + len) { return false; }
        message = new ServerMessage.Handshake(p[0], p.Slice(4, len).ToArray());
        _pendingStart += 4 + len;
        _pendingLength -= 4 + len;
        return true;
    }

    private void Append(byte[] fragment)
    {
        if (_pendingLength + fragment.Length > _limits.MaxHandshakeMessageBytes + 4 + ClientHelloBuilder.MaxFragment)
        {
            throw new TlsProtocolException(TlsErrorKind.TooMuchData, "handshake data beyond the message size limit");
        }
        if (_pendingStart + _pendingLength + fragment.Length > _pending.Length)
        {
            var bigger = new byte[Math.Max(_pendingLength + fragment.Length, Math.Min(_pending.Length * 2, _limits.MaxHandshakeMessageBytes + 8))];
            _pending.AsSpan(_pendingStart, _pendingLength).CopyTo(bigger);
            _pending = bigger;
            _pendingStart = 0;
        }
        fragment.CopyTo(_pending.AsSpan(_pendingStart + _pendingLength));
        _pendingLength += fragment.Length;
    }
}
