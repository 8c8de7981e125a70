namespace CorpusDiff.Similarity;

/// <summary>
/// A pattern prepared once for Levenshtein comparisons with many candidates (see <see cref="Levenshtein.For"/>).
/// Immutable and thread-safe; comparisons allocate nothing.
/// </summary>
/// <remarks>
/// Cutoffs follow RapidFuzz: a distance above <c>scoreCutoff</c> is reported as <c>scoreCutoff + 1</c>, a similarity
/// below its cutoff as 0, and the computation stops as soon as the outcome is certain.
/// </remarks>
public sealed class CachedLevenshtein
{
    private readonly CompiledPattern pattern;

    internal CachedLevenshtein(string pattern) => this.pattern = new CompiledPattern(pattern);

    /// <summary>Gets the pattern.</summary>
    public string Pattern => pattern.Text;

    /// <summary>Returns the Levenshtein distance between the pattern and a candidate.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The number of edits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    public int Distance(string candidate) => Distance(Arguments.Text(candidate), int.MaxValue);

    /// <summary>Returns the Levenshtein distance, or <c>scoreCutoff + 1</c> as soon as it is certainly above the cutoff.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="scoreCutoff">The largest distance of interest (≥ 0).</param>
    /// <returns>The distance if at most <paramref name="scoreCutoff"/>, otherwise <c>scoreCutoff + 1</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is negative.</exception>
    public int Distance(string candidate, int scoreCutoff) => Distance(Arguments.Text(candidate), scoreCutoff);

    /// <summary>Returns the Levenshtein distance between the pattern and a candidate span.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The number of edits.</returns>
    public int Distance(ReadOnlySpan<char> candidate) => Distance(candidate, int.MaxValue);

    /// <summary>Returns the Levenshtein distance, or <c>scoreCutoff + 1</c> as soon as it is certainly above the cutoff.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="scoreCutoff">The largest distance of interest (≥ 0).</param>
    /// <returns>The distance if at most <paramref name="scoreCutoff"/>, otherwise <c>scoreCutoff + 1</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is negative.</exception>
    public int Distance(ReadOnlySpan<char> candidate, int scoreCutoff)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scoreCutoff);
        return Levenshtein.Compute(pattern.View, candidate, scoreCutoff);
    }

    /// <summary>Returns the normalized similarity <c>1 − distance / max(|pattern|, |candidate|)</c>, or 0 below the cutoff.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="scoreCutoff">The smallest similarity of interest, in [0, 1]; 0 keeps every result.</param>
    /// <returns>The similarity in [0, 1] (1 for two empty strings), or 0 when below <paramref name="scoreCutoff"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 1].</exception>
    public double NormalizedSimilarity(string candidate, double scoreCutoff = 0) => NormalizedSimilarity(Arguments.Text(candidate), scoreCutoff);

    /// <summary>Returns the normalized similarity <c>1 − distance / max(|pattern|, |candidate|)</c>, or 0 below the cutoff.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="scoreCutoff">The smallest similarity of interest, in [0, 1]; 0 keeps every result.</param>
    /// <returns>The similarity in [0, 1] (1 for two empty strings), or 0 when below <paramref name="scoreCutoff"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 1].</exception>
    public double NormalizedSimilarity(ReadOnlySpan<char> candidate, double scoreCutoff = 0)
    {
        Cutoffs.ValidateUnit(scoreCutoff, nameof(scoreCutoff));
        var longest = Math.Max(pattern.Length, candidate.Length);
        if (longest == 0)
        {
            return 1;
        }

        var max = Cutoffs.MaxDistance(scoreCutoff, longest);
        var distance = Levenshtein.Compute(pattern.View, candidate, max);
        return Cutoffs.Similarity(distance, max, longest, scoreCutoff);
    }
}
