using System;
using System.Globalization;
using System.Text;

namespace CryptrecCheck.Policy.Naming;

/// <summary>
/// How names typed by people are read before resolution. Japanese input methods produce full-width letters, digits and
/// hyphens (ＳＨＡ－２５６, AES-２５６) and the long-vowel mark ー for a hyphen: NFKC folds the first, the dash-like
/// characters are folded to '-'. Characters that change what a reader sees without being visible themselves (bidi
/// overrides and isolates, zero-width characters) and controls are input errors: silently dropping them would let
/// "RC4‮" pass for RC4 in a report.
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class InputText
{
    /// <summary>NFKC plus dash folding. The input must not contain lone surrogates (see <see cref="FindHidden"/>).</summary>
    public static string Normalize(string s)
    {
        var ascii = true;
        foreach (var c in s) { if (c > 0x7E) { ascii = false; break; } }
        if (ascii) { return s; }
        // Full-width ASCII (U+FF01..U+FF5E) and the ideographic space are folded here, not only by NFKC: processes in
        // globalization-invariant mode (the CLI) may not normalise at all.
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c >= '\uFF01' && c <= '\uFF5E') { sb.Append((char)(c - 0xFEE0)); }
            else if (c == '\u3000') { sb.Append(' '); }
            else { sb.Append(c); }
        }
        var n = sb.ToString();
        try
        {
            n = n.Normalize(NormalizationForm.FormKC);
        }
        catch (Exception e) when (e is ArgumentException or PlatformNotSupportedException)
        {
            // Not normalisable here: the folding above has done what matters for names.
        }
        sb.Clear().Append(n);
        for (var i = 0; i < sb.Length; i++)
        {
            if (IsDash(sb[i])) { sb[i] = '-'; }
        }
        return sb.ToString();
    }

    /// <summary>A description of the first character that makes the input unacceptable, or null.</summary>
    public static string? FindHidden(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
                return $"name contains an unpaired surrogate (U+{(int)c:X4})";
            }
            if (char.IsLowSurrogate(c)) { return $"name contains an unpaired surrogate (U+{(int)c:X4})"; }
            if (char.IsControl(c)) { return $"name contains a control character (U+{(int)c:X4})"; }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c is '\u2028' or '\u2029')
            {
                return $"name contains an invisible or bidirectional control character (U+{(int)c:X4})";
            }
        }
        return null;
    }

    /// <summary>'0'..'9' only: char.IsDigit also accepts other scripts' digits, which int.Parse rejects.</summary>
    public static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    private static bool IsDash(char c) =>
        c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u30FC' or '\uFF70' or '\uFE63';
}
