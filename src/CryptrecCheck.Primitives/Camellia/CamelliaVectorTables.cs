using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>
/// Constants for the vector S-boxes, computed once from the matrices in <see cref="CamelliaSBox"/> (public data).
/// GFNI: s_k(x) = GF2P8AFFINEINVQB(GF2P8AFFINEQB(x, In_k, 0x08), Out_k, c_k), where the second instruction inverts in
/// the AES field before its affine map. AES-NI: AESENCLAST with round key 0x63 gives A·inv(y) for the AES affine A,
/// so the output matrix is Out_k·A⁻¹; the affine maps are done with two 16-entry nibble tables (PSHUFB).
/// </summary>
internal static class CamelliaVectorTables
{
    // GFNI matrix operand: byte (7 - i) of the qword is the row that yields output bit i.
    internal static ulong GfniMatrix(ReadOnlySpan<byte> cols)
    {
        ulong m = 0;
        for (var i = 0; i < 8; i++)
        {
            var row = 0;
            for (var j = 0; j < 8; j++) { row |= ((cols[j] >> i) & 1) << j; }
            m |= (ulong)row << (8 * (7 - i));
        }
        return m;
    }

    internal static readonly ulong ComputedGfniIn123 = GfniMatrix(CamelliaSBox.InColumns(1));
    internal static readonly ulong ComputedGfniIn4 = GfniMatrix(CamelliaSBox.InColumns(4));
    internal static readonly ulong ComputedGfniOut14 = GfniMatrix(CamelliaSBox.OutColumns(1));
    internal static readonly ulong ComputedGfniOut2 = GfniMatrix(CamelliaSBox.OutColumns(2));
    internal static readonly ulong ComputedGfniOut3 = GfniMatrix(CamelliaSBox.OutColumns(3));

    /// <summary>Columns of the inverse of the AES S-box affine map A(x) = x ⊕ x⋘1 ⊕ x⋘2 ⊕ x⋘3 ⊕ x⋘4.</summary>
    internal static byte[] AesAffineInverseColumns()
    {
        Span<byte> image = stackalloc byte[256];
        for (var v = 0; v < 256; v++)
        {
            var b = (byte)v;
            var a = (byte)(b ^ CamelliaSBox.Rotl8(b, 1) ^ CamelliaSBox.Rotl8(b, 2) ^ CamelliaSBox.Rotl8(b, 3) ^ CamelliaSBox.Rotl8(b, 4));
            image[a] = b;
        }
        var cols = new byte[8];
        for (var j = 0; j < 8; j++) { cols[j] = image[1 << j]; }
        return cols;
    }

    private static byte[] Compose(ReadOnlySpan<byte> outer, ReadOnlySpan<byte> inner)
    {
        var cols = new byte[8];
        for (var j = 0; j < 8; j++) { cols[j] = CamelliaSBox.Apply(outer, inner[j]); }
        return cols;
    }

    /// <summary>Nibble tables: low[n] = M·n ⊕ c, high[n] = M·(n &lt;&lt; 4).</summary>
    private static (Vector128<byte> Low, Vector128<byte> High) NibbleTables(ReadOnlySpan<byte> cols, byte c)
    {
        Span<byte> lo = stackalloc byte[16];
        Span<byte> hi = stackalloc byte[16];
        for (var n = 0; n < 16; n++)
        {
            lo[n] = (byte)(CamelliaSBox.Apply(cols, (byte)n) ^ c);
            hi[n] = CamelliaSBox.Apply(cols, (byte)(n << 4));
        }
        return (Vector128.Create((ReadOnlySpan<byte>)lo), Vector128.Create((ReadOnlySpan<byte>)hi));
    }

    internal static readonly (Vector128<byte> Low, Vector128<byte> High) ComputedPreIn123 = NibbleTables(CamelliaSBox.InColumns(1), CamelliaSBox.InConst);
    internal static readonly (Vector128<byte> Low, Vector128<byte> High) ComputedPreIn4 = NibbleTables(CamelliaSBox.InColumns(4), CamelliaSBox.InConst);
    internal static readonly (Vector128<byte> Low, Vector128<byte> High) ComputedPostOut14 = NibbleTables(Compose(CamelliaSBox.OutColumns(1), AesAffineInverseColumns()), CamelliaSBox.OutConstant(1));
    internal static readonly (Vector128<byte> Low, Vector128<byte> High) ComputedPostOut2 = NibbleTables(Compose(CamelliaSBox.OutColumns(2), AesAffineInverseColumns()), CamelliaSBox.OutConstant(2));
    internal static readonly (Vector128<byte> Low, Vector128<byte> High) ComputedPostOut3 = NibbleTables(Compose(CamelliaSBox.OutColumns(3), AesAffineInverseColumns()), CamelliaSBox.OutConstant(3));

