using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using CryptrecCheck.Primitives.CamelliaImpl;

namespace CryptrecCheck.Primitives;

/// <summary>
/// Camellia (RFC 3713; CRYPTREC e-Government Recommended Ciphers List, 128-bit block ciphers) with a 128-, 192- or
/// 256-bit key: the key schedule object, single-block encryption and decryption, and the CBC and CTR modes.
/// </summary>
/// <remarks>
/// <para>Constant time on every path: S-boxes are computed (GF(2^8) inversion between two affine maps), never looked up
/// by a secret index, and no branch depends on key or data. Batches of 16–64 blocks (CTR, CBC decryption, GCM) run
/// byte-sliced on the widest available instruction set (<see cref="CamelliaPath"/>), or on the portable path
/// round-sliced in batches of 8–16 blocks; see docs/camellia.md.</para>
/// <para>No call allocates. <see cref="Dispose"/> zeroes the subkeys. Instances are not thread-safe for
/// <see cref="Dispose"/> racing other calls, but the cipher calls themselves keep no per-call state.</para>
/// </remarks>
public sealed class Camellia : IDisposable
{
    /// <summary>Block size in bytes.</summary>
    public const int BlockSize = 16;

    private const int MaxBatchBytes = 256 * BlockSize; // the largest batch: Bitsliced256

    private readonly ulong[] _subkeys; // encryption order, then decryption order
    private readonly Bits8[] _keyPlanes; // the subkeys as bit-planes for the round-sliced portable code, same order
    private readonly int _count;       // subkeys per direction
    private readonly int _groups;      // 6-round groups: 3 (128-bit key) or 4
    private CamelliaPath _path;
    private int _roundSlicedMax = DefaultRoundSlicedMaxBlocks;
    private int _roundSlicedBlocks = DefaultRoundSlicedBlocks;
    private bool _disposed;

    /// <summary>Runs the key schedule (RFC 3713 §2.2) for a 16-, 24- or 32-byte key.</summary>
    /// <exception cref="ArgumentException">The key is not 16, 24 or 32 bytes long.</exception>
    public Camellia(ReadOnlySpan<byte> key)
    {
        if (key.Length is not (16 or 24 or 32))
        {
            throw new ArgumentException(
                $"Camellia takes a 128-, 192- or 256-bit key (16, 24 or 32 bytes); got {key.Length} bytes. / Camellia の鍵長は 16・24・32 バイトです（{key.Length} バイトが渡されました）。",
                nameof(key));
        }
        KeySizeInBits = key.Length * 8;
        _groups = key.Length == 16 ? 3 : 4;
        _count = key.Length == 16 ? 26 : 34;
        _subkeys = new ulong[2 * _count];
        CamelliaKeySchedule.Expand(key, _subkeys.AsSpan(0, _count), _subkeys.AsSpan(_count, _count));
        _keyPlanes = new Bits8[2 * _count];
        for (var j = 0; j < _keyPlanes.Length; j++) { _keyPlanes[j] = CamelliaRoundSliced.Planes(_subkeys[j]); }
        _path = CamelliaPaths.Best;
    }

    /// <summary>Key size in bits (128, 192 or 256).</summary>
    public int KeySizeInBits { get; }

    /// <summary>The code path in use; tests set it to exercise every path the CPU supports.</summary>
    internal CamelliaPath Path
    {
        get => _path;
        set
        {
            if (!CamelliaPaths.IsSupported(value)) { throw new PlatformNotSupportedException($"Camellia path {value} is not supported on this CPU."); }
            _path = value;
        }
    }

    /// <summary>On the portable path, calls of at most this many blocks run as round-sliced batches only; longer ones
    /// as 256/128-block bitsliced batches with the rest round-sliced. 256 = every chunk the modes pass (CTR, CBC and GCM
    /// work in chunks of 256 blocks): the round-sliced batches measured faster at every block count here
    /// (docs/camellia.md, "Short messages on the portable path"); the 256/128-block code still runs for the internal ECB
    /// calls on more blocks and for <see cref="RoundSlicedMaxBlocks"/> = 0.</summary>
    internal const int DefaultRoundSlicedMaxBlocks = MaxBatchBytes / BlockSize;

