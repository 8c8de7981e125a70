using System.Buffers;
using System.Numerics;
using CorpusDiff.Text;

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

    /// <summary>The 32-bit word hashes in order, kept only when the codes fold (they then no longer name one word each).</summary>
    private readonly uint[]? foldedWords;

    private TokenSequence(char[] codes, uint[] vocabulary, uint[]? foldedWords)
    {
        this.codes = codes;
        this.vocabulary = vocabulary;
        this.foldedWords = foldedWords;
    }

    /// <summary>Gets the number of words.</summary>
    public int Length => codes.Length;

    /// <summary>Builds the sequence from each word's 64-bit hash, in order.</summary>
    /// <param name="wordHashes">The word hashes.</param>
    /// <returns>The sequence.</returns>
    public static TokenSequence From(ReadOnlySpan<ulong> wordHashes)
    {
        // Each word's first appearance gets a provisional id from an open-addressing table of its 32-bit hash; only the
        // distinct words are then sorted (a report has about half as many as words) to give the sorted vocabulary and
        // each provisional id's rank in it.
        var n = wordHashes.Length;
        var slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * n));
        var mask = slots - 1;
        var table = ArrayPool<int>.Shared.Rent(slots);
        var provisional = ArrayPool<int>.Shared.Rent(Math.Max(1, n));
        var firstSeen = ArrayPool<uint>.Shared.Rent(Math.Max(1, n));
        ulong[]? keys = null;
        try
        {
            Array.Clear(table, 0, slots);
            var distinct = 0;
            for (var i = 0; i < n; i++)
            {
                var word = (uint)(wordHashes[i] >> 32);
                var slot = (int)(word & (uint)mask);
                int id;
                while (true)
                {
                    var held = table[slot];
                    if (held == 0)
                    {
                        id = distinct++;
                        firstSeen[id] = word;
                        table[slot] = id + 1;
                        break;
                    }

                    if (firstSeen[held - 1] == word)
                    {
                        id = held - 1;
                        break;
                    }

                    slot = (slot + 1) & mask;
                }

                provisional[i] = id;
            }

            keys = ArrayPool<ulong>.Shared.Rent(Math.Max(1, distinct));
            var sorted = keys.AsSpan(0, distinct);
            for (var d = 0; d < distinct; d++)
            {
                sorted[d] = ((ulong)firstSeen[d] << 32) | (uint)d;
            }

            // The high halves (the words) are distinct, so their order is the keys' order.
            RadixSort.SortByHigh(sorted);

            // The table is free now: it maps provisional ids to ranks.
            var vocabulary = new uint[distinct];
            for (var r = 0; r < distinct; r++)
            {
                vocabulary[r] = (uint)(sorted[r] >> 32);
                table[(int)(uint)sorted[r]] = r;
            }

            var codes = new char[n];
            for (var i = 0; i < n; i++)
            {
                codes[i] = (char)(table[provisional[i]] % MaxCodes);
            }

            uint[]? folded = null;
            if (distinct > MaxCodes)
            {
                folded = new uint[n];
                for (var i = 0; i < n; i++)
                {
                    folded[i] = (uint)(wordHashes[i] >> 32);
                }
            }

            return new TokenSequence(codes, vocabulary, folded);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
            ArrayPool<int>.Shared.Return(provisional);
            ArrayPool<uint>.Shared.Return(firstSeen);
            if (keys is not null)
            {
                ArrayPool<ulong>.Shared.Return(keys);
            }
        }
    }

    /// <summary>Returns whether both sequences hold the same words in the same order.</summary>
    /// <param name="other">The other sequence.</param>
    /// <returns><see langword="true"/> when the words are the same.</returns>
    public bool SameWords(TokenSequence other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return codes.AsSpan().SequenceEqual(other.codes) && vocabulary.AsSpan().SequenceEqual(other.vocabulary);
    }

    /// <summary>
    /// Writes the sorted distinct 32-bit keys of the word <paramref name="k"/>-shingles (all the words as one shingle when
    /// there are fewer than k), so shingle-set scores can be computed from the words without keeping the set. The keys
    /// are a hash of the words' 32-bit hashes: the same shingles as <see cref="Shingler"/>'s, under another hash.
    /// </summary>
    /// <param name="k">The shingle length in words.</param>
    /// <param name="destination">At least <see cref="ShingleCapacity"/> elements.</param>
    /// <returns>The number of keys written.</returns>
    public int ShingleKeys(int k, Span<uint> destination)
    {
        var n = codes.Length;
        if (n == 0)
        {
            return 0;
        }

        k = Math.Min(k, n);
        var count = n - k + 1;
        for (var i = 0; i < count; i++)
        {
            var h = (ulong)k;
            for (var j = 0; j < k; j++)
            {
                var word = foldedWords is null ? vocabulary[codes[i + j]] : foldedWords[i + j];
                h = (h ^ word) * 0x9E3779B97F4A7C15UL;
                h = (h << 29) | (h >> 35);
            }

            destination[i] = (uint)(XxHash64.Mix(h) >> 32);
        }

        var keys = destination[..count];
        RadixSort.Sort(keys);
        var m = 0;
        for (var i = 0; i < count; i++)
        {
            if (m == 0 || keys[m - 1] != keys[i])
            {
                keys[m++] = keys[i];
            }
        }

        return m;
    }

    /// <summary>Gets the buffer length <see cref="ShingleKeys"/> needs.</summary>
    public int ShingleCapacity => Math.Max(1, codes.Length);

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
