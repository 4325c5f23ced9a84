using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace CryptrecCheck.Policy;

/// <summary>
/// Citations name the list's tables, categories and notes as the Japanese document does (表１, 注7, ハッシュ関数). For
/// readers of English output each Japanese term is followed by its English name, and a note by its content:
/// "表１ 現行暗号リスト (Table 1, current ciphers list), ハッシュ関数 (hash functions)", "注7 (note 7: …)".
/// </summary>
#if CRYPTREC_POLICY_INTERNAL
internal
#else
public
#endif
static class CitationText
{
    private static readonly Regex NoteRef = new(@"注(\d+)", RegexOptions.CultureInvariant);
    private static readonly Dictionary<string, string> Glossary = BuildGlossary();

    /// <summary>The citation with English glosses; unchanged when it holds no Japanese term.</summary>
    public static string English(Citation c)
    {
        var text = c.ToString();
        if (!HasJapanese(text)) { return text; }
        var sb = new StringBuilder(text);
        foreach (var kv in Glossary)
        {
            var at = IndexOfTerm(sb.ToString(), kv.Key);
            if (at >= 0) { sb.Insert(at + kv.Key.Length, " (" + kv.Value + ")"); }
        }
        var edition = c.Document.Contains("2012R8") ? Edition.Ls0001_2012R8 : Edition.Ls0001_2022R2;
        return NoteRef.Replace(sb.ToString(), m =>
        {
            var note = FindNote(edition, m.Value);
            return note == null ? $"{m.Value} (note {m.Groups[1].Value})" : $"{m.Value} (note {m.Groups[1].Value}: {note.TextEn.TrimEnd('.')})";
        });
    }

    private static Footnote? FindNote(Edition edition, string id)
    {
        foreach (var n in Catalog.For(edition).Footnotes)
        {
            if (n.Id == id) { return n; }
        }
        return null;
    }

    /// <summary>A term matches only where it is not part of a longer term already glossed (longest terms first).</summary>
    private static int IndexOfTerm(string s, string term)
    {
        var at = s.IndexOf(term, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + term.Length;
            if (!(end < s.Length && s[end] == ' ' && end + 1 < s.Length && s[end + 1] == '(')) { return at; }
            at = s.IndexOf(term, end, StringComparison.Ordinal);
        }
        return -1;
    }

    private static bool HasJapanese(string s)
    {
        foreach (var ch in s) { if (ch >= '\u3000') { return true; } }
        return false;
    }

    private static Dictionary<string, string> BuildGlossary()
    {
        var terms = new List<KeyValuePair<string, string>>
        {
            new("表１ 現行暗号リスト", "Table 1, current ciphers list"),
            new("表２ 耐量子計算機暗号（PQC）リスト", "Table 2, post-quantum ciphers list"),
            new("推奨候補暗号リスト", "Candidate Recommended Ciphers List"),
            new("運用監視暗号リスト", "Monitored Ciphers List"),
            new("電子政府推奨暗号リスト", "e-Government Recommended Ciphers List"),
            new("TLS暗号設定ガイドライン", "TLS cipher suite configuration guideline"),
            new("脚注2/5/7", "general notes 2, 5 and 7"),
        };
        foreach (Category c in Enum.GetValues(typeof(Category)))
        {
            var ja = c.Ja();
            if (HasJapanese(ja)) { terms.Add(new(ja, c.En())); }
        }
        // Longest first, so that a category is not glossed inside a longer one.
        terms.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in terms) { d[t.Key] = t.Value; }
        return d;
    }
}
