namespace CorpusDiff.Similarity;

/// <content>Token ratios: word order (token sort) and repeated or extra words (token set) do not count.</content>
public static partial class Fuzz
{
    // Token ranges of two sentences fit on the stack; paragraphs use pooled arrays.
    private const int StackTokens = 256;
    /// <summary>
    /// Returns the <see cref="Ratio(string, string, double)"/> of the two strings' whitespace tokens sorted and joined
    /// by single spaces, so word order does not matter ("Smith, John" vs "John Smith,").
    /// </summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="scoreCutoff">The smallest score of interest, in [0, 100]; lower scores are returned as 0.</param>
    /// <returns>The score in [0, 100]; 100 when neither string has a token.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 100].</exception>
    public static double TokenSortRatio(string s1, string s2, double scoreCutoff = 0) => TokenSortRatio(Arguments.Text(s1), Arguments.Text(s2), scoreCutoff);

    /// <summary>Returns the ratio of the sorted, space-joined whitespace tokens (see the string overload).</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="scoreCutoff">The smallest score of interest, in [0, 100]; lower scores are returned as 0.</param>
    /// <returns>The score in [0, 100]; 100 when neither text has a token.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 100].</exception>
    public static double TokenSortRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff = 0)
    {
        Cutoffs.ValidatePercent(scoreCutoff, nameof(scoreCutoff));
        (int, int)[]? rentedTokens = null;
        char[]? rentedText = null;
        try
        {
            var tokenCount = WhitespaceTokens.MaxCount(s1) + WhitespaceTokens.MaxCount(s2);
            var textLength = s1.Length + s2.Length;
            var tokens = tokenCount <= StackTokens ? stackalloc (int, int)[tokenCount] : RentUncleared(ref rentedTokens, tokenCount);
            var text = textLength <= StackChars ? stackalloc char[textLength] : RentUncleared(ref rentedText, textLength);
            var joined1 = SortedJoin(s1, tokens, text);
            var joined2 = SortedJoin(s2, tokens, text[joined1.Length..]);
            return RatioCore(joined1, joined2, scoreCutoff);
        }
        finally
        {
            PatternMasksBuilder.Return(rentedTokens);
            PatternMasksBuilder.Return(rentedText);
        }
    }

    /// <summary>
    /// Returns the best ratio among the sorted common tokens against each string's sorted tokens (common ones first,
    /// then its own), and those two against each other (RapidFuzz's and FuzzySharp's token set ratio). Repeated words
    /// count once, and a string whose words all occur in the other scores 100.
    /// </summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="scoreCutoff">The smallest score of interest, in [0, 100]; lower scores are returned as 0.</param>
    /// <returns>The score in [0, 100]; 100 when neither string has a token, 0 when only one has none.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 100].</exception>
    public static double TokenSetRatio(string s1, string s2, double scoreCutoff = 0) => TokenSetRatio(Arguments.Text(s1), Arguments.Text(s2), scoreCutoff);

    /// <summary>Returns the token set ratio (see the string overload).</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="scoreCutoff">The smallest score of interest, in [0, 100]; lower scores are returned as 0.</param>
    /// <returns>The score in [0, 100]; 100 when neither text has a token, 0 when only one has none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 100].</exception>
    public static double TokenSetRatio(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff = 0)
    {
        Cutoffs.ValidatePercent(scoreCutoff, nameof(scoreCutoff));
        (int, int)[]? rentedTokens = null;
        char[]? rentedText = null;
        try
        {
            var max1 = WhitespaceTokens.MaxCount(s1);
            var max2 = WhitespaceTokens.MaxCount(s2);
            var tokenCount = (2 * max1) + max2;
            var tokens = tokenCount <= StackTokens ? stackalloc (int, int)[tokenCount] : RentUncleared(ref rentedTokens, tokenCount);
            var tokens1 = SortedUnique(s1, tokens[..max1]);
            var tokens2 = SortedUnique(s2, tokens.Slice(max1, max2));
            if (tokens1.IsEmpty || tokens2.IsEmpty)
            {
                return tokens1.IsEmpty && tokens2.IsEmpty ? 100 : 0;
            }

            // Three joined strings: common tokens, tokens only in s1, tokens only in s2.
            var textLength = s1.Length + s2.Length + 2;
            var text = textLength <= StackChars ? stackalloc char[textLength] : RentUncleared(ref rentedText, textLength);
            var (commonLength, only1Length, only2Length) = Partition(s1, tokens1, s2, tokens2, tokens[(max1 + max2)..], text);
            ReadOnlySpan<char> common = text[..commonLength];
            ReadOnlySpan<char> only1 = text.Slice(commonLength, only1Length);
            ReadOnlySpan<char> only2 = text.Slice(commonLength + only1Length, only2Length);
            if (common.Length > 0 && (only1.Length == 0 || only2.Length == 0))
            {
                return 100;
            }

            // "common + ' ' + only1" against "common + ' ' + only2" differ only in the tails.
            var separator = common.Length > 0 ? 1 : 0;
            var length1 = common.Length + separator + only1.Length;
            var length2 = common.Length + separator + only2.Length;
            var total = length1 + length2;
            var max = Cutoffs.MaxDistance(scoreCutoff / 100, total);
            var best = Score(Indel.Compute(only1, only2, max), max, total, scoreCutoff);
            if (common.Length == 0)
            {
                return best;
            }

            // The common tokens alone against either side: only the separator and that side's tail are inserted.
            best = Math.Max(best, Score(1 + only1.Length, int.MaxValue, common.Length + length1, scoreCutoff));
            best = Math.Max(best, Score(1 + only2.Length, int.MaxValue, common.Length + length2, scoreCutoff));
            return best;
        }
        finally
        {
            PatternMasksBuilder.Return(rentedTokens);
            PatternMasksBuilder.Return(rentedText);
        }
    }

    /// <summary>Rents a span of exactly <paramref name="length"/> entries without clearing it: every entry read is written first.</summary>
    private static Span<T> RentUncleared<T>(ref T[]? rented, int length)
    {
        rented = System.Buffers.ArrayPool<T>.Shared.Rent(length);
        return rented.AsSpan(0, length);
    }

    private static ReadOnlySpan<char> SortedJoin(ReadOnlySpan<char> text, Span<(int Start, int Length)> buffer, Span<char> destination)
    {
        var tokens = buffer[..WhitespaceTokens.Split(text, buffer)];
        WhitespaceTokens.Sort(text, tokens);
        return destination[..WhitespaceTokens.Join(text, tokens, destination)];
    }

    private static Span<(int Start, int Length)> SortedUnique(ReadOnlySpan<char> text, Span<(int Start, int Length)> buffer)
    {
        var tokens = buffer[..WhitespaceTokens.Split(text, buffer)];
        WhitespaceTokens.Sort(text, tokens);
        return tokens[..WhitespaceTokens.Dedupe(text, tokens)];
    }

    /// <summary>
    /// Merges two sorted unique token lists into the joined common, first-only and second-only strings, written one
    /// after the other into <paramref name="text"/>; returns their lengths.
    /// </summary>
    /// <remarks>The one-sided runs are compacted in place (a write never overtakes the read); common tokens go to their own buffer.</remarks>
    private static (int Common, int Only1, int Only2) Partition(
        ReadOnlySpan<char> s1,
        Span<(int Start, int Length)> tokens1,
        ReadOnlySpan<char> s2,
        Span<(int Start, int Length)> tokens2,
        Span<(int Start, int Length)> commonTokens,
        Span<char> text)
    {
        int common = 0, only1 = 0, only2 = 0, i = 0, j = 0;
        while (i < tokens1.Length || j < tokens2.Length)
        {
            var order = i == tokens1.Length ? 1 : j == tokens2.Length ? -1 : WhitespaceTokens.Compare(s1, tokens1[i], s2, tokens2[j]);
            if (order == 0)
            {
                commonTokens[common++] = tokens1[i++];
                j++;
            }
            else if (order < 0)
            {
                tokens1[only1++] = tokens1[i++];
            }
            else
            {
                tokens2[only2++] = tokens2[j++];
            }
        }

        var commonLength = WhitespaceTokens.Join(s1, commonTokens[..common], text);
        var rest = text[commonLength..];
        var only1Length = WhitespaceTokens.Join(s1, tokens1[..only1], rest);
        var last = rest[only1Length..];
        var only2Length = WhitespaceTokens.Join(s2, tokens2[..only2], last);
        return (commonLength, only1Length, only2Length);
    }
}
