using System.Security.Cryptography;
using CryptrecCheck.Policy.Tls;
using CryptrecCheck.Tls.Wire;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace CryptrecCheck.Tls.Scanning;

/// <summary>
/// Session resumption on TLS 1.0–1.2 (RFC 5246 §7.3 by session ID, RFC 5077 by ticket) with BouncyCastle's TLS client
/// in non-blocking mode, so that every read keeps our deadline and size bound: a full handshake without tickets, then a
/// hello offering its session ID; a full handshake offering an empty session_ticket extension, then a hello offering
/// the ticket with a fresh random session ID. A ServerHello that echoes the offered ID followed by an abbreviated handshake means
/// resumed. Four connections: full + resume for each kind (the resume is skipped when the full handshake gave no
/// session ID or no ticket).
/// </summary>
internal static class ResumptionProbe
{
    /// <summary>Bytes one handshake may read before it is abandoned (a full handshake with a long chain fits easily).</summary>
    private const int MaxHandshakeBytes = 256 * 1024;

    internal sealed record Outcome(bool? ById, bool? ByTicket);

    /// <summary>The highest TLS 1.0–1.2 version found, with its accepted suites; null when there is none.</summary>
    internal static (ProtocolVersion Version, int[] Suites)? Choose(IReadOnlyList<ProtocolScanResult> protocols)
    {
        foreach (var v in new[] { TlsProtocolVersion.Tls12, TlsProtocolVersion.Tls11, TlsProtocolVersion.Tls10 })
        {
            var p = protocols.FirstOrDefault(x => x.Version == v);
            if (p is { Supported: true, CipherSuites.Count: > 0 })
            {
                var bc = v switch { TlsProtocolVersion.Tls12 => ProtocolVersion.TLSv12, TlsProtocolVersion.Tls11 => ProtocolVersion.TLSv11, _ => ProtocolVersion.TLSv10 };
                return (bc, p.CipherSuites.Select(s => s.Code).ToArray());
            }
        }
        return null;
    }

    internal static async Task<Outcome> RunAsync(TargetConnector conn, ProtocolVersion version, int[] suites, CancellationToken ct)
    {
        var crypto = new BcTlsCrypto(new SecureRandom());
        var offered = TlsUtilities.GetSupportedCipherSuites(crypto, suites);
        if (offered.Length == 0)
        {
            throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, "none of the accepted suites can be completed by the TLS client used for resumption (BouncyCastle)");
        }

