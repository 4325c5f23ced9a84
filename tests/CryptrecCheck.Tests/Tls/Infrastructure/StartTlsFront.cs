using System.Net.Sockets;
using System.Text;
using CryptrecCheck.Tls;

namespace CryptrecCheck.Tests.Tls.Infrastructure;

/// <summary>
/// An in-process plaintext front on 127.0.0.1:0 that speaks the opening of a STARTTLS protocol and then misbehaves the
/// way real servers do not on purpose: it refuses the upgrade with the protocol's own negative reply, or sends
/// garbage (an endless line, binary noise, an oversized LDAP length). Real servers cover the successful upgrades.
/// </summary>
internal sealed class StartTlsFront : IDisposable
{
    internal enum Behaviour
    {
        /// <summary>The protocol's own "no" to the upgrade request.</summary>
        Refuse,

        /// <summary>Bytes that are not the protocol: an endless line or an impossible length.</summary>
        Garbage,
    }

    private readonly LoopbackTcpServer _server;

    internal StartTlsFront(StartTlsProtocol protocol, Behaviour behaviour) =>
        _server = new LoopbackTcpServer((s, ct) => SpeakAsync(s, protocol, behaviour, ct), TimeSpan.FromSeconds(10));

    internal string Target => _server.Target;

    private static async Task SpeakAsync(NetworkStream s, StartTlsProtocol protocol, Behaviour behaviour, CancellationToken ct)
    {
        async Task Say(string text) => await s.WriteAsync(Encoding.ASCII.GetBytes(text), ct);
        async Task Hear()
        {
            var b = new byte[1];
            for (var i = 0; i < 1000; i++)
            {
                if (await s.ReadAsync(b, ct) == 0 || b[0] == '\n' || b[0] == '>') { return; }
            }
        }
        async Task Endless()
        {
            // 64 KiB without a line end: the scanner must give up at its line bound, long before this ends.
            var chunk = Encoding.ASCII.GetBytes(new string('A', 1024));
            for (var i = 0; i < 64; i++) { await s.WriteAsync(chunk, ct); }
        }
        var refuse = behaviour == Behaviour.Refuse;
        switch (protocol)
        {
            case StartTlsProtocol.Smtp:
                await Say("220 mail.test ESMTP\r\n");
                await Hear();
                await Say("250-mail.test\r\n250 STARTTLS\r\n");
                await Hear();
                if (refuse) { await Say("454 4.7.0 TLS not available\r\n"); } else { await Endless(); }
                break;
            case StartTlsProtocol.Imap:
                if (!refuse) { await Endless(); break; }
                await Say("* OK [CAPABILITY IMAP4rev1] ready\r\n");
                await Hear();
                await Say("a1 NO STARTTLS not available\r\n");
                break;
            case StartTlsProtocol.Pop3:
                if (!refuse) { await Say("\u0016\u0003\u0001garbage\r\n"); break; }
                await Say("+OK ready\r\n");
                await Hear();
                await Say("-ERR STLS not available\r\n");
                break;
            case StartTlsProtocol.Ftp:
                await Say("220-welcome\r\n220 ready\r\n");
                await Hear();
                if (refuse) { await Say("534 AUTH TLS refused\r\n"); } else { await Endless(); }
                break;
            case StartTlsProtocol.Ldap:
                var head = new byte[2];
                await s.ReadExactlyAsync(head, ct); // the ExtendedRequest: short-form length
                await s.ReadExactlyAsync(new byte[head[1]], ct);
                if (refuse)
                {
                    // ExtendedResponse, messageID 1, resultCode 2 (protocolError), empty matchedDN and diagnosticMessage.
                    await s.WriteAsync(new byte[] { 0x30, 0x0C, 0x02, 0x01, 0x01, 0x78, 0x07, 0x0A, 0x01, 0x02, 0x04, 0x00, 0x04, 0x00 }, ct);
                }
                else
                {
                    // An LDAPMessage announcing 2^32-1 bytes.
                    await s.WriteAsync(new byte[] { 0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF, 0x02, 0x01, 0x01 }, ct);
                }
                break;
            case StartTlsProtocol.Xmpp:
                await Hear();
                await Say("<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' id='1' from='localhost' version='1.0'>");
                if (!refuse) { await Endless(); break; }
                await Say("<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:features>");
                await Hear();
                await Say("<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:stream>");
                break;
            case StartTlsProtocol.Postgres:
                var req = new byte[8];
                await s.ReadExactlyAsync(req, ct);
                // 'N' is the real "no TLS here"; 'E' is an ErrorResponse, what a server too old for SSLRequest sends.
                await s.WriteAsync(new[] { refuse ? (byte)'N' : (byte)'E', (byte)0, (byte)0 }, ct);
                break;
        }
        await Task.Delay(200, ct);
    }

    public void Dispose() => _server.Dispose();
}
