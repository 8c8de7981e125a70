namespace CorpusDiff.Similarity;

/// <summary>
/// A shingle profile as spans: sorted distinct hashes with their counts, or, for a non-empty text shorter than k
/// after whitespace collapsing, that short text (its one pseudo-shingle, which matches only the identical text).
/// </summary>
internal readonly ref struct ShingleView
{
    /// <summary>Initializes a view.</summary>
    /// <param name="hashes">Distinct shingle hashes, ascending.</param>
    /// <param name="counts">The count of each hash.</param>
    /// <param name="total">The sum of <paramref name="counts"/>.</param>
    /// <param name="sumOfSquares">The sum of the squared counts.</param>
    /// <param name="shortText">The collapsed text when it is non-empty and shorter than k; empty otherwise.</param>
    public ShingleView(ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> counts, long total, long sumOfSquares, ReadOnlySpan<char> shortText)
    {
        Hashes = hashes;
        Counts = counts;
        Total = total;
        SumOfSquares = sumOfSquares;
        ShortText = shortText;
    }

    /// <summary>Gets the distinct shingle hashes, ascending.</summary>
    public ReadOnlySpan<ulong> Hashes { get; }

    /// <summary>Gets the count of each hash.</summary>
    public ReadOnlySpan<int> Counts { get; }

    /// <summary>Gets the number of shingles, with repetitions.</summary>
    public long Total { get; }

    /// <summary>Gets the sum of the squared counts (the squared Euclidean norm of the profile).</summary>
    public long SumOfSquares { get; }

    /// <summary>Gets the collapsed text when it is non-empty and shorter than k.</summary>
    public ReadOnlySpan<char> ShortText { get; }

    /// <summary>Gets whether the text is non-empty but shorter than k, so it is one pseudo-shingle.</summary>
    public bool IsShort => ShortText.Length > 0;

    /// <summary>Gets whether the text is empty.</summary>
    public bool IsEmpty => ShortText.Length == 0 && Hashes.Length == 0;
}
