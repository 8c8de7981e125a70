using System.Buffers;

namespace CorpusDiff.Dedup;

/// <summary>
/// A document's words as a compact sequence for word-level edit measures: each word is a code (its rank among the
/// document's distinct 32-bit word hashes), stored as a <see langword="char"/> so the bit-parallel character LCS of the
/// similarity suite runs over words unchanged. About 2 bytes a word plus 4 bytes a distinct word.
/// </summary>
internal sealed class TokenSequence
{
    /// <summary>The largest number of distinct codes; a longer vocabulary folds (only ever over-counts matches, by hash collision).</summary>
    private const int MaxCodes = char.MaxValue;

    private readonly char[] codes;
    private readonly uint[] vocabulary;

    private TokenSequence(char[] codes, uint[] vocabulary)
    {
        this.codes = codes;
        this.vocabulary = vocabulary;
    }

    /// <summary>Gets the number of words.</summary>
    public int Length => codes.Length;

    /// <summary>Builds the sequence from each word's 64-bit hash, in order.</summary>
    /// <param name="wordHashes">The word hashes.</param>
    /// <returns>The sequence.</returns>
    public static TokenSequence From(ReadOnlySpan<ulong> wordHashes)
    {
        var words = new uint[wordHashes.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = (uint)(wordHashes[i] >> 32);
        }

        var vocabulary = words.ToArray();
        Array.Sort(vocabulary);
        var n = 0;
        foreach (var w in vocabulary)
        {
            if (n == 0 || vocabulary[n - 1] != w)
            {
                vocabulary[n++] = w;
            }
        }

        Array.Resize(ref vocabulary, n);
        var codes = new char[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            codes[i] = (char)(Array.BinarySearch(vocabulary, words[i]) % MaxCodes);
        }

        return new TokenSequence(codes, vocabulary);
    }

    /// <summary>
    /// Returns the length of the longest common subsequence of words, or any value below <paramref name="cutoff"/>
    /// when it is certainly below it.
    /// </summary>
    /// <param name="other">The other sequence.</param>
    /// <param name="cutoff">The smallest length of interest (0 for the exact length).</param>
    /// <returns>The LCS length in words.</returns>
    public int LongestCommonSubsequence(TokenSequence other, int cutoff)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Length == 0 || other.Length == 0 || cutoff > Math.Min(Length, other.Length))
        {
            return 0;
        }

        // Re-code the other sequence in this one's alphabet: words this document lacks all become one code it never
        // uses, which matches nothing, so the LCS is unchanged.
        var unknown = (char)Math.Min(vocabulary.Length, MaxCodes);
        char[]? rentedMap = null;
        char[]? rentedText = null;
        try
        {
            var map = other.vocabulary.Length <= 512
                ? stackalloc char[other.vocabulary.Length]
                : (rentedMap = ArrayPool<char>.Shared.Rent(other.vocabulary.Length)).AsSpan(0, other.vocabulary.Length);
            int i = 0, j = 0;
            while (j < other.vocabulary.Length)
            {
                if (i < vocabulary.Length && vocabulary[i] < other.vocabulary[j])
                {
                    i++;
                }
                else if (i < vocabulary.Length && vocabulary[i] == other.vocabulary[j])
                {
                    map[j++] = (char)(i++ % MaxCodes);
                }
                else
                {
                    map[j++] = unknown;
                }
            }

            var text = other.codes.Length <= 1024
                ? stackalloc char[other.codes.Length]
                : (rentedText = ArrayPool<char>.Shared.Rent(other.codes.Length)).AsSpan(0, other.codes.Length);
            for (var k = 0; k < text.Length; k++)
            {
                text[k] = map[other.codes[k]];
            }

            return Similarity.LongestCommonSubsequence.Compute(codes, text, cutoff);
        }
        finally
        {
            if (rentedMap is not null)
            {
                ArrayPool<char>.Shared.Return(rentedMap);
            }

            if (rentedText is not null)
            {
                ArrayPool<char>.Shared.Return(rentedText);
            }
        }
    }
}
