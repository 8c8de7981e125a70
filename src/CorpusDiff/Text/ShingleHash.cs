namespace CorpusDiff.Text;

/// <summary>
/// The one shingle hasher: character k-shingles and word k-shingles, as stable 64-bit hashes (same values on every
/// machine and run). Character shingles of up to four UTF-16 code units are packed into 64 bits
/// and passed through a bijective mixer, so distinct shingles never collide; longer shingles use xxHash64 (the same
/// in-house <see cref="XxHash64"/> deduplication uses, over the UTF-16 code units) with a fixed seed (collisions are
/// possible but have probability about 2⁻⁶⁴ per pair).
/// </summary>
internal static class ShingleHash
{
    private const ulong CombinePrime = 0x9E3779B97F4A7C15UL;

    /// <summary>The fixed seed: hashes are stable across processes and machines.</summary>
    public const ulong Seed = 0x2545F4914F6CDD1DUL;

    /// <summary>Writes the hash of every k-shingle of a text (already whitespace-collapsed), in text order.</summary>
    /// <param name="text">The collapsed text; at least <paramref name="k"/> long.</param>
    /// <param name="k">The shingle length.</param>
    /// <param name="destination">Receives <c>text.Length − k + 1</c> hashes.</param>
    public static void HashAll(ReadOnlySpan<char> text, int k, Span<ulong> destination)
    {
        var count = text.Length - k + 1;
        if (k <= 4)
        {
            // A rolling window of packed code units: exact, so the mixer keeps distinct shingles distinct.
            var keep = k == 4 ? ulong.MaxValue : (1UL << (16 * k)) - 1;
            ulong packed = 0;
            for (var i = 0; i < k - 1; i++)
            {
                packed = (packed << 16) | text[i];
            }

            for (var i = 0; i < count; i++)
            {
                packed = ((packed << 16) | text[i + k - 1]) & keep;
                destination[i] = XxHash64.Mix(packed ^ Seed);
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            destination[i] = XxHash64.HashChars(text.Slice(i, k), Seed);
        }
    }

    /// <summary>
    /// Returns the sorted, distinct hashes of the word k-shingles over a sequence of word hashes: each shingle's
    /// hash combines its k word hashes in order and is finished with the SplitMix64 mixer.
    /// </summary>
    /// <param name="words">One hash per word, in text order (<see cref="XxHash64.HashChars(ReadOnlySpan{char}, ulong)"/>).</param>
    /// <param name="k">The shingle length in words.</param>
    /// <param name="wholeIfShort">
    /// When fewer than k words: <see langword="true"/> gives one shingle of all the words (short texts still compare),
    /// <see langword="false"/> gives none.
    /// </param>
    public static ulong[] Words(ReadOnlySpan<ulong> words, int k, bool wholeIfShort)
    {
        var result = new ulong[WordCount(words.Length, k, wholeIfShort)];
        WordsInOrder(words, k, result);
        return SortedSets.SortDistinct(result);
    }

    /// <summary>Returns how many word k-shingles <see cref="WordsInOrder"/> writes for <paramref name="words"/> words.</summary>
    /// <param name="words">The number of words.</param>
    /// <param name="k">The shingle length in words.</param>
    /// <param name="wholeIfShort">As for <see cref="Words"/>.</param>
    /// <returns>The number of shingles, repeats included.</returns>
    public static int WordCount(int words, int k, bool wholeIfShort) =>
        words == 0 || (words < k && !wholeIfShort) ? 0 : words - Math.Min(k, words) + 1;

    /// <summary>
    /// Writes the hashes of the word k-shingles in text order, repeats included (<see cref="Words"/> before its sort),
    /// for callers that need no sorted set.
    /// </summary>
    /// <param name="words">One hash per word, in text order.</param>
    /// <param name="k">The shingle length in words.</param>
    /// <param name="destination">Exactly <see cref="WordCount"/> elements.</param>
    public static void WordsInOrder(ReadOnlySpan<ulong> words, int k, Span<ulong> destination)
    {
        if (destination.IsEmpty)
        {
            return;
        }

        k = Math.Min(k, words.Length);
        for (var i = 0; i < destination.Length; i++)
        {
            var h = (ulong)k;
            for (var j = 0; j < k; j++)
            {
                h = (h ^ words[i + j]) * CombinePrime;
                h = (h << 29) | (h >> 35);
            }

            destination[i] = XxHash64.Mix(h);
        }
    }
}
