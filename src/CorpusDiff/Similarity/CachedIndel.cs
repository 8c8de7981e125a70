namespace CorpusDiff.Similarity;

/// <summary>
/// A pattern prepared once for Indel comparisons with many candidates (see <see cref="Indel.For"/>).
/// Immutable and thread-safe; comparisons allocate nothing.
/// </summary>
/// <remarks>
/// Cutoffs follow RapidFuzz: a distance above <c>scoreCutoff</c> is reported as <c>scoreCutoff + 1</c>, a similarity
/// below its cutoff as 0, and only the part of the computation that can still meet the cutoff is done.
/// </remarks>
public sealed class CachedIndel
{
    private readonly CompiledPattern pattern;

    internal CachedIndel(string pattern) => this.pattern = new CompiledPattern(pattern);

    /// <summary>Gets the pattern.</summary>
    public string Pattern => pattern.Text;

    /// <summary>Returns the Indel distance between the pattern and a candidate.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The number of insertions and deletions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    public int Distance(string candidate) => Distance(Arguments.Text(candidate), int.MaxValue);

    /// <summary>Returns the Indel distance between the pattern and a candidate span.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The number of insertions and deletions.</returns>
    public int Distance(ReadOnlySpan<char> candidate) => Distance(candidate, int.MaxValue);

    /// <summary>Returns the Indel distance, or <c>scoreCutoff + 1</c> when it is above the cutoff.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="scoreCutoff">The largest distance of interest (≥ 0).</param>
    /// <returns>The distance if at most <paramref name="scoreCutoff"/>, otherwise <c>scoreCutoff + 1</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is negative.</exception>
    public int Distance(ReadOnlySpan<char> candidate, int scoreCutoff)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scoreCutoff);
        return Indel.Compute(pattern.View, candidate, scoreCutoff);
    }

    /// <summary>Returns the normalized similarity <c>1 − distance / (|pattern| + |candidate|)</c>, or 0 below the cutoff.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="scoreCutoff">The smallest similarity of interest, in [0, 1].</param>
    /// <returns>The similarity in [0, 1] (1 for two empty strings), or 0 below the cutoff.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 1].</exception>
    public double NormalizedSimilarity(string candidate, double scoreCutoff = 0) => NormalizedSimilarity(Arguments.Text(candidate), scoreCutoff);

    /// <summary>Returns the normalized similarity <c>1 − distance / (|pattern| + |candidate|)</c>, or 0 below the cutoff.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="scoreCutoff">The smallest similarity of interest, in [0, 1].</param>
    /// <returns>The similarity in [0, 1] (1 for two empty strings), or 0 below the cutoff.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 1].</exception>
    public double NormalizedSimilarity(ReadOnlySpan<char> candidate, double scoreCutoff = 0)
    {
        Cutoffs.ValidateUnit(scoreCutoff, nameof(scoreCutoff));
        return Similarity(candidate, scoreCutoff);
    }

    /// <summary>Gets whether the pattern contains a character (used to skip hopeless windows in partial ratios).</summary>
    internal bool Contains(char c) => pattern.Contains(c);

    /// <summary>Computes the similarity with a validated cutoff.</summary>
    internal double Similarity(ReadOnlySpan<char> candidate, double scoreCutoff)
    {
        var total = pattern.Length + candidate.Length;
        if (total == 0)
        {
            return 1;
        }

        var max = Cutoffs.MaxDistance(scoreCutoff, total);
        return Cutoffs.Similarity(Indel.Compute(pattern.View, candidate, max), max, total, scoreCutoff);
    }
}
