using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CryptrecCheck.Primitives;

/// <summary>
/// Camellia in CTR mode as a stream: <see cref="Transform"/> continues the keystream across calls of any length
/// (RFC 5528 counter blocks are nonce ‖ IV ‖ 32-bit counter; any 16-byte initial counter block works, incremented as a
/// 128-bit big-endian integer). Encryption and decryption are the same operation. No call allocates.
/// </summary>
public sealed class CamelliaCtr : IDisposable
{
    private readonly Camellia _cipher;
    private ulong _hi, _lo;
    private readonly byte[] _pending = new byte[Camellia.BlockSize];
    private int _pendingOffset = Camellia.BlockSize;

    /// <summary>Creates the stream for <paramref name="key"/> starting at <paramref name="initialCounterBlock"/>.</summary>
    public CamelliaCtr(ReadOnlySpan<byte> key, ReadOnlySpan<byte> initialCounterBlock)
    {
        if (initialCounterBlock.Length != Camellia.BlockSize)
        {
            throw new ArgumentException($"The counter block must be 16 bytes; got {initialCounterBlock.Length}. / カウンタブロックは 16 バイトです（{initialCounterBlock.Length} バイト）。", nameof(initialCounterBlock));
        }
        _cipher = new Camellia(key);
        _hi = BinaryPrimitives.ReadUInt64BigEndian(initialCounterBlock);
        _lo = BinaryPrimitives.ReadUInt64BigEndian(initialCounterBlock.Slice(8));
    }

    internal CamelliaPath Path { get => _cipher.Path; set => _cipher.Path = value; }

    /// <summary>XORs the next <c>input.Length</c> keystream bytes into <paramref name="input"/>.</summary>
    public void Transform(ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (output.Length < input.Length) { throw new ArgumentException($"The output ({output.Length} bytes) is shorter than the input ({input.Length} bytes). / 出力（{output.Length} バイト）が入力（{input.Length} バイト）より短いです。", nameof(output)); }
        var i = 0;
        while (_pendingOffset < Camellia.BlockSize && i < input.Length)
        {
            output[i] = (byte)(input[i] ^ _pending[_pendingOffset++]);
            i++;
        }
        var whole = (input.Length - i) & ~(Camellia.BlockSize - 1);
        if (whole > 0)
        {
            _cipher.Ctr(ref _hi, ref _lo, input.Slice(i, whole), output.Slice(i, whole));
            i += whole;
        }
        if (i < input.Length)
        {
            Array.Clear(_pending);
            _cipher.Ctr(ref _hi, ref _lo, _pending, _pending);
            _pendingOffset = 0;
            while (i < input.Length)
            {
                output[i] = (byte)(input[i] ^ _pending[_pendingOffset++]);
                i++;
            }
        }
    }

    /// <summary>Zeroes the subkeys and the buffered keystream.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_pending);
        _cipher.Dispose();
    }
}
