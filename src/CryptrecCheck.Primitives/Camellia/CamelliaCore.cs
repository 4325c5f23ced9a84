using System.Runtime.CompilerServices;

namespace CryptrecCheck.Primitives.CamelliaImpl;

/// <summary>
/// The Camellia data randomizing part (RFC 3713 §2.3.2) on a byte-sliced batch. The subkey list is in the order it is
/// used: kw-pre (2), then per 6-round group six round keys followed (except after the last group) by the FL and FL⁻¹
/// keys, then kw-post (2). Decryption is the same walk over the reversed list (see <see cref="CamelliaKeySchedule"/>).
/// </summary>
internal static class CamelliaCore
{
    /// <summary>The rounds of one batch as a compilation of their own (<see cref="CamelliaJit.Root"/>): with the
    /// transposition and the mode's loop in the same method, the AES-NI path ran out of the JIT's local-variable limit
    /// for inlining and called its unpack and store helpers out of line.</summary>
    [MethodImpl(CamelliaJit.Root)]
    public static void CryptBatch<T>(ref Slices<T> s, ReadOnlySpan<ulong> ks, int groups) where T : struct, ICamelliaLanes<T>
        => Crypt(ref s, ks, groups);

    [MethodImpl(CamelliaJit.Inline)]
    public static void Crypt<T>(ref Slices<T> s, ReadOnlySpan<ulong> ks, int groups) where T : struct, ICamelliaLanes<T>
    {
        // D1 = bytes 0..7 (a0..a7), D2 = bytes 8..15 (b0..b7).
        T a0 = s.X0, a1 = s.X1, a2 = s.X2, a3 = s.X3, a4 = s.X4, a5 = s.X5, a6 = s.X6, a7 = s.X7;
        T b0 = s.X8, b1 = s.X9, b2 = s.X10, b3 = s.X11, b4 = s.X12, b5 = s.X13, b6 = s.X14, b7 = s.X15;

        XorKey(ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7, ks[0]);
        XorKey(ref b0, ref b1, ref b2, ref b3, ref b4, ref b5, ref b6, ref b7, ks[1]);
        var i = 2;
        for (var g = 0; g < groups; g++)
        {
            for (var r = 0; r < 3; r++)
            {
                if (T.SplitF)
                {
                    FRoot(in a0, in a1, in a2, in a3, in a4, in a5, in a6, in a7, ks[i], ref b0, ref b1, ref b2, ref b3, ref b4, ref b5, ref b6, ref b7);
                    FRoot(in b0, in b1, in b2, in b3, in b4, in b5, in b6, in b7, ks[i + 1], ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7);
                }
                else
                {
                    F(a0, a1, a2, a3, a4, a5, a6, a7, ks[i], ref b0, ref b1, ref b2, ref b3, ref b4, ref b5, ref b6, ref b7);
                    F(b0, b1, b2, b3, b4, b5, b6, b7, ks[i + 1], ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7);
                }
                i += 2;
            }
            if (g < groups - 1)
            {
                FL(ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7, ks[i]);
                FLInv(ref b0, ref b1, ref b2, ref b3, ref b4, ref b5, ref b6, ref b7, ks[i + 1]);
                i += 2;
            }
        }
        XorKey(ref b0, ref b1, ref b2, ref b3, ref b4, ref b5, ref b6, ref b7, ks[i]);
        XorKey(ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7, ks[i + 1]);

        // Output is D2 || D1.
        s.X0 = b0; s.X1 = b1; s.X2 = b2; s.X3 = b3; s.X4 = b4; s.X5 = b5; s.X6 = b6; s.X7 = b7;
        s.X8 = a0; s.X9 = a1; s.X10 = a2; s.X11 = a3; s.X12 = a4; s.X13 = a5; s.X14 = a6; s.X15 = a7;
    }

    [MethodImpl(CamelliaJit.Inline)]
    private static void XorKey<T>(ref T x0, ref T x1, ref T x2, ref T x3, ref T x4, ref T x5, ref T x6, ref T x7, ulong k)
        where T : struct, ICamelliaLanes<T>
    {
        x0 = T.Xor(x0, T.Splat(k, 56)); x1 = T.Xor(x1, T.Splat(k, 48)); x2 = T.Xor(x2, T.Splat(k, 40)); x3 = T.Xor(x3, T.Splat(k, 32));
        x4 = T.Xor(x4, T.Splat(k, 24)); x5 = T.Xor(x5, T.Splat(k, 16)); x6 = T.Xor(x6, T.Splat(k, 8)); x7 = T.Xor(x7, T.Splat(k, 0));
    }

    /// <summary>F as a compilation of its own, for lanes whose S-box circuits are too large to inline eighteen rounds of
    /// (<see cref="ICamelliaLanes{T}.SplitF"/>): the bitsliced F alone is about 12 KB of code.</summary>
    [MethodImpl(CamelliaJit.Root)]
    private static void FRoot<T>(in T x0, in T x1, in T x2, in T x3, in T x4, in T x5, in T x6, in T x7, ulong k,
        ref T o0, ref T o1, ref T o2, ref T o3, ref T o4, ref T o5, ref T o6, ref T o7) where T : struct, ICamelliaLanes<T>
        => F(x0, x1, x2, x3, x4, x5, x6, x7, k, ref o0, ref o1, ref o2, ref o3, ref o4, ref o5, ref o6, ref o7);

