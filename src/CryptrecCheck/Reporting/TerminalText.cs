using System.Globalization;
using System.Text;

namespace CryptrecCheck.Reporting;

/// <summary>
/// Escapes untrusted text (names typed by users, certificate subjects, server banners, file contents) before it
/// reaches a terminal or a line-based format: control characters (ESC and the rest of C0/C1, DEL), bidirectional
/// controls and invisible format characters become visible <c>\u{XXXX}</c> escapes, so that no input can move the
/// cursor, clear the screen or reorder what is shown.
/// </summary>
public static class TerminalText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) { return text ?? string.Empty; }
        var i = 0;
        while (i < text.Length && !NeedsEscape(text, i)) { i++; }
        if (i == text.Length) { return text; }
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (NeedsEscape(text, i))
            {
                sb.Append("\\u{").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)).Append('}');
            }
            else
            {
                sb.Append(text[i]);
            }
        }
        return sb.ToString();
    }

    /// <summary>True for characters that must not reach a terminal raw: controls, lone surrogates, and the invisible
    /// format characters (bidi overrides and isolates, zero-width characters, BOM).</summary>
    public static bool IsHidden(char c) =>
        char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
        || c is '\u2028' or '\u2029';

    private static bool NeedsEscape(string s, int i)
    {
        var c = s[i];
        if (IsHidden(c)) { return true; }
        if (char.IsHighSurrogate(c)) { return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]); }
        if (char.IsLowSurrogate(c)) { return i == 0 || !char.IsHighSurrogate(s[i - 1]); }
        return false;
    }
}
