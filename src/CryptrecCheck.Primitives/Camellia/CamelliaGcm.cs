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
    private Ghash _ghash; // GHASH initialised for H (H², and H³, H⁴ for PCLMULQDQ): copied per call instead of recomputed
    private bool _useClmul = true;

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
        _ghash.Init(_h, _useClmul);
    }

    /// <summary>Tag size in bytes.</summary>
    public int TagSizeInBytes { get; }

    internal CamelliaPath Path { get => _cipher.Path; set => _cipher.Path = value; }

    /// <summary>Blocks per round-sliced batch on the portable path (8 or 16; tests force each width).</summary>
    internal int RoundSlicedBlocks { get => _cipher.RoundSlicedBlocks; set => _cipher.RoundSlicedBlocks = value; }

    /// <summary>Use PCLMULQDQ for GHASH when the CPU has it (tests turn it off to exercise the portable GHASH).</summary>
    internal bool UseClmul
    {
        get => _useClmul;
        set
        {
            _useClmul = value;
            _ghash.Init(_h, value);
        }
    }

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="ciphertext"/> and writes the tag.</summary>
    public void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> associatedData = default)
    {
        Check(nonce, plaintext.Length, ciphertext.Length, tag.Length, nameof(ciphertext));
        var g = _ghash;
        g.Update(associatedData);
        Span<byte> ekj0 = stackalloc byte[16];
        if (plaintext.Length <= FusedMaxBytes)
        {
            // E(J0) and the message's counter blocks in one batch: CTR from nonce ‖ 1 over 16 zero bytes ‖ plaintext.
            Span<byte> buf = stackalloc byte[16 + plaintext.Length]; // zero-initialised
            plaintext.CopyTo(buf.Slice(16));
            Keystream(nonce, buf);
            buf.Slice(0, 16).CopyTo(ekj0);
            buf.Slice(16).CopyTo(ciphertext);
            CryptographicOperations.ZeroMemory(buf);
            g.Update(ciphertext.Slice(0, plaintext.Length));
        }
        else
        {
            ulong hi = BinaryPrimitives.ReadUInt64BigEndian(nonce), lo = ((ulong)BinaryPrimitives.ReadUInt32BigEndian(nonce.Slice(8)) << 32) | 2;
            for (var off = 0; off < plaintext.Length; off += ChunkBytes)
            {
                var n = Math.Min(ChunkBytes, plaintext.Length - off);
                _cipher.Ctr(ref hi, ref lo, plaintext.Slice(off, n), ciphertext.Slice(off, n));
                g.Update(ciphertext.Slice(off, n));
            }
            EncryptJ0(nonce, ekj0);
        }
        ComputeTag(ref g, ekj0, (ulong)associatedData.Length, (ulong)plaintext.Length, tag);
        CryptographicOperations.ZeroMemory(ekj0);
    }

    /// <summary>Verifies the tag and decrypts. On a mismatch the plaintext buffer is zeroed and
    /// <see cref="AuthenticationTagMismatchException"/> is thrown.</summary>
    public void Decrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData = default)
    {
        Check(nonce, ciphertext.Length, plaintext.Length, tag.Length, nameof(plaintext));
        var g = _ghash;
        g.Update(associatedData);
        g.Update(ciphertext);
        Span<byte> expected = stackalloc byte[16];
        var fused = ciphertext.Length <= FusedMaxBytes;
        // Short messages: E(J0) ‖ keystream in one batch, used only after the tag has been checked.
        Span<byte> stream = stackalloc byte[fused ? 16 + ciphertext.Length : 16]; // zero-initialised
        if (fused) { Keystream(nonce, stream); } else { EncryptJ0(nonce, stream); }
        ComputeTag(ref g, stream.Slice(0, 16), (ulong)associatedData.Length, (ulong)ciphertext.Length, expected.Slice(0, tag.Length));
        var ok = CryptographicOperations.FixedTimeEquals(expected.Slice(0, tag.Length), tag);
        CryptographicOperations.ZeroMemory(expected);
        if (!ok)
        {
            CryptographicOperations.ZeroMemory(stream);
            CryptographicOperations.ZeroMemory(plaintext.Slice(0, ciphertext.Length));
            throw new AuthenticationTagMismatchException("The Camellia-GCM tag does not match the data. / Camellia-GCM の認証タグが一致しません。");
        }
        if (fused)
        {
            Camellia.Xor(ciphertext, stream.Slice(16), plaintext.Slice(0, ciphertext.Length));
        }
        else
        {
            ulong hi = BinaryPrimitives.ReadUInt64BigEndian(nonce), lo = ((ulong)BinaryPrimitives.ReadUInt32BigEndian(nonce.Slice(8)) << 32) | 2;
            _cipher.Ctr(ref hi, ref lo, ciphertext, plaintext);
        }
        CryptographicOperations.ZeroMemory(stream);
    }

    /// <summary>Messages up to this length get E(J0) in the same batch as their counter blocks (J0 + 15 blocks: one
    /// 16-block round-sliced batch on the portable path, one 16-block batch on the 128-bit vector paths); measured to
    /// save a second batch per call (docs/camellia.md).</summary>
    private const int FusedMaxBytes = 15 * 16;

    /// <summary>XORs the CTR keystream from J0 = nonce ‖ 1 into <paramref name="buffer"/> (in place).</summary>
    private void Keystream(ReadOnlySpan<byte> nonce, Span<byte> buffer)
    {
        ulong hi = BinaryPrimitives.ReadUInt64BigEndian(nonce), lo = ((ulong)BinaryPrimitives.ReadUInt32BigEndian(nonce.Slice(8)) << 32) | 1;
        _cipher.Ctr(ref hi, ref lo, buffer, buffer);
    }

    private void EncryptJ0(ReadOnlySpan<byte> nonce, Span<byte> ekj0)
    {
        nonce.CopyTo(ekj0);
        ekj0[12] = 0; ekj0[13] = 0; ekj0[14] = 0; ekj0[15] = 1;
        _cipher.EncryptBlock(ekj0, ekj0);
    }

    private static void ComputeTag(ref Ghash g, ReadOnlySpan<byte> ekj0, ulong aadBytes, ulong textBytes, Span<byte> tag)
    {
        Span<byte> s = stackalloc byte[16];
        g.Final(aadBytes, textBytes, s);
        g.ClearAccumulator();
        Camellia.Xor(s, ekj0, s);
        s.Slice(0, tag.Length).CopyTo(tag);
        CryptographicOperations.ZeroMemory(s);
    }

    private void Check(ReadOnlySpan<byte> nonce, int inputLength, int outputLength, int tagLength, string outputName)
    {
        if (nonce.Length != NonceSize) { throw new ArgumentException($"The GCM nonce must be 12 bytes; got {nonce.Length}. / GCM の nonce は 12 バイトです（{nonce.Length} バイト）。", nameof(nonce)); }
        if (tagLength != TagSizeInBytes) { throw new ArgumentException($"The tag must be {TagSizeInBytes} bytes; got {tagLength}. / タグは {TagSizeInBytes} バイトです（{tagLength} バイト）。", "tag"); }
        if (outputLength != inputLength) { throw new ArgumentException($"Input ({inputLength} bytes) and output ({outputLength} bytes) must have the same length. / 入力（{inputLength} バイト）と出力（{outputLength} バイト）の長さが違います。", outputName); }
    }

    /// <summary>True when H, its GHASH state and the subkeys are all zero (tests check <see cref="Dispose"/>).</summary>
    internal bool KeyMaterialIsZero() => !_h.AsSpan().ContainsAnyExcept((byte)0) && _ghash.IsClear() && _cipher.SubkeysAreZero();

    /// <summary>Zeroes H, the GHASH key state and the subkeys.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_h);
        _ghash.Clear();
        _cipher.Dispose();
    }
}
