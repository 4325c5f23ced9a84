using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>Reads the server's answer to one hello, from the first byte to ServerHelloDone (TLS 1.0–1.2) or to the
/// ServerHello / HelloRetryRequest (TLS 1.3, whose later messages are encrypted).</summary>
public static class ServerFlight
{
    /// <summary>Reads the answer to a TLS ClientHello.</summary>
    public static async Task<ProbeResponse> ReadAsync(HandshakeReader reader, CancellationToken ct)
    {
        var first = await reader.ReadAsync(ct).ConfigureAwait(false);
        // Warning alerts before the ServerHello (e.g. unrecognized_name from servers without the name) do not end the
        // handshake; an endless stream of them ends at the record limit of the reader.
        while (first is ServerMessage.Alert { Message: { IsFatal: false, Description: not AlertDescriptions.CloseNotify } })
        {
            first = await reader.ReadAsync(ct).ConfigureAwait(false);
        }
        switch (first)
        {
            case ServerMessage.Alert a:
                return new ProbeResponse { Outcome = ProbeOutcome.Alert, Alert = a.Message };
            case ServerMessage.Closed:
                return new ProbeResponse { Outcome = ProbeOutcome.Closed };
            case ServerMessage.Handshake { Type: HandshakeTypes.ServerHello } h:
                break;
            case ServerMessage.Handshake h:
                throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"handshake message type {h.Type} where ServerHello was expected");
            default:
                throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"{first.GetType().Name} where ServerHello was expected");
        }

        var hello = ServerHelloMessage.Parse(((ServerMessage.Handshake)first).Body);
        if (hello.IsHelloRetryRequest) { return new ProbeResponse { Outcome = ProbeOutcome.HelloRetryRequest, Hello = hello }; }
        if (hello.Version >= 0x0304) { return new ProbeResponse { Outcome = ProbeOutcome.ServerHello, Hello = hello }; }

        IReadOnlyList<byte[]>? certs = null;
        ServerKeyExchangeMessage? ske = null;
        var ocsp = false;
        var suite = TlsRegistry.FindSuite(hello.CipherSuite);
        for (var i = 0; i < 16; i++)
        {
            var m = await reader.ReadAsync(ct).ConfigureAwait(false);
            if (m is not ServerMessage.Handshake hs) { break; } // alert, close, CCS (resumption): the flight ends here
            switch (hs.Type)
            {
                case HandshakeTypes.Certificate:
                    certs = CertificateMessage.Parse(hs.Body);
                    break;
                case HandshakeTypes.CertificateStatus:
                    ocsp = true;
                    break;
                case HandshakeTypes.ServerKeyExchange:
                    ske = suite?.KeyExchange switch
                    {
                        "DHE" or "DH" or "DHE_PSK" => ServerKeyExchangeMessage.ParseDhe(SkipPskHint(hs.Body, suite.KeyExchange)),
                        "ECDHE" or "ECDH" or "ECDHE_PSK" => ServerKeyExchangeMessage.ParseEcdhe(SkipPskHint(hs.Body, suite.KeyExchange)),
                        _ => null,
                    };
                    break;
                case HandshakeTypes.ServerHelloDone:
                    return new ProbeResponse { Outcome = ProbeOutcome.ServerHello, Hello = hello, Certificates = certs, KeyExchange = ske, OcspStapled = ocsp };
            }
        }
        return new ProbeResponse { Outcome = ProbeOutcome.ServerHello, Hello = hello, Certificates = certs, KeyExchange = ske, OcspStapled = ocsp };
    }

    private static ReadOnlySpan<byte> SkipPskHint(byte[] body, string kx)
    {
        if (!kx.EndsWith("_PSK", StringComparison.Ordinal)) { return body; }
        if (body.Length < 2) { throw TlsProtocolException.Malformed("truncated psk_identity_hint"); }
        var n = (body[0] << 8) | body[1];
        if (body.Length < 2 + n) { throw TlsProtocolException.Malformed("truncated psk_identity_hint"); }
        return body.AsSpan(2 + n);
    }

    /// <summary>Reads the answer to an SSL 2.0 CLIENT-HELLO: an SSL 2.0 SERVER-HELLO, or a TLS alert / close (no SSL 2.0).</summary>
    public static async Task<ProbeResponse> ReadSsl2Async(TlsRecordReader reader, CancellationToken ct)
    {
        var head = new byte[2];
        var n = await reader.ReadSomeAsync(head.AsMemory(0, 1), ct).ConfigureAwait(false);
        if (n == 0) { return new ProbeResponse { Outcome = ProbeOutcome.Closed }; }
        await reader.ReadExactlyAsync(head.AsMemory(1, 1), "an SSL 2.0 record header", ct).ConfigureAwait(false);
        if ((head[0] & 0x80) == 0)
        {
            if (head[0] == ContentTypes.Alert && head[1] == 3)
            {
                // A TLS alert record: the server speaks TLS only.
                var rest = new byte[3];
                await reader.ReadExactlyAsync(rest, "a TLS alert header", ct).ConfigureAwait(false);
                var len = (rest[1] << 8) | rest[2];
                if (len != 2) { throw TlsProtocolException.Malformed($"TLS alert record of {len} bytes"); }
                var body = new byte[2];
                await reader.ReadExactlyAsync(body, "a TLS alert", ct).ConfigureAwait(false);
                return new ProbeResponse { Outcome = ProbeOutcome.Alert, Alert = AlertMessage.Parse(body) };
            }
            throw TlsProtocolException.Malformed($"answer to SSL 2.0 CLIENT-HELLO starts with 0x{head[0]:X2}{head[1]:X2}, neither SSL 2.0 nor a TLS alert");
        }
        var length = ((head[0] & 0x7F) << 8) | head[1];
        if (length < 11) { throw TlsProtocolException.Malformed($"SSL 2.0 record of {length} bytes is too short for SERVER-HELLO"); }
        var msg = new byte[length];
        await reader.ReadExactlyAsync(msg, "an SSL 2.0 SERVER-HELLO", ct).ConfigureAwait(false);
        return new ProbeResponse { Outcome = ProbeOutcome.Ssl2ServerHello, Ssl2 = Ssl2ServerHello.Parse(msg) };
    }
}
