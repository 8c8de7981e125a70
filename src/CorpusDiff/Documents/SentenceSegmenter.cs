using System.Buffers;

namespace CorpusDiff.Documents;

/// <summary>
/// Splits text into sentences in a way that survives news prose: abbreviations (<c>Dec. 5</c>, <c>U.S.</c>,
/// <c>No. 1</c>, <c>Mr.</c>, initials), quotes that end sentences (<c>…,” he said.</c>, <c>….” Next</c>), ellipses,
/// CJK terminators (<c>。！？</c>), stray punctuation left by scrapers and machine translation (<c>. ,</c>, a lone
/// <c>.</c>), and one-word fragments (<c>Is.</c>). A blank line always ends a sentence.
/// It also survives text that summarisation data sets pre-process: lower-cased text (<c>burnley . andros townsend</c>,
/// <c>network. apple's lawyers</c>), where a period before a lower-case word ends the sentence; PTB-tokenised text with
/// detached periods and brackets; all-caps text; and a period missing its space (<c>said.The</c>).
/// </summary>
/// <remarks>
/// Sentence spans are trimmed of whitespace and of stray leading <c>, ; : .</c>; a piece with no letter or digit is
/// joined to the sentence before it, so no returned span is empty of words.
/// </remarks>
public static class SentenceSegmenter
{
    /// <summary>At most one capital in this many letters makes text lower-cased (a stray acronym or two, such as a CNN byline, is allowed).</summary>
    private const int LowerCasedLettersPerCapital = 50;

    /// <summary>The characters the segmenting loop acts on: quotes that may open an attribution, terminators, line breaks.</summary>
    private static readonly SearchValues<char> Acting =
        SearchValues.Create("\u201C\".!?\u2026\u203C\u2047\u2048\u2049\u3002\uFF01\uFF1F\uFF61\n\r");

