namespace CorpusDiff.Similarity;

/// <summary>
/// The Sørensen–Dice coefficient of the two strings' k-shingle sets, 2 |A ∩ B| / (|A| + |B|)
/// (F23.StringSimilarity's <c>SorensenDice</c>): like <see cref="Jaccard"/> but weighs shared shingles more.
/// Default k = 3.
/// </summary>
/// <remarks>
/// <para>
/// Similarity in [0, 1]; distance = 1 − similarity, which does not satisfy the triangle inequality. Symmetric. Two
/// empty strings have similarity 1. A non-empty string shorter than k after white-space collapsing is equal only to
/// the same short string (similarity 1, otherwise 0), where F23 returned NaN for two different short strings. See
/// <see cref="ShingleProfile"/> for precomputed profiles and hash collisions. Thread-safe.
/// </para>
/// </remarks>
public sealed class SorensenDice : ShingleSimilarity
{
    /// <summary>Initializes the measure with k = 3.</summary>
    public SorensenDice()
        : base(DefaultK)
    {
    }

    /// <summary>Initializes the measure with shingles of length <paramref name="k"/>.</summary>
    /// <param name="k">The shingle length; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    public SorensenDice(int k)
        : base(k)
    {
    }

    /// <inheritdoc/>
    private protected override double Score(scoped ShingleView a, scoped ShingleView b, double scoreCutoff) =>
        ShingleMath.SorensenDice(a, b, scoreCutoff);
}