    /// <summary>The portable path's split between round-sliced and block-sliced batches; tests and the split benchmark
    /// set it (0 = never round-sliced: the previous code, 256/128/64-block batches and the one-block SWAR code).</summary>
    internal int RoundSlicedMaxBlocks
    {
        get => _roundSlicedMax;
        set => _roundSlicedMax = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>Blocks per round-sliced batch: 16 (128-bit planes) or 8 (64-bit planes); measured (docs/camellia.md).</summary>
    internal static readonly int DefaultRoundSlicedBlocks = Vector128.IsHardwareAccelerated ? CamelliaRoundSliced128.Blocks : CamelliaRoundSliced.Blocks;

    /// <summary>The round-sliced batch width on the portable path (8 or 16); tests and benchmarks set it.</summary>
    internal int RoundSlicedBlocks
    {
        get => _roundSlicedBlocks;
        set => _roundSlicedBlocks = value is CamelliaRoundSliced.Blocks or CamelliaRoundSliced128.Blocks ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    private ReadOnlySpan<ulong> Keys(bool decrypt)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _subkeys.AsSpan(decrypt ? _count : 0, _count);
    }

    /// <summary>Encrypts one 16-byte block. <paramref name="destination"/> may overlap <paramref name="source"/> exactly.</summary>
    public void EncryptBlock(ReadOnlySpan<byte> source, Span<byte> destination) => OneBlock(source, destination, decrypt: false);

    /// <summary>Decrypts one 16-byte block.</summary>
    public void DecryptBlock(ReadOnlySpan<byte> source, Span<byte> destination) => OneBlock(source, destination, decrypt: true);

    private void OneBlock(ReadOnlySpan<byte> source, Span<byte> destination, bool decrypt)
    {
        if (source.Length != BlockSize) { throw new ArgumentException($"A Camellia block is 16 bytes; got {source.Length}. / Camellia のブロックは 16 バイトです（{source.Length} バイト）。", nameof(source)); }
        if (destination.Length < BlockSize) { throw new ArgumentException($"The destination must hold 16 bytes; it has {destination.Length}. / 出力先は 16 バイト必要です（{destination.Length} バイト）。", nameof(destination)); }
        SerialBlock(source, destination, Keys(decrypt));
    }

    /// <summary>One block on the serial path: a one-block round-sliced batch on the portable path, a one-block 128-bit
    /// batch otherwise.</summary>
    private void SerialBlock(ReadOnlySpan<byte> source, Span<byte> destination, ReadOnlySpan<ulong> ks)
    {
        switch (_path)
        {
            case CamelliaPath.Portable when _roundSlicedMax == 0:
                ScalarBlock(source, destination, ks); // the previous one-block code, kept for comparison (RoundSlicedMaxBlocks = 0)
                break;
            case CamelliaPath.Portable:
                // A one-block round-sliced batch: 0.62 µs against 2.7 µs for the SWAR code here (camellia-split).
                RoundSliced(source.Slice(0, BlockSize), destination, ks);
                break;
            case CamelliaPath.AesNi128:
                PaddedBatch<V128Aes>(source, destination, ks);
                break;
            default:
                PaddedBatch<V128Gfni>(source, destination, ks);
                break;
        }
    }

    [MethodImpl(CamelliaJit.Root)]
    private void ScalarBlock(ReadOnlySpan<byte> source, Span<byte> destination, ReadOnlySpan<ulong> ks)
    {
        var d1 = BinaryPrimitives.ReadUInt64BigEndian(source) ^ ks[0];
        var d2 = BinaryPrimitives.ReadUInt64BigEndian(source.Slice(8)) ^ ks[1];
        var i = 2;
        for (var g = 0; g < _groups; g++)
        {
            for (var r = 0; r < 3; r++)
            {
                d2 ^= CamelliaSBox.F(d1, ks[i]);
                d1 ^= CamelliaSBox.F(d2, ks[i + 1]);
                i += 2;
            }
            if (g < _groups - 1)
            {
                d1 = CamelliaSBox.FL(d1, ks[i]);
                d2 = CamelliaSBox.FLInv(d2, ks[i + 1]);
                i += 2;
            }
        }
        d2 ^= ks[i];
        d1 ^= ks[i + 1];
        BinaryPrimitives.WriteUInt64BigEndian(destination, d2);
        BinaryPrimitives.WriteUInt64BigEndian(destination.Slice(8), d1);
    }

    /// <summary>Encrypts or decrypts whole blocks independently (ECB, internal: the building block of the modes).</summary>
    internal void Blocks(ReadOnlySpan<byte> source, Span<byte> destination, bool decrypt)
    {
        var ks = Keys(decrypt);
        switch (_path)
        {
            case CamelliaPath.Gfni512: Bulk<V512Gfni>(source, destination, ks); break;
            case CamelliaPath.Gfni256: Bulk<V256Gfni>(source, destination, ks); break;
            case CamelliaPath.Gfni128: Bulk<V128Gfni>(source, destination, ks); break;
            case CamelliaPath.AesNi128: Bulk<V128Aes>(source, destination, ks); break;
            default: BulkPortable(source, destination, ks); break;
        }
    }

    [MethodImpl(CamelliaJit.Root)]
    private void Bulk<T>(ReadOnlySpan<byte> source, Span<byte> destination, ReadOnlySpan<ulong> ks) where T : struct, ICamelliaLanes<T>
    {
        var batch = T.Blocks * BlockSize;
        var off = 0;
        for (; off + batch <= source.Length; off += batch)
        {
            T.Load(source.Slice(off, batch), out var s);
            if (T.SplitRounds) { CamelliaCore.CryptBatch(ref s, ks, _groups); } else { CamelliaCore.Crypt(ref s, ks, _groups); }
            T.Store(in s, destination.Slice(off, batch));
        }
        if (off < source.Length) { PaddedBatch<T>(source.Slice(off), destination.Slice(off), ks); }
    }

    [MethodImpl(CamelliaJit.Root)]
    private void PaddedBatch<T>(ReadOnlySpan<byte> source, Span<byte> destination, ReadOnlySpan<ulong> ks) where T : struct, ICamelliaLanes<T>
    {
        var batch = T.Blocks * BlockSize;
        Span<byte> buf = stackalloc byte[batch]; // zero-initialised (no SkipLocalsInit): sized to the batch, not the maximum
        source.CopyTo(buf);
        T.Load(buf, out var s);
        if (T.SplitRounds) { CamelliaCore.CryptBatch(ref s, ks, _groups); } else { CamelliaCore.Crypt(ref s, ks, _groups); }
        T.Store(in s, buf);
        buf.Slice(0, source.Length).CopyTo(destination);
        CryptographicOperations.ZeroMemory(buf);
    }

    [MethodImpl(CamelliaJit.Root)]
    private void BulkPortable(ReadOnlySpan<byte> source, Span<byte> destination, ReadOnlySpan<ulong> ks)
    {
        // Messages of at most RoundSlicedMaxBlocks blocks run as round-sliced batches only; longer ones as 256- and
        // 128-block bitsliced batches with the rest round-sliced (thresholds measured: docs/camellia.md, "Short messages
        // on the portable path"). RoundSlicedMaxBlocks = 0 restores the previous code (64-block batches, SWAR blocks).
        var off = 0;
        if (_roundSlicedMax > 0 && source.Length <= _roundSlicedMax * BlockSize)
        {
            RoundSliced(source, destination, ks);
            return;
        }
        if (Vector256.IsHardwareAccelerated)
        {
            var widest = Bitsliced256.Blocks * BlockSize;
            for (; off + widest <= source.Length; off += widest)
            {
                Bitsliced256.Load(source.Slice(off, widest), out var s);
                CamelliaCore.CryptBatch(ref s, ks, _groups);
                Bitsliced256.Store(in s, destination.Slice(off, widest));
            }
        }
        var wide = Bitsliced128.Blocks * BlockSize;
        for (; off + wide <= source.Length; off += wide)
        {
            Bitsliced128.Load(source.Slice(off, wide), out var s);
            CamelliaCore.CryptBatch(ref s, ks, _groups);
            Bitsliced128.Store(in s, destination.Slice(off, wide));
        }
        if (_roundSlicedMax > 0)
        {
            RoundSliced(source.Slice(off), destination.Slice(off), ks);
            return;
        }
        var batch = Bitsliced64.Blocks * BlockSize;
        for (; off + batch <= source.Length; off += batch)
        {
            Bitsliced64.Load(source.Slice(off, batch), out var s);
            CamelliaCore.CryptBatch(ref s, ks, _groups);
            Bitsliced64.Store(in s, destination.Slice(off, batch));
        }
        if (source.Length - off >= 3 * BlockSize)
        {
            PaddedBatch<Bitsliced64>(source.Slice(off), destination.Slice(off), ks);
        }
        else
        {
            // One or two blocks: the one-block SWAR code (about 21k word operations per block).
            for (; off < source.Length; off += BlockSize) { ScalarBlock(source.Slice(off, BlockSize), destination.Slice(off, BlockSize), ks); }
        }
    }

    /// <summary>Round-sliced batches: 16 blocks on 128-bit planes where <see cref="Vector128"/> is hardware-accelerated,
    /// and the last 1–8 blocks (or everything, with <see cref="RoundSlicedBlocks"/> = 8) on 64-bit planes, which measured
    /// about 10 % faster for up to 8 blocks.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private void RoundSliced(ReadOnlySpan<byte> source, Span<byte> destination, ReadOnlySpan<ulong> ks)
    {
        // The planes of the same list as ks (which list is public: encryption or decryption).
        ReadOnlySpan<Bits8> kp = _keyPlanes.AsSpan(Unsafe.AreSame(ref MemoryMarshal.GetReference(ks), ref _subkeys[0]) ? 0 : _count, _count);
        var off = 0;
        if (_roundSlicedBlocks == CamelliaRoundSliced128.Blocks)
        {
            const int wide = CamelliaRoundSliced128.Blocks * BlockSize;
            for (; source.Length - off > CamelliaRoundSliced.Blocks * BlockSize; off += wide)
            {
                var n = Math.Min(wide, source.Length - off);
                CamelliaRoundSliced128.Crypt(source.Slice(off, n), destination.Slice(off, n), ks, kp, _groups);
            }
        }
        const int small = CamelliaRoundSliced.Blocks * BlockSize;
        for (; off < source.Length; off += small)
        {
            var n = Math.Min(small, source.Length - off);
            CamelliaRoundSliced.Crypt(source.Slice(off, n), destination.Slice(off, n), ks, kp, _groups);
        }
    }

    /// <summary>CBC encryption without padding (the input length must be a multiple of 16). Serial by nature.</summary>
    /// <exception cref="ArgumentException">Bad IV length, input not a multiple of 16, or destination too short.</exception>
    public void EncryptCbc(ReadOnlySpan<byte> iv, ReadOnlySpan<byte> plaintext, Span<byte> destination)
    {
        CheckCbc(iv, plaintext, destination);
        var ks = Keys(decrypt: false);
        Span<byte> chain = stackalloc byte[BlockSize];
        iv.CopyTo(chain);
        for (var off = 0; off < plaintext.Length; off += BlockSize)
        {
            XorInto(chain, plaintext.Slice(off, BlockSize));
            SerialBlock(chain, chain, ks);
            chain.CopyTo(destination.Slice(off, BlockSize));
        }
        CryptographicOperations.ZeroMemory(chain);
    }

    /// <summary>CBC decryption without padding, in parallel batches. <paramref name="destination"/> may be the same memory as
    /// <paramref name="ciphertext"/>.</summary>
    [MethodImpl(CamelliaJit.Root)]
    public void DecryptCbc(ReadOnlySpan<byte> iv, ReadOnlySpan<byte> ciphertext, Span<byte> destination)
    {
        CheckCbc(iv, ciphertext, destination);
        if (ciphertext.Length == 0) { return; }
        Span<byte> buf = stackalloc byte[Math.Min(MaxBatchBytes, ciphertext.Length)];
        Span<byte> prev = stackalloc byte[BlockSize];
        Span<byte> nextPrev = stackalloc byte[BlockSize];
        iv.CopyTo(prev);
        for (var off = 0; off < ciphertext.Length; off += MaxBatchBytes)
        {
            var n = Math.Min(MaxBatchBytes, ciphertext.Length - off);
            var chunk = ciphertext.Slice(off, n);
            var plain = buf.Slice(0, n);
            Blocks(chunk, plain, decrypt: true);
            chunk.Slice(n - BlockSize).CopyTo(nextPrev);
            XorInto(plain.Slice(0, BlockSize), prev);
            if (n > BlockSize) { XorInto(plain.Slice(BlockSize), chunk.Slice(0, n - BlockSize)); }
            plain.CopyTo(destination.Slice(off, n));
            nextPrev.CopyTo(prev);
        }
        CryptographicOperations.ZeroMemory(buf);
    }

    private static void CheckCbc(ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input, Span<byte> destination)
    {
        if (iv.Length != BlockSize) { throw new ArgumentException($"The CBC IV must be 16 bytes; got {iv.Length}. / CBC の IV は 16 バイトです（{iv.Length} バイト）。", nameof(iv)); }
        if (input.Length % BlockSize != 0) { throw new ArgumentException($"CBC without padding needs a multiple of 16 bytes; got {input.Length}. / パディングなし CBC の入力は 16 バイトの倍数が必要です（{input.Length} バイト）。", nameof(input)); }
        if (destination.Length < input.Length) { throw new ArgumentException($"The destination ({destination.Length} bytes) is shorter than the input ({input.Length} bytes). / 出力先（{destination.Length} バイト）が入力（{input.Length} バイト）より短いです。", nameof(destination)); }
    }

    /// <summary>
    /// CTR mode (as in RFC 5528 and NIST SP 800-38A): XORs the encryption of <paramref name="counterBlock"/>,
    /// counterBlock + 1, … (a 128-bit big-endian counter) into <paramref name="input"/>. Encryption and decryption are the
    /// same operation; <paramref name="output"/> may be the same memory as <paramref name="input"/>. For a stream that
    /// continues across calls use <see cref="CamelliaCtr"/>.
    /// </summary>
    public void TransformCtr(ReadOnlySpan<byte> counterBlock, ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (counterBlock.Length != BlockSize) { throw new ArgumentException($"The counter block must be 16 bytes; got {counterBlock.Length}. / カウンタブロックは 16 バイトです（{counterBlock.Length} バイト）。", nameof(counterBlock)); }
        if (output.Length < input.Length) { throw new ArgumentException($"The output ({output.Length} bytes) is shorter than the input ({input.Length} bytes). / 出力（{output.Length} バイト）が入力（{input.Length} バイト）より短いです。", nameof(output)); }
        var hi = BinaryPrimitives.ReadUInt64BigEndian(counterBlock);
        var lo = BinaryPrimitives.ReadUInt64BigEndian(counterBlock.Slice(8));
        Ctr(ref hi, ref lo, input, output);
    }

    /// <summary>CTR core: consumes ceil(len/16) counter values starting at (hi, lo) and advances them.</summary>
    [MethodImpl(CamelliaJit.Root)]
    internal void Ctr(ref ulong hi, ref ulong lo, ReadOnlySpan<byte> input, Span<byte> output)
    {
        _ = Keys(decrypt: false);
        if (input.Length == 0) { return; }
        // Sized to the need: stackalloc is zero-initialised here, and zeroing 4 KiB per call cost about 20 % at 1 KiB.
        Span<byte> ks = stackalloc byte[Math.Min(MaxBatchBytes, (input.Length + BlockSize - 1) & ~(BlockSize - 1))];
        for (var off = 0; off < input.Length; off += MaxBatchBytes)
        {
            var n = Math.Min(MaxBatchBytes, input.Length - off);
            var blocks = (n + BlockSize - 1) / BlockSize;
            var stream = ks.Slice(0, blocks * BlockSize);
            for (var b = 0; b < blocks; b++)
            {
                // The counter is public (nonce/IV material), so the carry branch reveals nothing secret.
                BinaryPrimitives.WriteUInt64BigEndian(stream.Slice(b * BlockSize), hi);
                BinaryPrimitives.WriteUInt64BigEndian(stream.Slice((b * BlockSize) + 8), lo);
                lo++;
                if (lo == 0) { hi++; }
            }
            Blocks(stream, stream, decrypt: false);
            Xor(input.Slice(off, n), stream.Slice(0, n), output.Slice(off, n));
        }
        CryptographicOperations.ZeroMemory(ks);
    }

    /// <summary>destination = a ^ b (lengths equal).</summary>
    [MethodImpl(CamelliaJit.Root)]
    internal static void Xor(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> destination)
    {
        var n = a.Length;
        var i = 0;
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        ref var rd = ref MemoryMarshal.GetReference(destination);
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 32 <= n; i += 32)
            {
                (Vector256.LoadUnsafe(ref ra, (nuint)i) ^ Vector256.LoadUnsafe(ref rb, (nuint)i)).StoreUnsafe(ref rd, (nuint)i);
            }
        }
        for (; i + 16 <= n; i += 16)
        {
            (Vector128.LoadUnsafe(ref ra, (nuint)i) ^ Vector128.LoadUnsafe(ref rb, (nuint)i)).StoreUnsafe(ref rd, (nuint)i);
        }
        for (; i < n; i++) { Unsafe.Add(ref rd, i) = (byte)(Unsafe.Add(ref ra, i) ^ Unsafe.Add(ref rb, i)); }
    }

    private static void XorInto(Span<byte> target, ReadOnlySpan<byte> other) => Xor(target, other, target);

    /// <summary>Zeroes the subkeys; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(_subkeys.AsSpan()));
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(_keyPlanes.AsSpan()));
        _disposed = true;
    }

    /// <summary>True when every subkey word is zero (tests check that <see cref="Dispose"/> wiped the schedule).</summary>
    internal bool SubkeysAreZero() => !_subkeys.AsSpan().ContainsAnyExcept(0UL)
        && !MemoryMarshal.Cast<Bits8, ulong>(_keyPlanes.AsSpan()).ContainsAnyExcept(0UL);
}
