using System.Security.Cryptography;

namespace CryptrecCheck.Tls.Wire;

/// <summary>The SSL 2.0 CLIENT-HELLO (draft-hickman-netscape-ssl-00 §2.5) used to detect SSL 2.0 servers.</summary>
public static class Ssl2ClientHello
{
    /// <summary>Builds a CLIENT-HELLO with a two-byte record header offering the given 3-byte CIPHER-KINDs.</summary>
    public static byte[] Build(IReadOnlyList<int> cipherKinds, byte[]? challenge = null)
    {
        ArgumentNullException.ThrowIfNull(cipherKinds);
        challenge ??= RandomNumberGenerator.GetBytes(16);
        if (challenge.Length is < 16 or > 32) { throw new ArgumentException("The challenge has 16 to 32 bytes.", nameof(challenge)); }
        var body = new ByteWriter();
        body.U8(1);          // MSG-CLIENT-HELLO
        body.U16(0x0002);    // CLIENT-VERSION
        body.U16(cipherKinds.Count * 3);
        body.U16(0);         // SESSION-ID-LENGTH
        body.U16(challenge.Length);
        foreach (var k in cipherKinds) { body.U8(k >> 16); body.U8(k >> 8); body.U8(k); }
        body.Bytes(challenge);
        var b = body.ToArray();
        if (b.Length > 0x7FFF) { throw new ArgumentException("Too many cipher kinds for one SSL 2.0 record.", nameof(cipherKinds)); }
        var w = new ByteWriter();
        w.U16(0x8000 | b.Length); // two-byte header, no padding
        w.Bytes(b);
        return w.ToArray();
    }
}
