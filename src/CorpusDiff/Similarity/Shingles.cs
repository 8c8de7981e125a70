namespace CorpusDiff.Similarity;

/// <summary>Text preparation shared by the shingle profiles.</summary>
internal static class Shingles
{
    /// <summary>
    /// Copies a text with every run of white space replaced by one space (U+0020), as F23's <c>\s+</c> → <c>" "</c>:
    /// white space is <see cref="char.IsWhiteSpace(char)"/>, the same set as .NET's regular-expression <c>\s</c>.
    /// Leading and trailing runs become one space too; nothing is trimmed.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="destination">At least <c>text.Length</c> long.</param>
    /// <returns>The collapsed length.</returns>
    public static int CollapseWhitespace(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var inRun = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inRun)
                {
                    destination[length++] = ' ';
                    inRun = true;
                }
            }
            else
            {
                destination[length++] = c;
                inRun = false;
            }
        }

        return length;
    }

    /// <summary>Sorts hashes and folds equal ones into (hash, count) pairs at the front of the spans.</summary>
    /// <param name="hashes">The hashes; on return, the first <c>distinct</c> entries are the distinct hashes, ascending.</param>
    /// <param name="counts">Receives the counts; as long as <paramref name="hashes"/>.</param>
    /// <param name="sumOfSquares">The sum of the squared counts.</param>
    /// <returns>The number of distinct hashes.</returns>
    public static int SortAndCount(Span<ulong> hashes, Span<int> counts, out long sumOfSquares)
    {
        hashes.Sort();
        var distinct = 0;
        sumOfSquares = 0;
        var i = 0;
        while (i < hashes.Length)
        {
            var hash = hashes[i];
            var run = 1;
            while (i + run < hashes.Length && hashes[i + run] == hash)
            {
                run++;
            }

            hashes[distinct] = hash;
            counts[distinct] = run;
            sumOfSquares += (long)run * run;
            distinct++;
            i += run;
        }

        return distinct;
    }
}
