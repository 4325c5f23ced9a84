using System.Text;
using CryptrecCheck.Tls.Wire;

namespace CryptrecCheck.Tls;

/// <summary>
/// The plaintext dialogues that precede a STARTTLS handshake (RFC 3207 SMTP, RFC 2595 IMAP/POP3, RFC 4217 FTP,
/// RFC 4511 §4.14 LDAP, RFC 6120 §5 XMPP, PostgreSQL SSLRequest). Lines and replies are bounded; any failure is a
/// <see cref="TlsErrorKind.StartTlsFailed"/> error naming what the server said.
/// </summary>
internal static class StartTlsNegotiator
{
    private const int MaxLine = 4096;
    private const int MaxLines = 64;

    internal static async Task NegotiateAsync(Stream s, StartTlsProtocol protocol, string host, CancellationToken ct)
    {
        switch (protocol)
        {
            case StartTlsProtocol.None:
                return;
            case StartTlsProtocol.Smtp:
                await ExpectReplyAsync(s, "220", "SMTP greeting", ct).ConfigureAwait(false);
                await SendAsync(s, "EHLO cryptrec-check.invalid\r\n", ct).ConfigureAwait(false);
                await ExpectReplyAsync(s, "250", "SMTP EHLO", ct).ConfigureAwait(false);
                await SendAsync(s, "STARTTLS\r\n", ct).ConfigureAwait(false);
                await ExpectReplyAsync(s, "220", "SMTP STARTTLS", ct).ConfigureAwait(false);
                return;
            case StartTlsProtocol.Ftp:
                await ExpectReplyAsync(s, "220", "FTP greeting", ct).ConfigureAwait(false);
                await SendAsync(s, "AUTH TLS\r\n", ct).ConfigureAwait(false);
                await ExpectReplyAsync(s, "234", "FTP AUTH TLS", ct).ConfigureAwait(false);
                return;
            case StartTlsProtocol.Pop3:
                await ExpectPrefixAsync(s, "+OK", "POP3 greeting", ct).ConfigureAwait(false);
                await SendAsync(s, "STLS\r\n", ct).ConfigureAwait(false);
                await ExpectPrefixAsync(s, "+OK", "POP3 STLS", ct).ConfigureAwait(false);
                return;
            case StartTlsProtocol.Imap:
                await ExpectPrefixAsync(s, "* OK", "IMAP greeting", ct).ConfigureAwait(false);
                await SendAsync(s, "a1 STARTTLS\r\n", ct).ConfigureAwait(false);
                for (var i = 0; i < MaxLines; i++)
                {
                    var line = await ReadLineAsync(s, "IMAP STARTTLS", ct).ConfigureAwait(false);
                    if (line.StartsWith("a1 ", StringComparison.Ordinal))
                    {
                        if (line.StartsWith("a1 OK", StringComparison.OrdinalIgnoreCase)) { return; }
                        throw Fail("IMAP STARTTLS", line);
                    }
                }
                throw Fail("IMAP STARTTLS", "no tagged reply");
            case StartTlsProtocol.Postgres:
                // SSLRequest: length 8, code 80877103; the server answers one byte, 'S' to proceed.
                await s.WriteAsync(new byte[] { 0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F }, ct).ConfigureAwait(false);
                var b = new byte[1];
                if (await s.ReadAsync(b, ct).ConfigureAwait(false) != 1 || b[0] != (byte)'S') { throw Fail("PostgreSQL SSLRequest", b[0] == (byte)'N' ? "N (TLS not enabled)" : "no 'S'"); }
                return;
            case StartTlsProtocol.Ldap:
                await LdapAsync(s, ct).ConfigureAwait(false);
                return;
            case StartTlsProtocol.Xmpp:
                await XmppAsync(s, host, ct).ConfigureAwait(false);
                return;
        }
    }

