namespace CorpusDiff.Similarity;

/// <summary>
/// The Jaccard index of the two strings' k-shingle sets, |A ∩ B| / |A ∪ B| (F23.StringSimilarity's <c>Jaccard</c>):
/// how many distinct k-character pieces the texts share, ignoring how often each occurs. Default k = 3.
/// </summary>
/// <remarks>
/// <para>
/// Similarity in [0, 1]; distance = 1 − similarity. The distance is a metric on shingle sets (the triangle inequality
/// holds); on strings it is a pseudo-metric: texts with the same shingle set (for example differing only in white
/// space) are at distance 0. Symmetric. Two empty strings have similarity 1. A non-empty string shorter than k after
/// white-space collapsing is equal only to the same short string (similarity 1, otherwise 0), where F23 returned NaN
/// for two different short strings. See <see cref="ShingleProfile"/> for precomputed profiles and hash collisions.
/// Thread-safe.
/// </para>
/// </remarks>
public sealed class Jaccard : ShingleSimilarity, IMetricStringDistance
{
    /// <summary>Initializes the measure with k = 3.</summary>
    public Jaccard()
        : base(DefaultK)
    {
    }

    /// <summary>Initializes the measure with shingles of length <paramref name="k"/>.</summary>
    /// <param name="k">The shingle length; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    public Jaccard(int k)
        : base(k)
    {
    }

    /// <inheritdoc/>
    private protected override double Score(scoped ShingleView a, scoped ShingleView b, double scoreCutoff) =>
        ShingleMath.Jaccard(a, b, scoreCutoff);
}
