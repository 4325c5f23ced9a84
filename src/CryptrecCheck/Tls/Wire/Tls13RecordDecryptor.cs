using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CryptrecCheck.Tls.Wire;

/// <summary>
/// Removes the record protection of TLS 1.3 (RFC 8446 §5.2–5.3) for one direction and one traffic secret: AEAD with
/// the per-record nonce (IV XOR sequence number) and the record header as additional data; the inner content type is
/// the last non-zero byte of the plaintext.
/// </summary>
public sealed class Tls13RecordDecryptor : IDisposable
{
    private readonly int _suite;
    private readonly byte[] _iv;
    private readonly IDisposable _aead;
    private readonly int _tagLength;
    private ulong _sequence;

    private Tls13RecordDecryptor(int suite, byte[] iv, IDisposable aead, int tagLength)
    {
        _suite = suite;
        _iv = iv;
        _aead = aead;
        _tagLength = tagLength;
    }

    /// <summary>TLS 1.3 suites whose records this class can read on this platform.</summary>
    public static IReadOnlyList<int> Supported { get; } = new[] { 0x1301, 0x1302, 0x1303, 0x1304, 0x1305 }
        .Where(s => s != 0x1303 || ChaCha20Poly1305.IsSupported).Where(s => s is 0x1303 || AesGcm.IsSupported).ToArray();

    /// <summary>The transcript hash of a suite: SHA-384 for TLS_AES_256_GCM_SHA384, SHA-256 for the others.</summary>
    public static HashAlgorithmName HashOf(int suite) => suite == 0x1302 ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256;

    /// <summary>The decryptor for <paramref name="suite"/> keyed from a traffic secret.</summary>
    public static Tls13RecordDecryptor Create(int suite, byte[] trafficSecret)
    {
        var hash = HashOf(suite);
        var keyLength = suite is 0x1302 or 0x1303 ? 32 : 16;
        var key = Tls13KeySchedule.ExpandLabel(hash, trafficSecret, "key", ReadOnlySpan<byte>.Empty, keyLength);
        var iv = Tls13KeySchedule.ExpandLabel(hash, trafficSecret, "iv", ReadOnlySpan<byte>.Empty, 12);
        return suite switch
        {
            0x1301 or 0x1302 => new Tls13RecordDecryptor(suite, iv, new AesGcm(key, 16), 16),
            0x1303 => new Tls13RecordDecryptor(suite, iv, new ChaCha20Poly1305(key), 16),
            0x1304 => new Tls13RecordDecryptor(suite, iv, new AesCcm(key), 16),
            0x1305 => new Tls13RecordDecryptor(suite, iv, new AesCcm(key), 8),
            _ => throw new ArgumentException($"TLS 1.3 suite 0x{suite:X4} cannot be decrypted here.", nameof(suite)),
        };
    }

    /// <summary>Decrypts one application_data record; returns the inner content type and the content.</summary>
    public (byte ContentType, byte[] Content) Decrypt(TlsRecord record)
    {
        if (record.Fragment.Length < _tagLength + 1)
        {
            throw TlsProtocolException.Malformed($"encrypted record of {record.Fragment.Length} bytes is shorter than its tag");
        }
        Span<byte> nonce = stackalloc byte[12];
        _iv.CopyTo(nonce);
        Span<byte> seq = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(seq, _sequence++);
        for (var i = 0; i < 8; i++) { nonce[4 + i] ^= seq[i]; }
        Span<byte> aad = stackalloc byte[5];
        aad[0] = record.ContentType;
        BinaryPrimitives.WriteUInt16BigEndian(aad[1..], (ushort)record.Version);
        BinaryPrimitives.WriteUInt16BigEndian(aad[3..], (ushort)record.Fragment.Length);
        var cipher = record.Fragment.AsSpan(0, record.Fragment.Length - _tagLength);
        var tag = record.Fragment.AsSpan(record.Fragment.Length - _tagLength);
        var plain = new byte[cipher.Length];
        try
        {
            switch (_aead)
            {
                case AesGcm g: g.Decrypt(nonce, cipher, tag, plain, aad); break;
                case ChaCha20Poly1305 c: c.Decrypt(nonce, cipher, tag, plain, aad); break;
                case AesCcm m: m.Decrypt(nonce, cipher, tag, plain, aad); break;
            }
        }
        catch (CryptographicException e)
        {
            throw TlsProtocolException.Malformed($"an encrypted TLS 1.3 record (suite 0x{_suite:X4}) does not decrypt: {e.Message}");
        }
        var end = plain.Length - 1;
        while (end >= 0 && plain[end] == 0) { end--; }
        if (end < 0) { throw TlsProtocolException.Malformed("a TLS 1.3 record has no inner content type"); }
        return (plain[end], plain.AsSpan(0, end).ToArray());
    }

    public void Dispose() => _aead.Dispose();
}
