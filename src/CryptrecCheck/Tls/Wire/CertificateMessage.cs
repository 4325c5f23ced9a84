namespace CryptrecCheck.Tls.Wire;

/// <summary>The certificate_list of a TLS 1.0–1.2 Certificate message (RFC 5246 §7.4.2), as DER.</summary>
public static class CertificateMessage
{
    /// <summary>Parses the body (without handshake header) into DER certificates, leaf first.</summary>
    public static IReadOnlyList<byte[]> Parse(ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        var list = new SpanReader(r.Vector24("Certificate.certificate_list"));
        r.ExpectEnd("Certificate");
        var certs = new List<byte[]>();
        while (!list.End)
        {
            var der = list.Vector24("Certificate.ASN.1Cert");
            if (der.Length < 2 || der[0] != 0x30) { throw TlsProtocolException.Malformed("a certificate in the chain is not a DER SEQUENCE"); }
            certs.Add(der.ToArray());
        }
        return certs;
    }
}
