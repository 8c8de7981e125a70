using System.Globalization;
using CorpusDiff.Language;

namespace CorpusDiff.Documents;

/// <summary>
/// Splits text into <see cref="Token"/>s with exact offsets: words (with inner apostrophes and hyphens), abbreviations
/// (<c>U.S.</c>), numbers with separators, decimals and percent signs (<c>1,999.5</c>, <c>45%</c>), currency symbols,
/// and CJK text one character per token. Punctuation is not a token.
/// Penn Treebank tokenisation, common in summarisation data sets, is undone for matching while offsets stay exact:
/// the bracket words <c>-lrb-</c>/<c>-rrb-</c> (also <c>- lrb -</c>) are punctuation, and a detached clitic
/// (<c>do n't</c>, <c>city 's</c>, <c>they 're</c>) joins its word: one token spanning both, with the text
/// <c>don't</c>, <c>city's</c>, <c>they're</c>.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <c>text[start..end)</c>, appending tokens whose offsets index into <paramref name="text"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="start">First index to read.</param>
    /// <param name="end">Index one past the last to read.</param>
    /// <param name="into">The list the tokens are appended to.</param>
    public static void Tokenize(string text, int start, int end, List<Token> into) => Tokenize(text, start, end, into, null);

    /// <summary>Tokenizes <c>text[start..end)</c>, each token's text shared through <paramref name="pool"/> when one is given.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="start">First index to read.</param>
    /// <param name="end">Index one past the last to read.</param>
    /// <param name="into">The list the tokens are appended to.</param>
    /// <param name="pool">The pool of token texts, or <see langword="null"/> for a string per token.</param>
    /// <param name="spacesGroup">Whether a plain space groups digits (<see cref="SpacesGroup"/>).</param>
    internal static void Tokenize(string text, int start, int end, List<Token> into, WordPool? pool, bool spacesGroup = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        var sink = new TokenList(into, pool);
        Tokenize(text, start, end, ref sink, spacesGroup);
    }

    /// <summary>
    /// Whether a plain space groups digits in these sentences, read as one report: it does when a number of one to three
    /// digits is followed by a single plain space and three more (<c>1 900 farms</c>), and the report writes some number
    /// the continental way or with spaced groups (<c>2,4 billion</c>, <c>1.200.000</c>, <c>14 000</c>): a partly
    /// translated reprint writes all its thousands so. In an English report two numbers may stand side by side (<c>on
    /// May 2 500 workers</c>), so there a plain space groups only before <c>000</c>.
    /// </summary>
    /// <param name="text">The original text.</param>
    /// <param name="sentences">The spans that will be tokenized.</param>
    /// <returns>Whether to tokenize them with <c>spacesGroup</c>.</returns>
    internal static bool SpacesGroup(string text, ReadOnlySpan<TextSpan> sentences)
    {
        var spaced = false;
        foreach (var s in sentences)
        {
            if (HasPlainSpacedGroup(text, s.Start, s.End))
            {
                spaced = true;
                break;
            }
        }

        if (!spaced)
        {
            return false;
        }

        var probe = new DigitStyleProbe();
        foreach (var s in sentences)
        {
            Tokenize(text, s.Start, s.End, ref probe);
            if (probe.Found)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one to three digits, a plain space and exactly three digits not <c>000</c> stand in <c>text[start..end)</c>.</summary>
    private static bool HasPlainSpacedGroup(string text, int start, int end)
    {
        // Digits are rarer than spaces in news text: the search jumps from one run of digits to the next.
        var at = start;
        while (at < end)
        {
            var found = text.AsSpan(at, end - at).IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                return false;
            }

            var first = at + found;
            var last = first;
            while (last < end && char.IsAsciiDigit(text[last]))
            {
                last++;
            }

            if (last - first <= 3 && last + 1 < end && text[last] == ' ' && DigitsAt(text, last + 1, end) == 3
                && !text.AsSpan(last + 1, 3).SequenceEqual("000"))
            {
                return true;
            }

            at = last;
        }

        return false;
    }

    /// <summary>
    /// Tokenizes <c>text[start..end)</c>, handing each token to <paramref name="sink"/>: the one set of rules behind the
    /// document model's tokens and the token hashes deduplication reads without making them.
    /// </summary>
    /// <typeparam name="TSink">The sink's type (a struct, so each sink gets its own compiled loop).</typeparam>
    /// <param name="text">The original text.</param>
    /// <param name="start">First index to read.</param>
    /// <param name="end">Index one past the last to read.</param>
    /// <param name="sink">Receives the tokens in order.</param>
    /// <param name="spacesGroup">Whether a plain space groups digits (<see cref="SpacesGroup"/>).</param>
    internal static void Tokenize<TSink>(string text, int start, int end, ref TSink sink, bool spacesGroup = false)
        where TSink : struct, ITokenSink
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c < 128 && !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '$')
            {
                // Spaces and ASCII punctuation, about one character in six of news text, start no token (of ASCII only
                // '-' can start a number and '$' is a currency symbol): skipped without the tests below.
                i++;
                continue;
            }

            if (IsCjk(c))
            {
                sink.Add(text, i, i + 1, TokenKind.Cjk);
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                // Han characters beyond the Basic Multilingual Plane (CJK extensions B–H) are tokens too.
                if (char.ConvertToUtf32(c, text[i + 1]) is >= 0x20000 and <= 0x3FFFF)
                {
                    sink.AddVerbatim(text, i, i + 2, TokenKind.Cjk);
                }

                i += 2;
            }
            else if (char.IsDigit(c) || (IsMinus(c) && i + 1 < end && char.IsDigit(text[i + 1]) && (i == start || !char.IsLetterOrDigit(text[i - 1]))))
            {
                i = ReadNumber(text, i, end, ref sink, spacesGroup);
            }
            else if (char.IsLetter(c))
            {
                i = ReadWord(text, i, end, ref sink);
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                sink.Add(text, i, i + 1, TokenKind.Symbol);
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

    private static int ReadNumber<TSink>(string text, int i, int end, ref TSink sink, bool spacesGroup)
        where TSink : struct, ITokenSink
    {
        var start = i;
        if (IsMinus(text[i]))
        {
            i++;
        }

        var integerStart = i;
        i = SkipDigits(text, i, end);

        // An ISO date (2023-12-04) is one number, so a date in a claim compares as a whole.
        if (i - integerStart == 4 && start == integerStart && IsIsoDateTail(text, i, end))
        {
            i += 6;
            sink.Add(text, start, i, TokenKind.Number);
            return i;
        }

        // A clock time (21:46).
        if (i - integerStart <= 2 && i < end && text[i] == ':' && DigitsAt(text, i + 1, end) == 2)
        {
            i += 3;
            sink.Add(text, start, i, TokenKind.Number);
            return i;
        }

        // Thousands separators take exactly three digits (1,999 and the continental 1.200.000, but not 1,99); what the
        // marks mean is read later, for the whole report (English.EnglishDigits).
        var integerEnd = i;
        while (i + 1 < end && text[i] is ',' or '.' && DigitsAt(text, i + 1, end) == 3)
        {
            i += 4;
        }

        if (i == integerEnd && integerEnd - integerStart <= 3)
        {
            i = SpacedGroups(text, i, end, spacesGroup);
        }

        // One decimal part may follow: a point, or a comma before one or two digits (the continental 4,5) that is no
        // member of a list written without spaces (1,2,3).
        if (i + 1 < end && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            i = SkipDigits(text, i + 1, end);
        }
        else if (i + 1 < end && text[i] == ',' && DigitsAt(text, i + 1, end) is 1 or 2 && !InList(text, start, SkipDigits(text, i + 1, end), end))
        {
            i = SkipDigits(text, i + 1, end);
        }

        var kind = TokenKind.Number;
        if (i < end && text[i] is '%' or '\uFF05' or '\u2030')
        {
            i++;
        }
        else if (i < end && char.IsLetter(text[i]) && !IsCjk(text[i]))
        {
            // Ordinals and decades (12th, 1990s) are numbers; other glued letters make a word (5G, 3D).
            var suffixStart = i;
            while (i < end && char.IsLetterOrDigit(text[i]) && !IsCjk(text[i]))
            {
                i++;
            }

            var suffix = text.AsSpan(suffixStart, i - suffixStart);
            kind = suffix.Equals("th", StringComparison.OrdinalIgnoreCase) || suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("s", StringComparison.OrdinalIgnoreCase)
                ? TokenKind.Number
                : TokenKind.Word;
        }

        sink.Add(text, start, i, kind);
        return i;
    }

    /// <summary>
    /// Reads groups of three digits set off by spaces after a number of one to three digits (<c>3 000</c>,
    /// <c>1 200 000</c>) and returns where they end, or <paramref name="i"/> when there are none. A no-break or thin
    /// space only ever groups digits; a plain space does so only when the last group is <c>000</c>, since two numbers
    /// may stand side by side (<c>on May 2 500 workers</c>, a telephone number), or when
    /// <paramref name="spacesGroup"/> says the report groups so (<see cref="SpacesGroup"/>).
    /// </summary>
    private static int SpacedGroups(string text, int i, int end, bool spacesGroup)
    {
        var j = i;
        var lastGroup = -1;
        var noBreak = true;
        while (j + 1 < end && English.IsGroupSpace(text[j]) && DigitsAt(text, j + 1, end) == 3)
        {
            noBreak &= text[j] != ' ';
            lastGroup = j + 1;
            j += 4;
        }

        return lastGroup >= 0 && (noBreak || spacesGroup || text.AsSpan(lastGroup, 3).SequenceEqual("000")) ? j : i;
    }

    /// <summary>Whether the number at <paramref name="start"/> is set off by a comma from a digit before it or after <paramref name="after"/>.</summary>
    private static bool InList(string text, int start, int after, int end) =>
        (start >= 2 && text[start - 1] == ',' && char.IsDigit(text[start - 2])) || (after + 1 < end && text[after] == ',' && char.IsDigit(text[after + 1]));

    private static int SkipDigits(string text, int i, int end)
    {
        while (i < end && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Counts the digits at <paramref name="i"/>; a run longer than three counts as four.</summary>
    private static int DigitsAt(string text, int i, int end)
    {
        var n = 0;
        while (i + n < end && char.IsDigit(text[i + n]) && n < 4)
        {
            n++;
        }

        return n;
    }

    private static bool IsIsoDateTail(string text, int i, int end) =>
        i + 6 <= end && text[i] == '-' && DigitsAt(text, i + 1, end) == 2 && text[i + 3] == '-' && DigitsAt(text, i + 4, end) == 2
            && (i + 6 == end || !char.IsLetterOrDigit(text[i + 6]));

    private static bool IsMinus(char c) => c is '-' or '\u2212';

    private static int ReadWord<TSink>(string text, int i, int end, ref TSink sink)
        where TSink : struct, ITokenSink
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
            sink.Add(text, start, j, TokenKind.Word);
            return j;
        }

        while (i < end)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                // The common case first: an ASCII letter or digit continues the word (the general test below agrees).
                i++;
                continue;
            }

            if ((char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) && !IsCjk(c))
            {
                i++;
            }
            else if (IsJoiner(c) && i + 1 < end && !IsCjk(text[i + 1])
                && (char.IsLetter(text[i + 1]) || (c is '-' or '\u2010' or '\u2011' && char.IsDigit(text[i + 1]))))
            {
                // post-Covid, COVID-19, city's: one word. A soft hyphen or zero-width joiner inside a word is invisible.
                i++;
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.Format && i + 1 < end && char.IsLetter(text[i + 1]) && !IsCjk(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (IsTreebankBracket(text, start, i))
        {
            return i;
        }

        var clitic = CliticLength(text, i, end);
        if (clitic > 0)
        {
            sink.AddJoined(text, start, i, i + 1, i + 1 + clitic);
            return i + 1 + clitic;
        }

        sink.Add(text, start, i, TokenKind.Word);
        return i;
    }

    /// <summary>Whether <c>text[start..end)</c> is a PTB bracket word (<c>lrb</c> in <c>-lrb-</c> or <c>- lrb -</c>).</summary>
    private static bool IsTreebankBracket(string text, int start, int end)
    {
        if (end - start != 3 || start == 0)
        {
            return false;
        }

        var word = text.AsSpan(start, 3);
        var bracket = word.Equals("lrb", StringComparison.OrdinalIgnoreCase) || word.Equals("rrb", StringComparison.OrdinalIgnoreCase)
            || word.Equals("lsb", StringComparison.OrdinalIgnoreCase) || word.Equals("rsb", StringComparison.OrdinalIgnoreCase)
            || word.Equals("lcb", StringComparison.OrdinalIgnoreCase) || word.Equals("rcb", StringComparison.OrdinalIgnoreCase);
        return bracket && (text[start - 1] == '-' || (start >= 2 && text[start - 1] == ' ' && text[start - 2] == '-'));
    }

    /// <summary>The length of a detached PTB clitic after one space at <paramref name="i"/> (<c> n't</c>, <c> 's</c>, <c> 're</c>), or 0.</summary>
    private static int CliticLength(string text, int i, int end)
    {
        if (i + 2 >= end || text[i] != ' ')
        {
            return 0;
        }

        var j = i + 1;
        int length;
        if (text[j] is '\'' or '\u2019')
        {
            var k = j + 1;
            while (k < end && k - j <= 3 && char.IsAsciiLetterLower(text[k]))
            {
                k++;
            }

            var suffix = text.AsSpan(j + 1, k - j - 1);
            length = suffix is "s" or "re" or "ve" or "ll" or "d" or "m" ? k - j : 0;
        }
        else
        {
            length = end - j >= 3 && text[j] is 'n' or 'N' && text[j + 1] is '\'' or '\u2019' && text[j + 2] is 't' or 'T' ? 3 : 0;
        }

        return length > 0 && (j + length == end || !char.IsLetterOrDigit(text[j + length])) ? length : 0;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';
}
