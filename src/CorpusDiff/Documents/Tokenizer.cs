using System.Globalization;

namespace CorpusDiff.Documents;

/// <summary>
/// Splits text into <see cref="Token"/>s with exact offsets: words (with inner apostrophes and hyphens), abbreviations
/// (<c>U.S.</c>), numbers with separators, decimals and percent signs (<c>1,999.5</c>, <c>45%</c>), currency symbols,
/// and CJK text one character per token. Punctuation is not a token.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <c>text[start..end)</c>, appending tokens whose offsets index into <paramref name="text"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="start">First index to read.</param>
    /// <param name="end">Index one past the last to read.</param>
    /// <param name="into">The list the tokens are appended to.</param>
    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsCjk(c))
            {
                into.Add(new Token(i, i + 1, TextNormalizer.Normalize(text.AsSpan(i, 1)), TokenKind.Cjk));
                i++;
            }
            else if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, end, into);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, into);
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                into.Add(new Token(i, i + 1, text.Substring(i, 1), TokenKind.Symbol));
                i++;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Tokenizes a whole string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its tokens.</returns>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<Token>();
        Tokenize(text, 0, text.Length, list);
        return list;
    }

    /// <summary>Returns whether <paramref name="c"/> is a Han, Kana or Hangul character.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for CJK ideographs and syllabaries.</returns>
    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FF')
            or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    private static int ReadNumber(string text, int i, int end, List<Token> into)
    {
        var start = i;
        while (i < end)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (i < end && text[i] == '%')
        {
            i++;
        }

        into.Add(new Token(start, i, TextNormalizer.Normalize(text.AsSpan(start, i - start)), TokenKind.Number));
        return i;
    }

    private static int ReadWord(string text, int i, int end, List<Token> into)
    {
        var start = i;

        // Abbreviations written with inner dots (U.S., U.K.) stay one token, dots included.
        var j = i;
        var dots = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && !IsCjk(text[j]) && text[j + 1] == '.')
        {
            j += 2;
            dots++;
            if (j >= end || !char.IsLetter(text[j]) || (j + 1 < end && char.IsLetter(text[j + 1])))
            {
                break;
            }
        }

        if (dots >= 2)
        {
            into.Add(new Token(start, j, TextNormalizer.Normalize(text.AsSpan(start, j - start)), TokenKind.Word));
            return j;
        }

        while (i < end)
        {
            var c = text[i];
            if ((char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) && !IsCjk(c))
            {
                i++;
            }
            else if (IsJoiner(c) && i + 1 < end && char.IsLetter(text[i + 1]) && !IsCjk(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        into.Add(new Token(start, i, TextNormalizer.Normalize(text.AsSpan(start, i - start)), TokenKind.Word));
        return i;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';
}
