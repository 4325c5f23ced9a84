namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>
/// A batch of Camellia blocks held byte-sliced: sixteen values, value j holding byte j of every block in the batch.
/// The round function is written once (<see cref="CamelliaCore"/>) against this interface; each implementation
/// supplies the S-boxes and the load/store transposition for one instruction set. Implementations are structs so
/// the JIT specialises and inlines every call.
/// </summary>
internal interface ICamelliaLanes<T> where T : struct, ICamelliaLanes<T>
{
    /// <summary>True when the current CPU and runtime can run this implementation.</summary>
    static abstract bool IsSupported { get; }

    /// <summary>Blocks per batch.</summary>
    static abstract int Blocks { get; }

    /// <summary>True when the rounds must be compiled apart from the transposition (<see cref="CamelliaCore.CryptBatch{T}"/>):
    /// the AES-NI and bitsliced lanes exceed the JIT's inlining limits otherwise. The GFNI lanes keep everything in one
    /// method (measured 20–25 % faster: the slices stay in registers between transposition and rounds).</summary>
    static abstract bool SplitRounds { get; }

    /// <summary>True when each F-function must be a compilation of its own (the bitsliced lanes: eight inlined S-box
    /// circuits per F overflow the budget of the round loop; measured 66 MB/s inlined against 92–107 MB/s apart).</summary>
    static abstract bool SplitF { get; }

    static abstract T Xor(T a, T b);

    static abstract T And(T a, T b);

    static abstract T Or(T a, T b);

    /// <summary>Byte <c>(byte)(key &gt;&gt; shift)</c> in every lane (round keys are secret: no branch on them).</summary>
    static abstract T Splat(ulong key, int shift);

    /// <summary>Per lane, <c>(v &lt;&lt; 1) | (next &gt;&gt; 7)</c>: one byte of a 32-bit rotation by one.</summary>
    static abstract T Rotl1(T v, T next);

    static abstract T S1(T x);

    static abstract T S2(T x);

    static abstract T S3(T x);

    static abstract T S4(T x);

    /// <summary>Loads <see cref="Blocks"/> blocks (16 × Blocks bytes) into byte-sliced form.</summary>
    static abstract void Load(ReadOnlySpan<byte> source, out Slices<T> s);

    /// <summary>Writes the blocks back; the exact inverse of <see cref="Load"/>.</summary>
    static abstract void Store(in Slices<T> s, Span<byte> destination);
}

/// <summary>Sixteen byte-slices of a batch (X0 = first byte of each block).</summary>
internal struct Slices<T> where T : struct
{
    public T X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14, X15;
}