    /// <summary>Returns the sentences of <paramref name="text"/> as spans into it.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The sentence spans, in order.</returns>
    public static IReadOnlyList<TextSpan> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        Segment(text, 0, text.Length, spans);
        return spans;
    }

    /// <summary>Appends the sentences of <c>text[start..end)</c> to <paramref name="into"/>, as spans into <paramref name="text"/>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">First index to read.</param>
    /// <param name="end">Index one past the last to read.</param>
    /// <param name="into">The list the spans are appended to.</param>
    public static void Segment(string text, int start, int end, List<TextSpan> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var first = into.Count;

        // Whether the range is lower-cased text is asked only when a lower-case word follows a terminator, which
        // ordinary prose rarely has: it is computed then, once, rather than scanning every range up front.
        bool? lowerCased = null;
        var sentenceStart = start;
        var hold = -1;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is '\u201C' or '"' && i >= hold)
            {
                hold = AttributedQuoteEnd(text, start, i, end);
                i++;
            }
            else if (i < hold && (IsTerminator(c) || IsCjkTerminator(c)))
            {
                // Inside a quote that an attribution continues ("A. B," he said.), the quote's inner periods do not
                // end the sentence: the quote belongs to the sentence that attributes it.
                i++;
            }
            else if (IsCjkTerminator(c))
            {
                // CJK text puts no space after its terminators.
                var j = i + 1;
                while (j < end && (IsCjkTerminator(text[j]) || IsClosing(text[j])))
                {
                    j++;
                }

                Add(text, sentenceStart, j, first, into);
                sentenceStart = i = j;
            }
            else if (IsTerminator(c))
            {
                var j = i + 1;
                while (j < end && IsTerminator(text[j]))
                {
                    j++;
                }

                var k = j;
                while (k < end && IsClosing(text[k]))
                {
                    k++;
                }

                if (IsBoundary(text, start, i, j, k, end, ref lowerCased))
                {
                    Add(text, sentenceStart, k, first, into);
                    sentenceStart = k;
                }

                i = k;
            }
            else if ((c == '\n' || (c == '\r' && (i + 1 == end || text[i + 1] != '\n'))) && IsBlankLineAfter(text, i + 1, end))
            {
                Add(text, sentenceStart, i, first, into);
                sentenceStart = i = i + 1;
            }
            else
            {
                // Only the characters above act; most text is none of them, so the next one is found with a vector search.
                var next = text.AsSpan(i + 1, end - i - 1).IndexOfAny(Acting);
                i = next < 0 ? end : i + 1 + next;
            }
        }

        Add(text, sentenceStart, end, first, into);
    }

    /// <summary>
    /// Returns the index of the closing quote when the quote opening at <paramref name="open"/> closes with a comma
    /// (<c>“A. B,” he said</c>); otherwise -1.
    /// </summary>
    private static int AttributedQuoteEnd(string text, int lower, int open, int end)
    {
        var straight = text[open] == '"';
        if (straight && ((open > lower && !char.IsWhiteSpace(text[open - 1]) && text[open - 1] is not '(' and not '[') || open + 1 >= end || char.IsWhiteSpace(text[open + 1])))
        {
            // A straight quote glued to the word before it closes a quotation; it opens none.
            return -1;
        }

        for (var j = open + 1; j < end; j++)
        {
            var c = text[j];
            if (straight ? c == '"' : c == '\u201D')
            {
                return text[j - 1] == ',' ? j : -1;
            }

            if (c == '\u201C' || (c is '\n' or '\r' && IsBlankLineAfter(text, j + 1, end)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the text is written without capitals (lower-cased corpora such as CNN/DailyMail's tokenised form): then
    /// a lower-case word after a period starts a sentence rather than continuing one.
    /// </summary>
    private static bool IsLowerCased(string text, int start, int end)
    {
        int upper = 0, letters = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsAscii(c))
            {
                // ASCII letters are the common case: a range test each, no Unicode category lookup.
                var lower = (char)(c | 0x20);
                if (lower is >= 'a' and <= 'z')
                {
                    letters++;
                    upper += c <= 'Z' ? 1 : 0;
                }
            }
            else if (char.IsLetter(c) && !Tokenizer.IsCjk(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 8 && upper * LowerCasedLettersPerCapital <= letters;
    }

    private static bool IsBoundary(string text, int lower, int termStart, int termEnd, int after, int end, ref bool? lowerCased)
    {
        if (after == end)
        {
            return true;
        }

        // "U.S", "3.5", "xinhua.net": a terminator glued to the next character is not a sentence end, except a
        // period dropped between two sentences ("said.The"): a lower-case word, the period, a capitalised word.
        if (!char.IsWhiteSpace(text[after]))
        {
            return IsMissingSpace(text, lower, termStart, termEnd, after, end);
        }

        var n = after;
        while (n < end && char.IsWhiteSpace(text[n]))
        {
            n++;
        }

        if (n == end)
        {
            return true;
        }

        var next = text[n];

        // A lower-case word, a comma or another stray period continues the sentence ("areas. , as well as",
        // "for. of China's"): machine translation and scrapers leave such debris mid-sentence. In lower-cased text a
        // lower-case word is simply the next sentence's first word.
        if (next is ',' or ';' or ':' or ')' or ']' or '}' or '.' or '!' or '?' or '%')
        {
            return false;
        }

        if (char.IsLower(next))
        {
            // The whole range decides, as it would have up front: computed once, on first need.
            lowerCased ??= IsLowerCased(text, lower, end);
            if (!lowerCased.Value)
            {
                return false;
            }
        }

        var singlePeriod = termEnd - termStart == 1 && text[termStart] == '.' && termEnd == after;
        if (singlePeriod)
        {
            var w = termStart;
            while (w > lower && (char.IsLetter(text[w - 1]) || (text[w - 1] == '.' && w - 1 > lower && char.IsLetter(text[w - 2]))))
            {
                w--;
            }

            // "1st." or "G20." is a word ending a sentence, not an abbreviation.
            var glued = w > lower && char.IsLetterOrDigit(text[w - 1]);
            if (!glued && Abbreviations.HoldsSentence(text.AsSpan(w, termStart - w), text.AsSpan(n, end - n)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <c>word.Next</c> is two sentences whose space was lost: a lower-case word of two or more letters, one period, then a capitalised word.</summary>
    private static bool IsMissingSpace(string text, int lower, int termStart, int termEnd, int after, int end)
    {
        // The next word must be a capital and two lower-case letters ("The", not "Js"), the usual sentence opening.
        if (termEnd - termStart != 1 || text[termStart] != '.' || termEnd != after || after + 2 >= end
            || !char.IsUpper(text[after]) || !char.IsLower(text[after + 1]) || !char.IsLower(text[after + 2]))
        {
            return false;
        }

        var w = termStart;
        while (w > lower && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        // "www.Example", "Node.Js": a dotted name has no letters-only lower-case word before the period, or is glued to more.
        if (termStart - w < 2 || !char.IsLower(text[termStart - 1]) || (w > lower && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not '(' and not '"' and not '\u201C'))
        {
            return false;
        }

        return !Abbreviations.HoldsSentence(text.AsSpan(w, termStart - w), text.AsSpan(after, end - after));
    }

    private static void Add(string text, int start, int end, int first, List<TextSpan> into)
    {
        var (s, e) = ParagraphSplitter.Trim(text, start, end);
        while (s < e && (text[s] is ',' or ';' or ':' or '.' || ParagraphSplitter.IsBlank(text[s])))
        {
            s++;
        }

        if (e <= s)
        {
            return;
        }

        if (!HasWordCharacter(text.AsSpan(s, e - s)))
        {
            // Debris such as " ." or a lone closing quote belongs to the sentence it trails.
            if (into.Count > first)
            {
                into[^1] = into[^1] with { End = e };
            }

            return;
        }

        into.Add(new TextSpan(s, e));
    }

    private static bool HasWordCharacter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlankLineAfter(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < end && text[i] is '\n' or '\r';
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    private static bool IsCjkTerminator(char c) => c is '\u3002' or '\uFF01' or '\uFF1F' or '\uFF61';

    /// <summary>Whether a character closes what a sentence's terminator may stand inside (a quote or a bracket).</summary>
    internal static bool IsClosing(char c) =>
        c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}' or '\u300D' or '\u300F'
            or '\u300B' or '\u3009' or '\uFF09' or '\u3011';
}
