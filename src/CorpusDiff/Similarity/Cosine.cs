namespace CorpusDiff.Similarity;

/// <summary>
/// The cosine similarity of the two strings' k-shingle count vectors (F23.StringSimilarity's <c>Cosine</c>): like
/// <see cref="Jaccard"/> but repeated shingles count, and long texts are not penalized for their length.
/// Default k = 3.
/// </summary>
/// <remarks>
/// <para>
/// Similarity in [0, 1]; distance = 1 − similarity, which is not a metric. Symmetric. Two empty strings have
/// similarity 1. A non-empty string shorter than k after white-space collapsing is equal only to the same short
/// string (similarity 1, otherwise 0); F23 decided this on the raw length and returned NaN when white-space
/// collapsing left no shingle. See <see cref="ShingleProfile"/> for precomputed profiles and hash collisions.
/// Thread-safe.
/// </para>
/// </remarks>
public sealed class Cosine : ShingleSimilarity
{
    /// <summary>Initializes the measure with k = 3.</summary>
    public Cosine()
        : base(DefaultK)
    {
    }

    /// <summary>Initializes the measure with shingles of length <paramref name="k"/>.</summary>
    /// <param name="k">The shingle length; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    public Cosine(int k)
        : base(k)
    {
    }

    /// <inheritdoc/>
    private protected override double Score(scoped ShingleView a, scoped ShingleView b, double scoreCutoff) =>
        ShingleMath.Cosine(a, b, scoreCutoff);
}
