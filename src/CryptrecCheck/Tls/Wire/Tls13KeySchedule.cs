using System.Security.Cryptography;
using System.Text;

namespace CryptrecCheck.Tls.Wire;

/// <summary>
/// The part of the TLS 1.3 key schedule (RFC 8446 §7.1, §7.3) that reads a server's encrypted handshake: from the
/// (EC)DHE shared secret and the ClientHello…ServerHello transcript to the server handshake traffic key and IV.
/// </summary>
public static class Tls13KeySchedule
{
    /// <summary>HKDF-Expand-Label(secret, label, context, length) with the "tls13 " prefix.</summary>
    public static byte[] ExpandLabel(HashAlgorithmName hash, byte[] secret, string label, ReadOnlySpan<byte> context, int length)
    {
        var full = Encoding.ASCII.GetBytes("tls13 " + label);
        var info = new byte[2 + 1 + full.Length + 1 + context.Length];
        info[0] = (byte)(length >> 8);
        info[1] = (byte)length;
        info[2] = (byte)full.Length;
        full.CopyTo(info, 3);
        info[3 + full.Length] = (byte)context.Length;
        context.CopyTo(info.AsSpan(4 + full.Length));
        return HKDF.Expand(hash, secret, length, info);
    }

    /// <summary>server_handshake_traffic_secret from the shared secret and Hash(ClientHello || ServerHello).</summary>
    public static byte[] ServerHandshakeTrafficSecret(HashAlgorithmName hash, byte[] sharedSecret, ReadOnlySpan<byte> transcriptHash)
    {
        var hashLength = HashLength(hash);
        var early = HKDF.Extract(hash, new byte[hashLength], new byte[hashLength]);
        var derived = ExpandLabel(hash, early, "derived", Hash(hash, ReadOnlySpan<byte>.Empty), hashLength);
        var handshake = HKDF.Extract(hash, sharedSecret, derived);
        return ExpandLabel(hash, handshake, "s hs traffic", transcriptHash, hashLength);
    }

    public static byte[] Hash(HashAlgorithmName hash, ReadOnlySpan<byte> data) =>
        hash == HashAlgorithmName.SHA384 ? SHA384.HashData(data) : SHA256.HashData(data);

    public static int HashLength(HashAlgorithmName hash) => hash == HashAlgorithmName.SHA384 ? 48 : 32;
}