    private static async Task LdapAsync(Stream s, CancellationToken ct)
    {
        // ExtendedRequest (messageID 1) with requestName 1.3.6.1.4.1.1466.20037 (StartTLS).
        var oid = Encoding.ASCII.GetBytes("1.3.6.1.4.1.1466.20037");
        var req = new List<byte> { 0x30, (byte)(5 + 2 + oid.Length), 0x02, 0x01, 0x01, 0x77, (byte)(2 + oid.Length), 0x80, (byte)oid.Length };
        req.AddRange(oid);
        await s.WriteAsync(req.ToArray(), ct).ConfigureAwait(false);
        var head = new byte[2];
        await ReadExactAsync(s, head, "LDAP StartTLS reply", ct).ConfigureAwait(false);
        if (head[0] != 0x30 || (head[1] & 0x80) != 0 && head[1] > 0x82) { throw Fail("LDAP StartTLS", "not an LDAPMessage"); }
        var len = head[1];
        if ((len & 0x80) != 0)
        {
            var n = len & 0x7F;
            var lb = new byte[n];
            await ReadExactAsync(s, lb, "LDAP StartTLS reply", ct).ConfigureAwait(false);
            len = 0;
            var full = 0;
            foreach (var x in lb) { full = (full << 8) | x; }
            if (full > 4096) { throw Fail("LDAP StartTLS", "reply longer than 4096 bytes"); }
            var body2 = new byte[full];
            await ReadExactAsync(s, body2, "LDAP StartTLS reply", ct).ConfigureAwait(false);
            CheckLdapResult(body2);
            return;
        }
        var body = new byte[len];
        await ReadExactAsync(s, body, "LDAP StartTLS reply", ct).ConfigureAwait(false);
        CheckLdapResult(body);
    }

    private static void CheckLdapResult(byte[] body)
    {
        // messageID INTEGER, then [APPLICATION 24] ExtendedResponse whose first element is resultCode ENUMERATED.
        var i = 0;
        if (body.Length < 3 || body[i] != 0x02) { throw Fail("LDAP StartTLS", "no messageID"); }
        i += 2 + body[i + 1];
        if (i + 2 >= body.Length || body[i] != 0x78) { throw Fail("LDAP StartTLS", "not an ExtendedResponse"); }
        i += body[i + 1] >= 0x80 ? 2 + (body[i + 1] & 0x7F) : 2;
        if (i + 2 >= body.Length || body[i] != 0x0A) { throw Fail("LDAP StartTLS", "no resultCode"); }
        if (body[i + 2] != 0) { throw Fail("LDAP StartTLS", "resultCode " + body[i + 2].ToString(System.Globalization.CultureInfo.InvariantCulture)); }
    }

    private static async Task XmppAsync(Stream s, string host, CancellationToken ct)
    {
        await SendAsync(s, $"<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' to='{System.Security.SecurityElement.Escape(host)}' version='1.0'>", ct).ConfigureAwait(false);
        var features = await ReadUntilAsync(s, new[] { "</stream:features>", "</stream:error>", "</stream:stream>" }, "XMPP stream features", ct).ConfigureAwait(false);
        if (!features.EndsWith("</stream:features>", StringComparison.Ordinal)) { throw Fail("XMPP stream features", Tail(features)); }
        if (!features.Contains("urn:ietf:params:xml:ns:xmpp-tls", StringComparison.Ordinal)) { throw Fail("XMPP stream features", "no <starttls/> offered"); }
        await SendAsync(s, "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>", ct).ConfigureAwait(false);
        // RFC 6120 §5.4.2.3: <proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/> (or <failure/>). The element is read to
        // its end, so that not one byte of it is left for the TLS record reader.
        var reply = await ReadUntilAsync(s, new[] { "<proceed", "<failure", "</stream:stream>" }, "XMPP starttls", ct).ConfigureAwait(false);
        if (!reply.EndsWith("<proceed", StringComparison.Ordinal)) { throw Fail("XMPP starttls", Tail(reply)); }
        var rest = await ReadUntilAsync(s, new[] { ">" }, "XMPP starttls", ct).ConfigureAwait(false);
        if (!rest.EndsWith("/>", StringComparison.Ordinal)) { await ReadUntilAsync(s, new[] { "</proceed>" }, "XMPP starttls", ct).ConfigureAwait(false); }
    }

