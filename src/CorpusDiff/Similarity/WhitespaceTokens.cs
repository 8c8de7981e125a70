using System.Buffers;

namespace CorpusDiff.Similarity;

/// <summary>
/// Whitespace tokens as (start, length) ranges into their text, sorted and joined without allocating strings: the
/// token ratios of <see cref="Fuzz"/> run on pooled buffers.
/// </summary>
internal static class WhitespaceTokens
{
    private const int InsertionSortLimit = 32;

    // The key sort keeps a token's index in 16 bits; more tokens than that fall back to heapsort.
    private const int MaxKeyedTokens = 1 << 16;
    private const int StackKeys = 256;

    /// <summary>Gets an upper bound of the number of tokens in a text.</summary>
    public static int MaxCount(ReadOnlySpan<char> text) => (text.Length + 1) / 2;

    /// <summary>Splits a text at runs of whitespace; returns the number of tokens written.</summary>
    public static int Split(ReadOnlySpan<char> text, Span<(int Start, int Length)> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens[count++] = (start, i - start);
            }
        }

        return count;
    }

    /// <summary>Compares two tokens ordinally.</summary>
    /// <remarks>
    /// Tokens are never empty, and most pairs of words differ in their first character: comparing it inline saves
    /// the call into the vectorised comparison, which dominates sorting a sentence's two dozen tokens.
    /// </remarks>
    public static int Compare(ReadOnlySpan<char> text1, (int Start, int Length) a, ReadOnlySpan<char> text2, (int Start, int Length) b)
    {
        var first = text1[a.Start] - text2[b.Start];
        return first != 0 ? first : text1.Slice(a.Start + 1, a.Length - 1).SequenceCompareTo(text2.Slice(b.Start + 1, b.Length - 1));
    }

    /// <summary>
    /// Sorts tokens ordinally in place: by insertion up to a few dozen, by 64-bit keys (<see cref="SortByKeys"/>) up to
    /// 65,536, by heapsort beyond; no comparer delegate, stack or pooled buffers only.
    /// </summary>
    public static void Sort(ReadOnlySpan<char> text, Span<(int Start, int Length)> tokens)
    {
        // A sentence's few dozen tokens take fewer comparisons by insertion than by heapsort. Equal tokens are equal
        // text, so the order among them (which neither sort keeps) never shows in a result.
        if (tokens.Length <= InsertionSortLimit)
        {
            for (var i = 1; i < tokens.Length; i++)
            {
                var token = tokens[i];
                var j = i - 1;
                while (j >= 0 && Compare(text, tokens[j], text, token) > 0)
                {
                    tokens[j + 1] = tokens[j];
                    j--;
                }

                tokens[j + 1] = token;
            }

            return;
        }

        if (tokens.Length <= MaxKeyedTokens)
        {
            SortByKeys(text, tokens);
            return;
        }

        HeapSort(text, tokens);
    }

    /// <summary>
    /// Sorts on 64-bit keys: the first three UTF-16 units (zero-padded: a shorter token is a prefix and sorts first)
    /// above the token's index, sorted as plain integers. Tokens that share their first three units are then
    /// ordered among themselves by full comparison. A paragraph's 250 tokens took about 4,000 span comparisons by
    /// heapsort; most of them are now integer comparisons.
    /// </summary>
    private static void SortByKeys(ReadOnlySpan<char> text, Span<(int Start, int Length)> tokens)
    {
        var n = tokens.Length;
        ulong[]? rentedKeys = null;
        (int, int)[]? rentedCopy = null;
        try
        {
            var keys = n <= StackKeys ? stackalloc ulong[n] : (rentedKeys = ArrayPool<ulong>.Shared.Rent(n)).AsSpan(0, n);
            var copy = n <= StackKeys ? stackalloc (int, int)[n] : (rentedCopy = ArrayPool<(int, int)>.Shared.Rent(n)).AsSpan(0, n);
            tokens.CopyTo(copy);
            for (var i = 0; i < n; i++)
            {
                var (start, length) = tokens[i];
                ulong key = text[start];
                key = (key << 16) | (length > 1 ? text[start + 1] : 0u);
                key = (key << 16) | (length > 2 ? text[start + 2] : 0u);
                keys[i] = (key << 16) | (uint)i;
            }

            keys.Sort();
            for (var i = 0; i < n; i++)
            {
                tokens[i] = copy[(int)(keys[i] & 0xFFFF)];
            }

            for (var start = 0; start < n;)
            {
                var prefix = keys[start] >> 16;
                var end = start + 1;
                while (end < n && keys[end] >> 16 == prefix)
                {
                    end++;
                }

                // Small groups by insertion; a large one (many tokens sharing three units) by heapsort, never by
                // keys again, which would find the same single group.
                if (end - start > InsertionSortLimit)
                {
                    HeapSort(text, tokens[start..end]);
                }
                else if (end - start > 1)
                {
                    Sort(text, tokens[start..end]);
                }

                start = end;
            }
        }
        finally
        {
            if (rentedKeys is not null)
            {
                ArrayPool<ulong>.Shared.Return(rentedKeys);
            }

            if (rentedCopy is not null)
            {
                ArrayPool<(int, int)>.Shared.Return(rentedCopy);
            }
        }
    }

    private static void HeapSort(ReadOnlySpan<char> text, Span<(int Start, int Length)> tokens)
    {
        for (var i = (tokens.Length / 2) - 1; i >= 0; i--)
        {
            SiftDown(text, tokens, i, tokens.Length);
        }

        for (var end = tokens.Length - 1; end > 0; end--)
        {
            (tokens[0], tokens[end]) = (tokens[end], tokens[0]);
            SiftDown(text, tokens, 0, end);
        }
    }

    /// <summary>Removes adjacent duplicates from sorted tokens; returns the new count.</summary>
    public static int Dedupe(ReadOnlySpan<char> text, Span<(int Start, int Length)> tokens)
    {
        if (tokens.IsEmpty)
        {
            return 0;
        }

        var count = 1;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (Compare(text, tokens[i], text, tokens[count - 1]) != 0)
            {
                tokens[count++] = tokens[i];
            }
        }

        return count;
    }

    /// <summary>Writes tokens joined by single spaces; returns the number of characters written.</summary>
    public static int Join(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> tokens, Span<char> destination)
    {
        var length = 0;
        foreach (var token in tokens)
        {
            if (length > 0)
            {
                destination[length++] = ' ';
            }

            text.Slice(token.Start, token.Length).CopyTo(destination[length..]);
            length += token.Length;
        }

        return length;
    }

    private static void SiftDown(ReadOnlySpan<char> text, Span<(int Start, int Length)> tokens, int root, int end)
    {
        while (true)
        {
            var child = (2 * root) + 1;
            if (child >= end)
            {
                return;
            }

            if (child + 1 < end && Compare(text, tokens[child + 1], text, tokens[child]) > 0)
            {
                child++;
            }

            if (Compare(text, tokens[root], text, tokens[child]) >= 0)
            {
                return;
            }

            (tokens[root], tokens[child]) = (tokens[child], tokens[root]);
            root = child;
        }
    }
}
