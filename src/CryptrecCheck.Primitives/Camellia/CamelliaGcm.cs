using System.Buffers.Binary;
using System.Security.Cryptography;
using CryptrecCheck.Primitives.CamelliaImpl;

namespace CryptrecCheck.Primitives;

/// <summary>
/// Camellia in Galois/Counter Mode (NIST SP 800-38D with Camellia as the block cipher, as in RFC 6367's
/// CAMELLIA_*_GCM suites), shaped like <see cref="AesGcm"/>: 12-byte nonces, tags of 12 to 16 bytes.
/// </summary>
/// <remarks>Counter blocks are nonce ‖ 32-bit counter starting at 2; inputs are bounded by <see cref="int.MaxValue"/>
/// bytes, far below the 2^32 blocks at which the 32-bit counter of GCM and the 128-bit counter of
/// <see cref="Camellia.TransformCtr"/> would differ. No call allocates; <see cref="Dispose"/> zeroes key material.</remarks>
public sealed class CamelliaGcm : IDisposable
{
    /// <summary>The only nonce size supported, as for <see cref="AesGcm"/>.</summary>
    public const int NonceSize = 12;

    private const int ChunkBytes = 4096;

    private readonly Camellia _cipher;
    private readonly byte[] _h = new byte[16];

    /// <summary>Creates the AEAD for a 16-, 24- or 32-byte key and a tag size of 12..16 bytes.</summary>
    public CamelliaGcm(ReadOnlySpan<byte> key, int tagSizeInBytes)
    {
        if (tagSizeInBytes is < 12 or > 16)
        {
            throw new ArgumentException($"The GCM tag size must be 12 to 16 bytes; got {tagSizeInBytes}. / GCM のタグ長は 12〜16 バイトです（{tagSizeInBytes}）。", nameof(tagSizeInBytes));
        }
        TagSizeInBytes = tagSizeInBytes;
        _cipher = new Camellia(key);
        _cipher.EncryptBlock(new byte[16], _h);
    }

    /// <summary>Tag size in bytes.</summary>
    public int TagSizeInBytes { get; }

    internal CamelliaPath Path { get => _cipher.Path; set => _cipher.Path = value; }

    /// <summary>Use PCLMULQDQ for GHASH when the CPU has it (tests turn it off to exercise the portable GHASH).</summary>
    internal bool UseClmul { get; set; } = true;

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="ciphertext"/> and writes the tag.</summary>
    public void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> associatedData = default)
    {
        Check(nonce, plaintext.Length, ciphertext.Length, tag.Length, nameof(ciphertext));
        var g = default(Ghash);
        g.Init(_h, UseClmul);
        g.Update(associatedData);
        ulong hi = BinaryPrimitives.ReadUInt64BigEndian(nonce), lo = ((ulong)BinaryPrimitives.ReadUInt32BigEndian(nonce.Slice(8)) << 32) | 2;
        for (var off = 0; off < plaintext.Length; off += ChunkBytes)
        {
            var n = Math.Min(ChunkBytes, plaintext.Length - off);
            _cipher.Ctr(ref hi, ref lo, plaintext.Slice(off, n), ciphertext.Slice(off, n));
            g.Update(ciphertext.Slice(off, n));
        }
        ComputeTag(ref g, nonce, (ulong)associatedData.Length, (ulong)plaintext.Length, tag);
    }

    /// <summary>Verifies the tag and decrypts. On a mismatch the plaintext buffer is zeroed and
    /// <see cref="AuthenticationTagMismatchException"/> is thrown.</summary>
    public void Decrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData = default)
    {
        Check(nonce, ciphertext.Length, plaintext.Length, tag.Length, nameof(plaintext));
        var g = default(Ghash);
        g.Init(_h, UseClmul);
        g.Update(associatedData);
        g.Update(ciphertext);
        Span<byte> expected = stackalloc byte[16];
        ComputeTag(ref g, nonce, (ulong)associatedData.Length, (ulong)ciphertext.Length, expected.Slice(0, tag.Length));
        var ok = CryptographicOperations.FixedTimeEquals(expected.Slice(0, tag.Length), tag);
        CryptographicOperations.ZeroMemory(expected);
        if (!ok)
        {
            CryptographicOperations.ZeroMemory(plaintext.Slice(0, ciphertext.Length));
            throw new AuthenticationTagMismatchException("The Camellia-GCM tag does not match the data. / Camellia-GCM の認証タグが一致しません。");
        }
        ulong hi = BinaryPrimitives.ReadUInt64BigEndian(nonce), lo = ((ulong)BinaryPrimitives.ReadUInt32BigEndian(nonce.Slice(8)) << 32) | 2;
        _cipher.Ctr(ref hi, ref lo, ciphertext, plaintext);
    }

    private void ComputeTag(ref Ghash g, ReadOnlySpan<byte> nonce, ulong aadBytes, ulong textBytes, Span<byte> tag)
    {
        Span<byte> s = stackalloc byte[16];
        Span<byte> j0 = stackalloc byte[16];
        g.Final(aadBytes, textBytes, s);
        g.Clear();
        nonce.CopyTo(j0);
        j0[15] = 1;
        _cipher.EncryptBlock(j0, j0);
        Camellia.Xor(s, j0, s);
        s.Slice(0, tag.Length).CopyTo(tag);
        CryptographicOperations.ZeroMemory(s);
        CryptographicOperations.ZeroMemory(j0);
    }

    private void Check(ReadOnlySpan<byte> nonce, int inputLength, int outputLength, int tagLength, string outputName)
    {
        if (nonce.Length != NonceSize) { throw new ArgumentException($"The GCM nonce must be 12 bytes; got {nonce.Length}. / GCM の nonce は 12 バイトです（{nonce.Length} バイト）。", nameof(nonce)); }
        if (tagLength != TagSizeInBytes) { throw new ArgumentException($"The tag must be {TagSizeInBytes} bytes; got {tagLength}. / タグは {TagSizeInBytes} バイトです（{tagLength} バイト）。", "tag"); }
        if (outputLength != inputLength) { throw new ArgumentException($"Input ({inputLength} bytes) and output ({outputLength} bytes) must have the same length. / 入力（{inputLength} バイト）と出力（{outputLength} バイト）の長さが違います。", outputName); }
    }

    /// <summary>Zeroes H and the subkeys.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_h);
        _cipher.Dispose();
    }
}