    private static string Tail(string text) => text.Length > 120 ? text.Substring(text.Length - 120) : text;

    /// <summary>Reads byte by byte until the text read ends with one of <paramref name="markers"/>; at most 16 KiB.</summary>
    private static async Task<string> ReadUntilAsync(Stream s, string[] markers, string what, CancellationToken ct)
    {
        const int Max = 16384;
        var sb = new StringBuilder();
        var b = new byte[1];
        while (sb.Length < Max)
        {
            if (await s.ReadAsync(b, ct).ConfigureAwait(false) == 0) { throw Fail(what, sb.Length == 0 ? "connection closed" : "connection closed after \"" + Tail(sb.ToString()) + "\""); }
            sb.Append((char)b[0]);
            foreach (var m in markers)
            {
                if (EndsWith(sb, m)) { return sb.ToString(); }
            }
        }
        throw Fail(what, $"more than {Max} bytes without an answer");
    }

    private static bool EndsWith(StringBuilder sb, string marker)
    {
        if (sb.Length < marker.Length) { return false; }
        var off = sb.Length - marker.Length;
        for (var i = 0; i < marker.Length; i++)
        {
            if (sb[off + i] != marker[i]) { return false; }
        }
        return true;
    }

    private static async Task ExpectReplyAsync(Stream s, string code, string what, CancellationToken ct)
    {
        // Multi-line replies: "250-..." continues, "250 ..." ends (RFC 5321 §4.2.1).
        for (var i = 0; i < MaxLines; i++)
        {
            var line = await ReadLineAsync(s, what, ct).ConfigureAwait(false);
            if (line.Length < 3 || !line.StartsWith(code, StringComparison.Ordinal)) { throw Fail(what, line); }
            if (line.Length == 3 || line[3] == ' ') { return; }
        }
        throw Fail(what, $"more than {MaxLines} reply lines");
    }

    private static async Task ExpectPrefixAsync(Stream s, string prefix, string what, CancellationToken ct)
    {
        var line = await ReadLineAsync(s, what, ct).ConfigureAwait(false);
        if (!line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { throw Fail(what, line); }
    }

    /// <summary>Reads one CRLF- or LF-terminated line byte by byte, so that nothing after it is consumed.</summary>
    private static async Task<string> ReadLineAsync(Stream s, string what, CancellationToken ct)
    {
        var buf = new byte[MaxLine];
        var n = 0;
        var one = new byte[1];
        while (true)
        {
            if (await s.ReadAsync(one, ct).ConfigureAwait(false) == 0) { throw Fail(what, n == 0 ? "connection closed" : "connection closed mid-line"); }
            if (one[0] == (byte)'\n')
            {
                var len = n > 0 && buf[n - 1] == (byte)'\r' ? n - 1 : n;
                return Encoding.ASCII.GetString(buf, 0, len);
            }
            if (n == MaxLine) { throw Fail(what, $"line longer than {MaxLine} bytes"); }
            buf[n++] = one[0];
        }
    }

    private static async Task ReadExactAsync(Stream s, byte[] buf, string what, CancellationToken ct)
    {
        var off = 0;
        while (off < buf.Length)
        {
            var n = await s.ReadAsync(buf.AsMemory(off), ct).ConfigureAwait(false);
            if (n == 0) { throw Fail(what, "connection closed"); }
            off += n;
        }
    }

    private static Task SendAsync(Stream s, string text, CancellationToken ct) => s.WriteAsync(Encoding.ASCII.GetBytes(text), ct).AsTask();

    private static TlsProtocolException Fail(string what, string said)
    {
        // What a hostile server said is shown bounded and without control characters.
        var clean = new string(said.Select(c => c < ' ' || c > '~' && c != '…' ? '?' : c).ToArray());
        var shown = clean.Length > 120 ? clean.Substring(0, 120) + "…" : clean;
        return new TlsProtocolException(TlsErrorKind.StartTlsFailed, $"{what} failed: the server said \"{shown}\"");
    }
}
