using System.Security.Cryptography;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>What the encrypted part of one TLS 1.3 server flight revealed.</summary>
public sealed record Tls13HandshakeResult
{
    /// <summary>The scheme of the server's CertificateVerify; null when the server refused the hello.</summary>
    public int? SignatureScheme { get; init; }

    /// <summary>The certificate_list of the Certificate message, leaf first, DER.</summary>
    public IReadOnlyList<byte[]> Certificates { get; init; } = Array.Empty<byte[]>();

    /// <summary>The suite and group the server chose; null when it refused.</summary>
    public int? CipherSuite { get; init; }

    public int? Group { get; init; }

    /// <summary>The alert (or close) that refused the hello.</summary>
    public AlertMessage? Alert { get; init; }

    public bool Refused => SignatureScheme == null;
}

/// <summary>
/// The scanner's own TLS 1.3 handshake, as far as the server's CertificateVerify: a ClientHello with real key shares
/// (x25519, secp256r1, secp384r1, secp521r1), the key schedule from the shared secret, the server's encrypted
/// EncryptedExtensions, Certificate and CertificateVerify decrypted and parsed. Nothing is sent after the ClientHello
/// and nothing is verified: the point is to observe which signature scheme the server chose from the offered list.
/// Reads are bounded by the connector's deadline and <see cref="TlsReadLimits"/>.
/// </summary>
public static class Tls13Handshake
{
    private const int X25519Group = 0x001D;

    private static readonly (int Group, ECCurve Curve, int Size)[] NistGroups =
    {
        (0x0017, ECCurve.NamedCurves.nistP256, 32),
        (0x0018, ECCurve.NamedCurves.nistP384, 48),
        (0x0019, ECCurve.NamedCurves.nistP521, 66),
    };

    /// <summary>The groups the handshake can complete with (the key shares it sends).</summary>
    public static IReadOnlyList<int> Groups { get; } = new[] { X25519Group }.Concat(NistGroups.Select(g => g.Group)).ToArray();

