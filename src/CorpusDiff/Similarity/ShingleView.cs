namespace CorpusDiff.Similarity;

/// <summary>
/// A shingle profile as spans: sorted distinct hashes with their counts, or, for a non-empty text shorter than k
/// after whitespace collapsing, that short text (its one pseudo-shingle, which matches only the identical text).
/// </summary>
/// <param name="hashes">Distinct shingle hashes, ascending.</param>
/// <param name="counts">The count of each hash.</param>
/// <param name="total">The sum of <paramref name="counts"/>.</param>
/// <param name="sumOfSquares">The sum of the squared counts.</param>
/// <param name="shortText">The collapsed text when it is non-empty and shorter than k; empty otherwise.</param>
internal readonly ref struct ShingleView(ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> counts, long total, long sumOfSquares, ReadOnlySpan<char> shortText)
{
    /// <summary>Gets the distinct shingle hashes, ascending.</summary>
    public ReadOnlySpan<ulong> Hashes { get; } = hashes;

    /// <summary>Gets the count of each hash.</summary>
    public ReadOnlySpan<int> Counts { get; } = counts;

    /// <summary>Gets the number of shingles, with repetitions.</summary>
    public long Total { get; } = total;

    /// <summary>Gets the sum of the squared counts (the squared Euclidean norm of the profile).</summary>
    public long SumOfSquares { get; } = sumOfSquares;

    /// <summary>Gets the collapsed text when it is non-empty and shorter than k.</summary>
    public ReadOnlySpan<char> ShortText { get; } = shortText;

    /// <summary>Gets whether the text is non-empty but shorter than k, so it is one pseudo-shingle.</summary>
    public bool IsShort => ShortText.Length > 0;

    /// <summary>Gets whether the text is empty.</summary>
    public bool IsEmpty => ShortText.Length == 0 && Hashes.Length == 0;
}