    /// <summary>(o0..o7) ^= F((x0..x7), k): S-boxes s1 s2 s3 s4 s2 s3 s4 s1, then the P-function.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void F<T>(T x0, T x1, T x2, T x3, T x4, T x5, T x6, T x7, ulong k,
        ref T o0, ref T o1, ref T o2, ref T o3, ref T o4, ref T o5, ref T o6, ref T o7) where T : struct, ICamelliaLanes<T>
    {
        var y1 = T.S1(T.Xor(x0, T.Splat(k, 56)));
        var y2 = T.S2(T.Xor(x1, T.Splat(k, 48)));
        var y3 = T.S3(T.Xor(x2, T.Splat(k, 40)));
        var y4 = T.S4(T.Xor(x3, T.Splat(k, 32)));
        var y5 = T.S2(T.Xor(x4, T.Splat(k, 24)));
        var y6 = T.S3(T.Xor(x5, T.Splat(k, 16)));
        var y7 = T.S4(T.Xor(x6, T.Splat(k, 8)));
        var y8 = T.S1(T.Xor(x7, T.Splat(k, 0)));

        // P-function with shared terms.
        var y18 = T.Xor(y1, y8);
        var y23 = T.Xor(y2, y3);
        var y47 = T.Xor(y4, y7);
        var y56 = T.Xor(y5, y6);
        var z1 = T.Xor(T.Xor(y18, y3), T.Xor(y4, T.Xor(y6, y7)));
        var z2 = T.Xor(T.Xor(y18, y2), T.Xor(y47, y5));
        var z3 = T.Xor(T.Xor(y18, y23), y56);
        var z4 = T.Xor(T.Xor(y23, y47), y56);
        var z5 = T.Xor(T.Xor(y18, y2), T.Xor(y6, y7));
        var z6 = T.Xor(T.Xor(y23, y5), T.Xor(y7, y8));
        var z7 = T.Xor(T.Xor(y3, y4), T.Xor(y56, y8));
        var z8 = T.Xor(T.Xor(y1, y47), y56);
        o0 = T.Xor(o0, z1); o1 = T.Xor(o1, z2); o2 = T.Xor(o2, z3); o3 = T.Xor(o3, z4);
        o4 = T.Xor(o4, z5); o5 = T.Xor(o5, z6); o6 = T.Xor(o6, z7); o7 = T.Xor(o7, z8);
    }

    /// <summary>FL (RFC 3713 §2.4.2): xR ^= (xL &amp; kl) &lt;&lt;&lt; 1; xL ^= xR | kr.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void FL<T>(ref T x0, ref T x1, ref T x2, ref T x3, ref T x4, ref T x5, ref T x6, ref T x7, ulong ke)
        where T : struct, ICamelliaLanes<T>
    {
        var t0 = T.And(x0, T.Splat(ke, 56)); var t1 = T.And(x1, T.Splat(ke, 48));
        var t2 = T.And(x2, T.Splat(ke, 40)); var t3 = T.And(x3, T.Splat(ke, 32));
        x4 = T.Xor(x4, T.Rotl1(t0, t1)); x5 = T.Xor(x5, T.Rotl1(t1, t2));
        x6 = T.Xor(x6, T.Rotl1(t2, t3)); x7 = T.Xor(x7, T.Rotl1(t3, t0));
        x0 = T.Xor(x0, T.Or(x4, T.Splat(ke, 24))); x1 = T.Xor(x1, T.Or(x5, T.Splat(ke, 16)));
        x2 = T.Xor(x2, T.Or(x6, T.Splat(ke, 8))); x3 = T.Xor(x3, T.Or(x7, T.Splat(ke, 0)));
    }

    /// <summary>FL⁻¹: yL ^= yR | kr; yR ^= (yL &amp; kl) &lt;&lt;&lt; 1.</summary>
    [MethodImpl(CamelliaJit.Inline)]
    private static void FLInv<T>(ref T x0, ref T x1, ref T x2, ref T x3, ref T x4, ref T x5, ref T x6, ref T x7, ulong ke)
        where T : struct, ICamelliaLanes<T>
    {
        x0 = T.Xor(x0, T.Or(x4, T.Splat(ke, 24))); x1 = T.Xor(x1, T.Or(x5, T.Splat(ke, 16)));
        x2 = T.Xor(x2, T.Or(x6, T.Splat(ke, 8))); x3 = T.Xor(x3, T.Or(x7, T.Splat(ke, 0)));
        var t0 = T.And(x0, T.Splat(ke, 56)); var t1 = T.And(x1, T.Splat(ke, 48));
        var t2 = T.And(x2, T.Splat(ke, 40)); var t3 = T.And(x3, T.Splat(ke, 32));
        x4 = T.Xor(x4, T.Rotl1(t0, t1)); x5 = T.Xor(x5, T.Rotl1(t1, t2));
        x6 = T.Xor(x6, T.Rotl1(t2, t3)); x7 = T.Xor(x7, T.Rotl1(t3, t0));
    }
}
