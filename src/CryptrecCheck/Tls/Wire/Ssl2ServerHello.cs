namespace CryptrecCheck.Tls.Wire;

/// <summary>An SSL 2.0 SERVER-HELLO (draft-hickman-netscape-ssl-00 §2.6): the version and the cipher kinds it offers.</summary>
public sealed record Ssl2ServerHello(int Version, IReadOnlyList<int> CipherKinds, byte[]? Certificate)
{
    /// <summary>Parses the message after the record header (starting at MSG-SERVER-HELLO = 4).</summary>
    public static Ssl2ServerHello Parse(ReadOnlySpan<byte> message)
    {
        var r = new SpanReader(message);
        var type = r.U8("SSL2 message type");
        if (type != 4) { throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"SSL 2.0 message type {type} where SERVER-HELLO (4) was expected"); }
        _ = r.U8("SSL2 SESSION-ID-HIT");
        _ = r.U8("SSL2 CERTIFICATE-TYPE");
        var version = r.U16("SSL2 SERVER-VERSION");
        var certLen = r.U16("SSL2 CERTIFICATE-LENGTH");
        var specsLen = r.U16("SSL2 CIPHER-SPECS-LENGTH");
        var idLen = r.U16("SSL2 CONNECTION-ID-LENGTH");
        var cert = r.Bytes(certLen, "SSL2 CERTIFICATE");
        if (specsLen % 3 != 0) { throw TlsProtocolException.Malformed($"SSL2 CIPHER-SPECS-LENGTH {specsLen} is not a multiple of 3"); }
        var specs = r.Bytes(specsLen, "SSL2 CIPHER-SPECS");
        _ = r.Bytes(idLen, "SSL2 CONNECTION-ID");
        var kinds = new List<int>(specsLen / 3);
        for (var i = 0; i < specs.Length; i += 3) { kinds.Add((specs[i] << 16) | (specs[i + 1] << 8) | specs[i + 2]); }
        return new Ssl2ServerHello(version, kinds, certLen > 0 ? cert.ToArray() : null);
    }
}
