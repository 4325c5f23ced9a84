using System.Security.Cryptography;
using System.Text;

namespace CryptrecCheck.Tls.Wire;

/// <summary>Builds ClientHello messages byte by byte (RFC 5246 §7.4.1.2, RFC 8446 §4.1.2), independent of any TLS stack.</summary>
public static class ClientHelloBuilder
{
    /// <summary>Largest plaintext fragment of one record (RFC 8446 §5.1).</summary>
    public const int MaxFragment = 16384;

    /// <summary>The handshake message (type, 3-byte length, body) without record framing.</summary>
    public static byte[] BuildHandshake(ClientHelloSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Random is { Length: not 32 }) { throw new ArgumentException("ClientHello.random must be 32 bytes.", nameof(spec)); }
        if (spec.SessionId.Length > 32) { throw new ArgumentException("A session id has at most 32 bytes.", nameof(spec)); }
        if (spec.CompressionMethods.Count is 0 or > 255) { throw new ArgumentException("1..255 compression methods are required.", nameof(spec)); }
        var w = new ByteWriter();
        w.U8(HandshakeTypes.ClientHello);
        w.Block(3, b =>
        {
            b.U16(spec.ClientVersion);
            b.Bytes(spec.Random ?? RandomNumberGenerator.GetBytes(32));
            b.Block(1, s => s.Bytes(spec.SessionId));
            b.Block(2, s => { foreach (var c in spec.CipherSuites) { s.U16(c); } });
            b.Block(1, s => { foreach (var m in spec.CompressionMethods) { s.U8(m); } });
            var ext = new ByteWriter();
            WriteExtensions(ext, spec);
            if (ext.Length > 0) { b.Block(2, e => e.Bytes(ext.ToArray())); }
        });
        return w.ToArray();
    }

    /// <summary>The ClientHello framed in handshake records (split into several when longer than one fragment).</summary>
    public static byte[] Build(ClientHelloSpec spec)
    {
        var hs = BuildHandshake(spec);
        return Frame(ContentTypes.Handshake, spec.RecordVersion, hs);
    }

    /// <summary>Frames a payload as records of at most <see cref="MaxFragment"/> bytes.</summary>
    public static byte[] Frame(byte contentType, int recordVersion, ReadOnlySpan<byte> payload)
    {
        var w = new ByteWriter();
        var off = 0;
        do
        {
            var n = Math.Min(MaxFragment, payload.Length - off);
            w.U8(contentType);
            w.U16(recordVersion);
            w.U16(n);
            w.Bytes(payload.Slice(off, n));
            off += n;
        }
        while (off < payload.Length);
        return w.ToArray();
    }

    private static void WriteExtensions(ByteWriter w, ClientHelloSpec spec)
    {
        if (spec.ServerName is { Length: > 0 } host)
        {
            // RFC 6066 §3: host_name only, no trailing dot, ASCII (IDNs in A-label form).
            var name = Encoding.ASCII.GetBytes(host.TrimEnd('.'));
            Ext(w, ExtensionTypes.ServerName, e => e.Block(2, l => { l.U8(0); l.Block(2, n => n.Bytes(name)); }));
        }
        if (spec.StatusRequest)
        {
            // CertificateStatusRequest: ocsp(1), empty responder_id_list, empty request_extensions.
            Ext(w, ExtensionTypes.StatusRequest, e => { e.U8(1); e.U16(0); e.U16(0); });
        }
        if (spec.SupportedGroups is { } groups)
        {
            Ext(w, ExtensionTypes.SupportedGroups, e => e.Block(2, l => { foreach (var g in groups) { l.U16(g); } }));
        }
        if (spec.EcPointFormats)
        {
            Ext(w, ExtensionTypes.EcPointFormats, e => e.Block(1, l => l.U8(0))); // uncompressed
        }
        if (spec.SignatureAlgorithms is { } sigs)
        {
            Ext(w, ExtensionTypes.SignatureAlgorithms, e => e.Block(2, l => { foreach (var s in sigs) { l.U16(s); } }));
        }
        if (spec.Alpn is { Count: > 0 } alpn)
        {
            Ext(w, ExtensionTypes.Alpn, e => e.Block(2, l =>
            {
                foreach (var p in alpn) { l.Block(1, n => n.Bytes(Encoding.ASCII.GetBytes(p))); }
            }));
        }
        if (spec.EncryptThenMac) { Ext(w, ExtensionTypes.EncryptThenMac, _ => { }); }
        if (spec.ExtendedMasterSecret) { Ext(w, ExtensionTypes.ExtendedMasterSecret, _ => { }); }
        if (spec.SessionTicket) { Ext(w, ExtensionTypes.SessionTicket, _ => { }); }
        if (spec.SupportedVersions is { } versions)
        {
            Ext(w, ExtensionTypes.SupportedVersions, e => e.Block(1, l => { foreach (var v in versions) { l.U16(v); } }));
        }
        if (spec.PskKeyExchangeModes) { Ext(w, ExtensionTypes.PskKeyExchangeModes, e => e.Block(1, l => l.U8(1))); }
        if (spec.KeyShares is { } shares)
        {
            Ext(w, ExtensionTypes.KeyShare, e => e.Block(2, l =>
            {
                foreach (var k in shares) { l.U16(k.Group); l.Block(2, x => x.Bytes(k.KeyExchange)); }
            }));
        }
        if (spec.RenegotiationInfo)
        {
            Ext(w, ExtensionTypes.RenegotiationInfo, e => e.U8(0)); // empty renegotiated_connection
        }
    }

    private static void Ext(ByteWriter w, int type, Action<ByteWriter> body)
    {
        w.U16(type);
        w.Block(2, body);
    }
}
