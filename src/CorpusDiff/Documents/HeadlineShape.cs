using System.Buffers;
using System.Text;

namespace CorpusDiff.Documents;

/// <summary>
/// Recognizes headline-shaped lines: short, one sentence, opening with a capital, digit or quote, and without
/// terminal punctuation. Body paragraphs of news end with a period, a question or exclamation mark, or a quote
/// closing one, so this shape separates headlines, sub-headlines and pasted headlines from body text.
/// </summary>
internal static class HeadlineShape
{
    /// <summary>The longest line, in characters, that can be a headline.</summary>
    private const int MaxHeadlineLength = 300;

    /// <summary>
    /// Counts the whitespace-separated words holding at least one letter or digit. CJK text has no spaces: there every
    /// two characters count as a word, about the length of an English word in translation.
    /// </summary>
    public static int CountWords(ReadOnlySpan<char> span)
    {
        var cjk = 0;
        foreach (var c in span)
        {
            if (Tokenizer.IsCjk(c))
            {
                cjk++;
            }
        }

        if (cjk > 0)
        {
            return ((cjk + 1) / 2) + CountSpacedWords(span, skipCjk: true);
        }

        return CountSpacedWords(span, skipCjk: false);
    }

    private static int CountSpacedWords(ReadOnlySpan<char> span, bool skipCjk)
    {
        var words = 0;
        var inWord = false;
        var hasWordChar = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasWordChar)
                {
                    words++;
                }

                inWord = hasWordChar = false;
            }
            else
            {
                inWord = true;
                hasWordChar |= char.IsLetterOrDigit(c) && !(skipCjk && Tokenizer.IsCjk(c));
            }
        }

        return inWord && hasWordChar ? words + 1 : words;
    }

    /// <summary>Returns whether <c>text[start..end)</c> is shaped like a headline of at most <paramref name="maxWords"/> words.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The line's first index.</param>
    /// <param name="end">One past its last index.</param>
    /// <param name="maxWords">The most words a headline has.</param>
    /// <param name="words">The line's words; 0 for a line longer than a headline can be, whose words are not counted.</param>
    /// <returns>Whether the line is headline-shaped.</returns>
    public static bool IsHeadline(string text, int start, int end, int maxWords, out int words)
    {
        var span = text.AsSpan(start, end - start);

        // Most body lines are paragraphs longer than any headline: told by their length, without counting their words.
        if (span.Length > MaxHeadlineLength)
        {
            words = 0;
            return false;
        }

        words = CountWords(span);
        if (words < 2 || words > maxWords)
        {
            return false;
        }

        // Bylines, "Source: …" labels and bar-separated link rows are header debris, not headlines.
        if (span.Contains('|') || span.StartsWith("By ", StringComparison.Ordinal) || IsLabel(span))
        {
            return false;
        }

        var first = span[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' || Tokenizer.IsCjk(first)))
        {
            return false;
        }

        var last = span.Length - 1;
        while (last > 0 && span[last] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']')
        {
            last--;
        }

        var lastChar = span[last];
        if (!(char.IsLetterOrDigit(lastChar) || lastChar == '%'))
        {
            return false;
        }

        // A paragraph that lost only its final period still has sentences inside; a headline is one phrase.
        var sentences = new List<TextSpan>(2);
        SentenceSegmenter.Segment(text, start, end, sentences);
        return sentences.Count <= 1;
    }

    private static readonly string[] Labels =
    [
        "Source", "Editor", "Editors", "Author", "Authors", "By", "Reporter", "Reporters", "Writer", "Updated", "Published",
        "Posted", "Tags", "Keywords", "Date", "Time", "Photo", "Photos", "Video", "Caption", "Credit", "Email", "Contact",
    ];

    private static bool IsLabel(ReadOnlySpan<char> span)
    {
        var colon = span.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var label = span[..colon].Trim();
        foreach (var candidate in Labels)
        {
            if (label.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns the comparison key of a line: normalized (NFKC, quotes folded, lower case) with punctuation dropped and
    /// whitespace collapsed, so <c>city's</c> and <c>city’s</c>, or a headline with and without a trailing period, match.
    /// </summary>
    public static string Key(ReadOnlySpan<char> span)
    {
        // Every body line gets a key: ASCII lines are normalized in a stack or pooled buffer, so only the key is a string.
        if (!Ascii.IsValid(span))
        {
            return KeyOf(TextNormalizer.Normalize(span));
        }

        char[]? rented = null;
        var buffer = span.Length <= 512 ? stackalloc char[span.Length] : (rented = ArrayPool<char>.Shared.Rent(span.Length));
        try
        {
            return KeyOf(buffer[..TextNormalizer.NormalizeAscii(span, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The key of normalized text: letters and digits, one space wherever anything else (but an apostrophe) stood.</summary>
    private static string KeyOf(ReadOnlySpan<char> normalized)
    {
        // Each space written stands for at least one character skipped, so the key never outgrows its source.
        char[]? rented = null;
        var key = normalized.Length <= 512 ? stackalloc char[normalized.Length] : (rented = ArrayPool<char>.Shared.Rent(normalized.Length));
        var length = 0;
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    key[length++] = ' ';
                }

                pendingSpace = false;
                key[length++] = c;
            }
            else if (c == ' ')
            {
                pendingSpace = true;
            }
            else if (c != '\'')
            {
                // Punctuation between words separates them (a slash, a dash); an apostrophe joins them.
                pendingSpace = true;
            }
        }

        var result = new string(key[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Returns whether <paramref name="key"/> equals <paramref name="other"/> or is a prefix of it ending at a word boundary.</summary>
    public static bool IsWordPrefix(string key, string other) =>
        key.Length > 0 && other.StartsWith(key, StringComparison.Ordinal) && (other.Length == key.Length || other[key.Length] == ' ');
}