    /// <summary>Runs the handshake on <paramref name="stream"/> offering <paramref name="suites"/> (a subset of
    /// <see cref="Tls13RecordDecryptor.Supported"/>) and <paramref name="signatureSchemes"/>.</summary>
    public static async Task<Tls13HandshakeResult> RunAsync(Stream stream, IReadOnlyList<int> suites, IReadOnlyList<int> signatureSchemes, string? sni,
        TlsReadLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (xPrivate, xPublic) = X25519.GenerateKeyPair();
        var nist = NistGroups.Select(g => (g.Group, g.Size, Key: ECDiffieHellman.Create(g.Curve))).ToArray();
        try
        {
            var shares = new List<KeyShareEntry> { new(X25519Group, xPublic) };
            foreach (var (g, size, key) in nist)
            {
                var q = key.ExportParameters(false).Q;
                shares.Add(new KeyShareEntry(g, new byte[] { 4 }.Concat(Pad(q.X!, size)).Concat(Pad(q.Y!, size)).ToArray()));
            }
            var spec = HelloFactory.Tls13(suites, sni, Groups) with
            {
                Random = RandomNumberGenerator.GetBytes(32),
                KeyShares = shares,
                SignatureAlgorithms = signatureSchemes,
            };
            var clientHello = ClientHelloBuilder.BuildHandshake(spec);
            await stream.WriteAsync(ClientHelloBuilder.Frame(ContentTypes.Handshake, spec.RecordVersion, clientHello), ct).ConfigureAwait(false);

            var records = new TlsRecordReader(stream, limits);
            var reader = new HandshakeReader(records, limits);
            var first = await reader.ReadAsync(ct).ConfigureAwait(false);
            while (first is ServerMessage.Alert { Message: { IsFatal: false, Description: not AlertDescriptions.CloseNotify } })
            {
                first = await reader.ReadAsync(ct).ConfigureAwait(false);
            }
            switch (first)
            {
                case ServerMessage.Alert a: return new Tls13HandshakeResult { Alert = a.Message };
                case ServerMessage.Closed: return new Tls13HandshakeResult();
                case ServerMessage.Handshake { Type: HandshakeTypes.ServerHello }: break;
                default: throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"{Describe(first)} where a TLS 1.3 ServerHello was expected");
            }
            var body = ((ServerMessage.Handshake)first).Body;
            var hello = ServerHelloMessage.Parse(body);
            if (hello.Version != 0x0304)
            {
                return new Tls13HandshakeResult(); // not TLS 1.3: nothing to learn here
            }
            if (hello.IsHelloRetryRequest)
            {
                throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage,
                    $"HelloRetryRequest for group 0x{hello.KeyShareGroup ?? 0:X4} although key shares for every offered group were sent");
            }
            if (!suites.Contains(hello.CipherSuite)) { throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"the server chose TLS 1.3 suite 0x{hello.CipherSuite:X4}, which was not offered"); }
            if (hello.KeyShareGroup is not int group || hello.KeyShareKeyExchange is not { } serverShare)
            {
                throw TlsProtocolException.Malformed("TLS 1.3 ServerHello without a key share");
            }
            var shared = SharedSecret(group, serverShare, xPrivate, nist);

            var serverHello = new byte[4 + body.Length];
            serverHello[0] = HandshakeTypes.ServerHello;
            serverHello[1] = (byte)(body.Length >> 16);
            serverHello[2] = (byte)(body.Length >> 8);
            serverHello[3] = (byte)body.Length;
            body.CopyTo(serverHello, 4);
            var hash = Tls13RecordDecryptor.HashOf(hello.CipherSuite);
            var transcript = Tls13KeySchedule.Hash(hash, clientHello.Concat(serverHello).ToArray());
            var secret = Tls13KeySchedule.ServerHandshakeTrafficSecret(hash, shared, transcript);
            using var decryptor = Tls13RecordDecryptor.Create(hello.CipherSuite, secret);
            return await ReadEncryptedFlightAsync(records, decryptor, limits, hello.CipherSuite, group, ct).ConfigureAwait(false);
        }
        finally
        {
            foreach (var n in nist) { n.Key.Dispose(); }
        }
    }

    private static async Task<Tls13HandshakeResult> ReadEncryptedFlightAsync(TlsRecordReader records, Tls13RecordDecryptor decryptor, TlsReadLimits limits,
        int suite, int group, CancellationToken ct)
    {
        var pending = new List<byte>();
        IReadOnlyList<byte[]> certificates = Array.Empty<byte[]>();
        while (true)
        {
            var rec = await records.ReadRecordAsync(ct).ConfigureAwait(false)
                ?? throw new TlsProtocolException(TlsErrorKind.ConnectionClosed, "the server closed the connection before its CertificateVerify");
            if (rec.ContentType == ContentTypes.ChangeCipherSpec) { continue; } // middlebox compatibility (RFC 8446 §D.4)
            if (rec.ContentType == ContentTypes.Alert)
            {
                return new Tls13HandshakeResult { Alert = AlertMessage.Parse(rec.Fragment) };
            }
            if (rec.ContentType != ContentTypes.ApplicationData)
            {
                throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"plaintext record of content type {rec.ContentType} after a TLS 1.3 ServerHello");
            }
            var (type, content) = decryptor.Decrypt(rec);
            if (type == ContentTypes.Alert) { return new Tls13HandshakeResult { Alert = AlertMessage.Parse(content) }; }
            if (type != ContentTypes.Handshake) { throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"encrypted record of content type {type} before CertificateVerify"); }
            if (pending.Count + content.Length > limits.MaxHandshakeMessageBytes + 4)
            {
                throw new TlsProtocolException(TlsErrorKind.TooMuchData, $"encrypted handshake beyond the message size limit ({limits.MaxHandshakeMessageBytes} bytes)");
            }
            pending.AddRange(content);
            while (pending.Count >= 4)
            {
                var length = (pending[1] << 16) | (pending[2] << 8) | pending[3];
                if (length > limits.MaxHandshakeMessageBytes)
                {
                    throw new TlsProtocolException(TlsErrorKind.TooMuchData, $"handshake message of type {pending[0]} announces {length} bytes (limit {limits.MaxHandshakeMessageBytes})");
                }
                if (pending.Count < 4 + length) { break; }
                var msgType = pending[0];
                var msg = pending.GetRange(4, length).ToArray();
                pending.RemoveRange(0, 4 + length);
                switch (msgType)
                {
                    case HandshakeTypes.EncryptedExtensions:
                    case HandshakeTypes.CertificateRequest:
                        break;
                    case HandshakeTypes.Certificate:
                        certificates = ParseCertificate13(msg);
                        break;
                    case Tls13HandshakeTypes.CertificateVerify:
                        var r = new SpanReaderView(msg);
                        return new Tls13HandshakeResult { SignatureScheme = r.Scheme, Certificates = certificates, CipherSuite = suite, Group = group };
                    default:
                        throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"encrypted handshake message of type {msgType} before CertificateVerify");
                }
            }
        }
    }

    /// <summary>TLS 1.3 Certificate (RFC 8446 §4.4.2): request context, then entries of DER data and extensions.</summary>
    public static IReadOnlyList<byte[]> ParseCertificate13(ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        r.Vector8("Certificate.certificate_request_context");
        var list = new SpanReader(r.Vector24("Certificate.certificate_list"));
        r.ExpectEnd("Certificate");
        var certs = new List<byte[]>();
        while (!list.End)
        {
            var der = list.Vector24("CertificateEntry.cert_data");
            list.Vector16("CertificateEntry.extensions");
            if (der.Length < 2 || der[0] != 0x30) { throw TlsProtocolException.Malformed("a certificate in the TLS 1.3 chain is not a DER SEQUENCE"); }
            certs.Add(der.ToArray());
        }
        return certs;
    }

    private static byte[] SharedSecret(int group, byte[] serverShare, byte[] xPrivate, (int Group, int Size, ECDiffieHellman Key)[] nist)
    {
        if (group == X25519Group)
        {
            if (serverShare.Length != 32) { throw TlsProtocolException.Malformed($"x25519 key share of {serverShare.Length} bytes"); }
            var s = X25519.ScalarMult(xPrivate, serverShare);
            if (s.All(b => b == 0)) { throw TlsProtocolException.Malformed("x25519 key share gives the all-zero secret"); }
            return s;
        }
        foreach (var (g, size, key) in nist)
        {
            if (g != group) { continue; }
            if (serverShare.Length != 1 + 2 * size || serverShare[0] != 4)
            {
                throw TlsProtocolException.Malformed($"key share for group 0x{group:X4} is not an uncompressed point of {1 + 2 * size} bytes");
            }
            var parameters = new ECParameters
            {
                Curve = key.ExportParameters(false).Curve,
                Q = new ECPoint { X = serverShare.AsSpan(1, size).ToArray(), Y = serverShare.AsSpan(1 + size, size).ToArray() },
            };
            try
            {
                using var peer = ECDiffieHellman.Create(parameters);
                return key.DeriveRawSecretAgreement(peer.PublicKey);
            }
            catch (CryptographicException e)
            {
                throw TlsProtocolException.Malformed($"the server's key share for group 0x{group:X4} is not a point on the curve: {e.Message}");
            }
        }
        throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"the server chose group 0x{group:X4}, which was not offered");
    }

    private static byte[] Pad(byte[] v, int size) => v.Length >= size ? v : new byte[size - v.Length].Concat(v).ToArray();

    private static string Describe(ServerMessage m) => m is ServerMessage.Handshake h ? $"handshake message type {h.Type}" : m.GetType().Name;

    /// <summary>CertificateVerify (RFC 8446 §4.4.3): the scheme, then the signature.</summary>
    private readonly struct SpanReaderView
    {
        internal SpanReaderView(byte[] body)
        {
            var r = new SpanReader(body);
            Scheme = r.U16("CertificateVerify.algorithm");
            r.Vector16("CertificateVerify.signature");
            r.ExpectEnd("CertificateVerify");
        }

        internal int Scheme { get; }
    }
}

/// <summary>TLS 1.3 handshake types not in <see cref="HandshakeTypes"/>.</summary>
public static class Tls13HandshakeTypes
{
    public const byte CertificateVerify = 15;
}
