namespace CryptrecCheck.Tls.Wire;

/// <summary>A parsed ServerHello or HelloRetryRequest (RFC 5246 §7.4.1.3, RFC 8446 §4.1.3–4.1.4).</summary>
public sealed record ServerHelloMessage
{
    /// <summary>legacy_version / server_version from the message.</summary>
    public required int LegacyVersion { get; init; }

    /// <summary>The negotiated version: supported_versions when present (TLS 1.3), else the legacy version.</summary>
    public required int Version { get; init; }

    public required byte[] Random { get; init; }

    public required byte[] SessionId { get; init; }

    public required int CipherSuite { get; init; }

    public required byte CompressionMethod { get; init; }

    /// <summary>True when the random is the HelloRetryRequest marker.</summary>
    public required bool IsHelloRetryRequest { get; init; }

    /// <summary>Extension types in the order received.</summary>
    public required IReadOnlyList<int> ExtensionTypes { get; init; }

    /// <summary>key_share: the server's group (ServerHello) or the group it asks for (HelloRetryRequest).</summary>
    public int? KeyShareGroup { get; init; }

    /// <summary>key_share of a TLS 1.3 ServerHello: the server's public key_exchange bytes (null in a HelloRetryRequest).</summary>
    public byte[]? KeyShareKeyExchange { get; init; }

    /// <summary>renegotiation_info present (RFC 5746: secure renegotiation).</summary>
    public bool SecureRenegotiation => Has(Wire.ExtensionTypes.RenegotiationInfo);

    public bool ExtendedMasterSecret => Has(Wire.ExtensionTypes.ExtendedMasterSecret);

    public bool EncryptThenMac => Has(Wire.ExtensionTypes.EncryptThenMac);

    public bool SessionTicket => Has(Wire.ExtensionTypes.SessionTicket);

    public bool StatusRequest => Has(Wire.ExtensionTypes.StatusRequest);

    public bool Has(int extensionType)
    {
        foreach (var t in ExtensionTypes) { if (t == extensionType) { return true; } }
        return false;
    }

    /// <summary>Parses the body of a ServerHello handshake message (without the 4-byte handshake header).</summary>
    public static ServerHelloMessage Parse(ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        var legacy = r.U16("ServerHello.version");
        if ((legacy >> 8) != 3) { throw TlsProtocolException.Malformed($"ServerHello version 0x{legacy:X4} is not SSL 3.0 or TLS"); }
        var random = r.Bytes(32, "ServerHello.random").ToArray();
        var sid = r.Vector8("ServerHello.session_id");
        if (sid.Length > 32) { throw TlsProtocolException.Malformed($"ServerHello session id of {sid.Length} bytes (at most 32)"); }
        var suite = r.U16("ServerHello.cipher_suite");
        var comp = r.U8("ServerHello.compression_method");
        var types = new List<int>();
        var version = legacy;
        int? group = null;
        byte[]? share = null;
        var hrr = random.AsSpan().SequenceEqual(Tls13Constants.HelloRetryRequestRandom);
        if (!r.End)
        {
            var ext = new SpanReader(r.Vector16("ServerHello.extensions"));
            r.ExpectEnd("ServerHello");
            while (!ext.End)
            {
                var type = ext.U16("extension type");
                var data = ext.Vector16("extension data");
                if (types.Contains(type)) { throw TlsProtocolException.Malformed($"duplicate ServerHello extension {type}"); }
                types.Add(type);
                if (type == Wire.ExtensionTypes.SupportedVersions)
                {
                    var v = new SpanReader(data);
                    version = v.U16("supported_versions.selected_version");
                    v.ExpectEnd("supported_versions");
                }
                else if (type == Wire.ExtensionTypes.KeyShare)
                {
                    var k = new SpanReader(data);
                    group = k.U16("key_share.group");
                    if (!hrr)
                    {
                        var key = k.Vector16("key_share.key_exchange");
                        if (key.Length == 0) { throw TlsProtocolException.Malformed("empty key_share.key_exchange"); }
                        share = key.ToArray();
                    }
                    k.ExpectEnd("key_share");
                }
            }
        }
        return new ServerHelloMessage
        {
            LegacyVersion = legacy,
            Version = version,
            Random = random,
            SessionId = sid.ToArray(),
            CipherSuite = suite,
            CompressionMethod = comp,
            IsHelloRetryRequest = hrr,
            ExtensionTypes = types,
            KeyShareGroup = group,
            KeyShareKeyExchange = share,
        };
    }
}
