using System.Buffers;
using CorpusDiff.Text;

namespace CorpusDiff.Similarity;

/// <summary>
/// The k-shingle profile of a text, built once and compared with many others: each shingle (k consecutive UTF-16
/// code units after white-space runs are collapsed to one space) is hashed to 64 bits, and the profile keeps the
/// distinct hashes sorted, with their counts. <see cref="Jaccard"/>, <see cref="Cosine"/>, <see cref="SorensenDice"/>
/// and <see cref="QGram"/> compare two profiles with one linear merge and no allocation.
/// </summary>
/// <remarks>
/// <para>
/// Hash collisions: shingles of at most four code units (k ≤ 4, including the default k = 3) are packed exactly into
/// 64 bits before mixing, so two different shingles never share a hash and every measure is exact. For k &gt; 4 a
/// seeded xxHash64 (over the UTF-16 code units) is used: two different shingles collide with probability about 2⁻⁶⁴, so a pair of
/// 1,500-character paragraphs has roughly a 10⁻¹³ chance of any collision. A collision makes two different shingles
/// count as one, which can only move a similarity by about one shingle's share; it never produces NaN.
/// </para>
/// <para>
/// A non-empty text shorter than k (after collapsing) has no shingles; its profile holds the text itself as one
/// pseudo-shingle, so it is identical only to a profile of the same short text. The empty text has an empty profile;
/// two empty profiles are identical. Hashes are stable across processes and machines for a given library version.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ShingleProfile
{
    private readonly ulong[] hashes;
    private readonly int[] counts;
    private readonly string shortText;

    private ShingleProfile(int k, ulong[] hashes, int[] counts, long total, long sumOfSquares, string shortText)
    {
        K = k;
        this.hashes = hashes;
        this.counts = counts;
        TotalCount = total;
        SumOfSquares = sumOfSquares;
        this.shortText = shortText;
    }

    /// <summary>Gets the shingle length the profile was built with.</summary>
    public int K { get; }

    /// <summary>Gets the number of distinct shingles (0 for a text shorter than k).</summary>
    public int DistinctCount => hashes.Length;

    /// <summary>Gets the number of shingles, with repetitions: <c>collapsed length − k + 1</c>, or 0.</summary>
    public long TotalCount { get; }

    /// <summary>Gets whether the text is non-empty but, after white-space collapsing, shorter than <see cref="K"/>.</summary>
    public bool IsShort => shortText.Length > 0;

    /// <summary>Gets the distinct shingle hashes, ascending (for MinHash-style sketches and custom measures).</summary>
    public ReadOnlySpan<ulong> Hashes => hashes;

    /// <summary>Gets how often each hash in <see cref="Hashes"/> occurs.</summary>
    public ReadOnlySpan<int> Counts => counts;

    /// <summary>Gets the sum of the squared counts.</summary>
    internal long SumOfSquares { get; }

    /// <summary>Gets the profile as spans.</summary>
    internal ShingleView View => new(hashes, counts, TotalCount, SumOfSquares, shortText);

    /// <summary>Builds the profile of a string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="k">The shingle length; 3 by default.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    public static ShingleProfile Create(string text, int k = 3) => Create(Arguments.Text(text), k);

    /// <summary>Builds the profile of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="k">The shingle length; 3 by default.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    public static ShingleProfile Create(ReadOnlySpan<char> text, int k = 3)
    {
        ShingleBased.ValidateK(k);
        if (text.Length == 0)
        {
            return new ShingleProfile(k, [], [], 0, 0, string.Empty);
        }

        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = Shingles.CollapseWhitespace(text, chars);
            if (length < k)
            {
                return new ShingleProfile(k, [], [], 0, 0, new string(chars, 0, length));
            }

            var count = length - k + 1;
            var allHashes = ArrayPool<ulong>.Shared.Rent(count);
            var allCounts = ArrayPool<int>.Shared.Rent(count);
            try
            {
                ShingleHash.HashAll(chars.AsSpan(0, length), k, allHashes.AsSpan(0, count));
                var distinct = Shingles.SortAndCount(allHashes.AsSpan(0, count), allCounts.AsSpan(0, count), out var sumOfSquares);
                return new ShingleProfile(
                    k, allHashes.AsSpan(0, distinct).ToArray(), allCounts.AsSpan(0, distinct).ToArray(), count, sumOfSquares, string.Empty);
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(allHashes);
                ArrayPool<int>.Shared.Return(allCounts);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
