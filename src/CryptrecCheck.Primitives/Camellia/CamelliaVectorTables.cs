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

    internal static readonly ulong GfniIn123 = GfniMatrix(CamelliaSBox.InColumns(1));
    internal static readonly ulong GfniIn4 = GfniMatrix(CamelliaSBox.InColumns(4));
    internal static readonly ulong GfniOut14 = GfniMatrix(CamelliaSBox.OutColumns(1));
    internal static readonly ulong GfniOut2 = GfniMatrix(CamelliaSBox.OutColumns(2));
    internal static readonly ulong GfniOut3 = GfniMatrix(CamelliaSBox.OutColumns(3));

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

    internal static readonly (Vector128<byte> Low, Vector128<byte> High) PreIn123 = NibbleTables(CamelliaSBox.InColumns(1), CamelliaSBox.InConst);
    internal static readonly (Vector128<byte> Low, Vector128<byte> High) PreIn4 = NibbleTables(CamelliaSBox.InColumns(4), CamelliaSBox.InConst);
    internal static readonly (Vector128<byte> Low, Vector128<byte> High) PostOut14 = NibbleTables(Compose(CamelliaSBox.OutColumns(1), AesAffineInverseColumns()), CamelliaSBox.OutConstant(1));
    internal static readonly (Vector128<byte> Low, Vector128<byte> High) PostOut2 = NibbleTables(Compose(CamelliaSBox.OutColumns(2), AesAffineInverseColumns()), CamelliaSBox.OutConstant(2));
    internal static readonly (Vector128<byte> Low, Vector128<byte> High) PostOut3 = NibbleTables(Compose(CamelliaSBox.OutColumns(3), AesAffineInverseColumns()), CamelliaSBox.OutConstant(3));

    /// <summary>PSHUFB indices that undo AESENCLAST's ShiftRows: byte r + 4c' takes byte r + 4((c' - r) mod 4).</summary>
    internal static readonly Vector128<byte> InverseShiftRows = BuildInverseShiftRows();

    private static Vector128<byte> BuildInverseShiftRows()
    {
        Span<byte> idx = stackalloc byte[16];
        for (var r = 0; r < 4; r++)
        {
            for (var c = 0; c < 4; c++) { idx[r + (4 * c)] = (byte)(r + (4 * ((c - r + 4) % 4))); }
        }
        return Vector128.Create((ReadOnlySpan<byte>)idx);
    }
}