    /// <summary>PSHUFB indices that undo AESENCLAST's ShiftRows: byte r + 4c' takes byte r + 4((c' - r) mod 4).</summary>
    internal static readonly Vector128<byte> ComputedInverseShiftRows = BuildInverseShiftRows();

    private static Vector128<byte> BuildInverseShiftRows()
    {
        Span<byte> idx = stackalloc byte[16];
        for (var r = 0; r < 4; r++)
        {
            for (var c = 0; c < 4; c++) { idx[r + (4 * c)] = (byte)(r + (4 * ((c - r + 4) % 4))); }
        }
        return Vector128.Create((ReadOnlySpan<byte>)idx);
    }

    // The same constants as literals, which the JIT embeds in the code; static readonly vectors were loaded (with a
    // class-initialisation check) inside the rounds of the first instantiation compiled, which ran 4-5x slower.
    // CamelliaTests checks each literal against the computed value above.
    internal const ulong GfniIn123 = 0xFF38108AA65CC0BCUL;
    internal const ulong GfniIn4 = 0xFF1C0845532E605EUL;
    internal const ulong GfniOut14 = 0xEB36241E33D3B1B7UL;
    internal const ulong GfniOut2 = 0xB7EB36241E33D3B1UL;
    internal const ulong GfniOut3 = 0x36241E33D3B1B7EBUL;

    internal static Vector128<byte> InverseShiftRows
    {
        [MethodImpl(CamelliaJit.Inline)]
        get => Vector128.Create((byte)0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3);
    }

    internal static (Vector128<byte> Low, Vector128<byte> High) PreIn123
    {
        [MethodImpl(CamelliaJit.Inline)]
        get => (Vector128.Create((byte)0x08, 0x09, 0x11, 0x10, 0xB9, 0xB8, 0xA0, 0xA1, 0xA3, 0xA2, 0xBA, 0xBB, 0x12, 0x13, 0x0B, 0x0A), Vector128.Create((byte)0x00, 0xA7, 0x93, 0x34, 0x61, 0xC6, 0xF2, 0x55, 0xD9, 0x7E, 0x4A, 0xED, 0xB8, 0x1F, 0x2B, 0x8C));
    }

    internal static (Vector128<byte> Low, Vector128<byte> High) PreIn4
    {
        [MethodImpl(CamelliaJit.Inline)]
        get => (Vector128.Create((byte)0x08, 0x11, 0xB9, 0xA0, 0xA3, 0xBA, 0x12, 0x0B, 0xAF, 0xB6, 0x1E, 0x07, 0x04, 0x1D, 0xB5, 0xAC), Vector128.Create((byte)0x00, 0x93, 0x61, 0xF2, 0xD9, 0x4A, 0xB8, 0x2B, 0x01, 0x92, 0x60, 0xF3, 0xD8, 0x4B, 0xB9, 0x2A));
    }

    internal static (Vector128<byte> Low, Vector128<byte> High) PostOut14
    {
        [MethodImpl(CamelliaJit.Inline)]
        get => (Vector128.Create((byte)0x6E, 0xFD, 0xFB, 0x68, 0x41, 0xD2, 0xD4, 0x47, 0x0E, 0x9D, 0x9B, 0x08, 0x21, 0xB2, 0xB4, 0x27), Vector128.Create((byte)0x00, 0xB8, 0xD9, 0x61, 0xA0, 0x18, 0x79, 0xC1, 0xA8, 0x10, 0x71, 0xC9, 0x08, 0xB0, 0xD1, 0x69));
    }

    internal static (Vector128<byte> Low, Vector128<byte> High) PostOut2
    {
        [MethodImpl(CamelliaJit.Inline)]
        get => (Vector128.Create((byte)0xDC, 0xFB, 0xF7, 0xD0, 0x82, 0xA5, 0xA9, 0x8E, 0x1C, 0x3B, 0x37, 0x10, 0x42, 0x65, 0x69, 0x4E), Vector128.Create((byte)0x00, 0x71, 0xB3, 0xC2, 0x41, 0x30, 0xF2, 0x83, 0x51, 0x20, 0xE2, 0x93, 0x10, 0x61, 0xA3, 0xD2));
    }

    internal static (Vector128<byte> Low, Vector128<byte> High) PostOut3
    {
        [MethodImpl(CamelliaJit.Inline)]
        get => (Vector128.Create((byte)0x37, 0xFE, 0xFD, 0x34, 0xA0, 0x69, 0x6A, 0xA3, 0x07, 0xCE, 0xCD, 0x04, 0x90, 0x59, 0x5A, 0x93), Vector128.Create((byte)0x00, 0x5C, 0xEC, 0xB0, 0x50, 0x0C, 0xBC, 0xE0, 0x54, 0x08, 0xB8, 0xE4, 0x04, 0x58, 0xE8, 0xB4));
    }
}
