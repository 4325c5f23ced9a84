using CryptrecCheck.Primitives.CamelliaImpl;

namespace CryptrecCheck.Primitives;

/// <summary>The code paths of <see cref="Camellia"/>; the fastest one the CPU supports is chosen at run time.</summary>
public enum CamelliaPath
{
    /// <summary>Portable constant-time code: a bitsliced S-box circuit evaluated once per F-function for batches of 1–16
    /// blocks ("round-sliced"; docs/camellia.md), no table.</summary>
    Portable,

    /// <summary>16 blocks per batch, S-boxes with AESENCLAST and PSHUFB affine maps (x86 AES-NI + SSSE3).</summary>
    AesNi128,

    /// <summary>16 blocks per batch, S-boxes with GFNI affine instructions on 128-bit registers.</summary>
    Gfni128,

    /// <summary>32 blocks per batch, GFNI on 256-bit registers (AVX2).</summary>
    Gfni256,

    /// <summary>64 blocks per batch, GFNI on 512-bit registers (AVX-512BW).</summary>
    Gfni512,
}

/// <summary>Which paths run on this machine.</summary>
public static class CamelliaPaths
{
    /// <summary>True when <paramref name="path"/> can run on the current CPU.</summary>
    public static bool IsSupported(CamelliaPath path) => path switch
    {
        CamelliaPath.Portable => true,
        CamelliaPath.AesNi128 => V128Aes.IsSupported,
        CamelliaPath.Gfni128 => V128Gfni.IsSupported,
        CamelliaPath.Gfni256 => V256Gfni.IsSupported,
        CamelliaPath.Gfni512 => V512Gfni.IsSupported,
        _ => false,
    };

    /// <summary>The path used by default: GFNI on 512-bit registers, else on 256-bit, else 128-bit, else AES-NI, else
    /// portable.</summary>
    /// <remarks>Ordered by measurement on this project's machine (AMD EPYC, Zen 5; docs/camellia.md): 16 KiB of CTR in
    /// about 4.5 µs on <see cref="CamelliaPath.Gfni512"/>, 7 µs on <see cref="CamelliaPath.Gfni256"/>, 12 µs on
    /// <see cref="CamelliaPath.Gfni128"/> and 29 µs on <see cref="CamelliaPath.AesNi128"/>, in every process once the
    /// tiering fault described in <c>CamelliaJit</c> was removed (earlier measurements that put 256-bit first were
    /// taken while that fault slowed whichever path it hit).</remarks>
    public static CamelliaPath Best { get; } =
        IsSupported(CamelliaPath.Gfni512) ? CamelliaPath.Gfni512
        : IsSupported(CamelliaPath.Gfni256) ? CamelliaPath.Gfni256
        : IsSupported(CamelliaPath.Gfni128) ? CamelliaPath.Gfni128
        : IsSupported(CamelliaPath.AesNi128) ? CamelliaPath.AesNi128
        : CamelliaPath.Portable;
}