        // By session ID: a full handshake without the ticket extension (a server that issues a ticket may give no
        // session ID or keep nothing in its cache: OpenSSL does so), then a hello offering that ID.
        var full = new ResumptionClient(crypto, version, offered, resume: null, ticket: null, offerTicket: false);
        await conn.ExchangeStreamAsync((s, t) => HandshakeAsync(s, full, t), ct).ConfigureAwait(false);
        var session = full.Session ?? throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, "the full handshake completed without a session");
        bool? byId = false;
        if (session.SessionID is { Length: > 0 } && session.IsResumable)
        {
            var again = new ResumptionClient(crypto, version, offered, resume: session, ticket: null, offerTicket: false);
            await conn.ExchangeStreamAsync((s, t) => HandshakeAsync(s, again, t), ct).ConfigureAwait(false);
            byId = again.Resumed;
        }

        // By ticket: a full handshake offering an empty session_ticket extension, then a hello carrying the ticket.
        var issue = new ResumptionClient(crypto, version, offered, resume: null, ticket: null, offerTicket: true);
        await conn.ExchangeStreamAsync((s, t) => HandshakeAsync(s, issue, t), ct).ConfigureAwait(false);
        bool? byTicket = false;
        if (issue.Ticket is { Length: > 0 } ticket && issue.Session is { } ticketSession)
        {
            // RFC 5077 §3.4: with a ticket the client sends a session ID of its own; the server echoes it when it resumes.
            var withTicket = TlsUtilities.ImportSession(RandomNumberGenerator.GetBytes(32), ticketSession.ExportSessionParameters());
            var use = new ResumptionClient(crypto, version, offered, resume: withTicket, ticket: ticket, offerTicket: true);
            await conn.ExchangeStreamAsync((s, t) => HandshakeAsync(s, use, t), ct).ConfigureAwait(false);
            byTicket = use.Resumed;
        }
        return new Outcome(byId, byTicket);
    }

    /// <summary>Drives one handshake over <paramref name="s"/> with our own reads (deadline from the connector's token),
    /// then closes it politely (close_notify) so that the server keeps the session.</summary>
    private static async Task<bool> HandshakeAsync(Stream s, ResumptionClient client, CancellationToken ct)
    {
        var protocol = new TlsClientProtocol();
        var buf = new byte[16 * 1024];
        var total = 0;
        try
        {
            protocol.Connect(client);
            await FlushAsync(protocol, s, ct).ConfigureAwait(false);
            while (!client.Completed)
            {
                var n = await s.ReadAsync(buf, ct).ConfigureAwait(false);
                if (n == 0) { throw new TlsProtocolException(TlsErrorKind.ConnectionClosed, "the server closed the connection during the handshake"); }
                total += n;
                if (total > MaxHandshakeBytes) { throw new TlsProtocolException(TlsErrorKind.TooMuchData, $"the handshake sent more than {MaxHandshakeBytes} bytes"); }
                protocol.OfferInput(buf, 0, n);
                await FlushAsync(protocol, s, ct).ConfigureAwait(false);
            }
            protocol.Close();
            await FlushAsync(protocol, s, ct).ConfigureAwait(false);
            // Wait (briefly, bounded) for the server's close_notify or end of stream, so that it ends the session cleanly.
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(ct);
            grace.CancelAfter(TimeSpan.FromMilliseconds(200));
            try
            {
                while (total < MaxHandshakeBytes && await s.ReadAsync(buf, grace.Token).ConfigureAwait(false) is var n and > 0) { total += n; }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The handshake is done and its result known: a slow or rude close (or the deadline) changes nothing.
            }
            return true;
        }
        catch (TlsException e)
        {
            throw new TlsProtocolException(TlsErrorKind.UnexpectedMessage, $"full handshake for session resumption failed: {e.Message}", e);
        }
    }

    private static async Task FlushAsync(TlsClientProtocol protocol, Stream s, CancellationToken ct)
    {
        var n = protocol.GetAvailableOutputBytes();
        if (n == 0) { return; }
        var output = new byte[n];
        protocol.ReadOutput(output, 0, n);
        await s.WriteAsync(output, ct).ConfigureAwait(false);
    }

    private sealed class ResumptionClient : DefaultTlsClient
    {
        private readonly ProtocolVersion _version;
        private readonly int[] _suites;
        private readonly TlsSession? _resume;
        private readonly byte[]? _ticket;
        private readonly bool _offerTicket;

        internal ResumptionClient(BcTlsCrypto crypto, ProtocolVersion version, int[] suites, TlsSession? resume, byte[]? ticket, bool offerTicket)
            : base(crypto)
        {
            _offerTicket = offerTicket;
            _version = version;
            _suites = suites;
            _resume = resume;
            _ticket = ticket;
        }

        internal bool Completed { get; private set; }

        internal bool Resumed { get; private set; }

        internal TlsSession? Session { get; private set; }

        internal byte[]? Ticket { get; private set; }

        protected override ProtocolVersion[] GetSupportedVersions() => new[] { _version };

        protected override int[] GetSupportedCipherSuites() => _suites;

        public override TlsSession? GetSessionToResume() => _resume;

        public override IDictionary<int, byte[]> GetClientExtensions()
        {
            var ext = base.GetClientExtensions() ?? new Dictionary<int, byte[]>();
            // Empty: "I support tickets, give me one"; with data: "resume this ticket" (RFC 5077 §3.2).
            if (_offerTicket) { ext[ExtensionType.session_ticket] = _ticket ?? Array.Empty<byte>(); }
            return ext;
        }

        public override void NotifyNewSessionTicket(NewSessionTicket newSessionTicket) => Ticket = newSessionTicket.Ticket;

        public override TlsAuthentication GetAuthentication() => new AcceptAny();

        public override void NotifyHandshakeComplete()
        {
            base.NotifyHandshakeComplete();
            Resumed = m_context.SecurityParameters.IsResumedSession;
            Session = m_context.Session;
            Completed = true;
        }
    }

    /// <summary>The scanner records chains and judges them elsewhere; this handshake only needs to complete.</summary>
    private sealed class AcceptAny : ServerOnlyTlsAuthentication
    {
        public override void NotifyServerCertificate(TlsServerCertificate serverCertificate)
        {
        }
    }
}
