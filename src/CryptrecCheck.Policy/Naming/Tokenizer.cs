using System.Collections.Generic;

namespace CryptrecCheck.Policy.Naming;

/// <summary>Splits a squashed name into known words and numbers, greedily taking the longest known word at each point.</summary>
internal static class Tokenizer
{
    /// <summary>Returns null when some part of the name is not a known word or number: an unknown word must never be
    /// guessed away, or "AES-FOO" would resolve to AES.</summary>
    internal static List<Token>? Tokenize(string squashed)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < squashed.Length)
        {
            Token? best = null;
            var bestLen = 0;
            var max = System.Math.Min(Lexicon.MaxWordLength, squashed.Length - i);
            for (var len = max; len >= 1; len--)
            {
                if (Lexicon.Words.TryGetValue(squashed.Substring(i, len), out var t))
                {
                    best = t;
                    bestLen = len;
                    break;
                }
            }
            if (best != null)
            {
                // A number glued to the word before it wins over a word made of digits and letters that starts here
                // (e.g. "3DES" after "AES128"), which cannot happen: digits are consumed below first.
                tokens.Add(best);
                i += bestLen;
                continue;
            }
            if (InputText.IsAsciiDigit(squashed[i]))
            {
                var start = i;
                while (i < squashed.Length && InputText.IsAsciiDigit(squashed[i]) && i - start < 9) { i++; }
                if (i < squashed.Length && InputText.IsAsciiDigit(squashed[i])) { return null; } // absurdly long number
                tokens.Add(new Token(TokenKind.Number, string.Empty, number: int.Parse(squashed.Substring(start, i - start), System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            return null;
        }
        return tokens;
    }
}
