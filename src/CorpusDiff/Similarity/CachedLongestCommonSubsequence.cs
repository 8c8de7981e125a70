namespace CorpusDiff.Similarity;

/// <summary>
/// A pattern prepared once for LCS comparisons with many candidates (see <see cref="LongestCommonSubsequence.For"/>).
/// Immutable and thread-safe; comparisons allocate nothing.
/// </summary>
public sealed class CachedLongestCommonSubsequence
{
    private readonly CompiledPattern pattern;

    internal CachedLongestCommonSubsequence(string pattern) => this.pattern = new CompiledPattern(pattern);

    /// <summary>Gets the pattern.</summary>
    public string Pattern => pattern.Text;

    /// <summary>Returns the LCS length of the pattern and a candidate.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The LCS length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    public int Length(string candidate) => Length(Arguments.Text(candidate), 0);

    /// <summary>
    /// Returns the LCS length of the pattern and a candidate, or 0 when it is below <paramref name="scoreCutoff"/>
    /// (only the band that can still reach the cutoff is computed).
    /// </summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="scoreCutoff">The smallest length of interest (≥ 0).</param>
    /// <returns>The LCS length, or 0 below the cutoff.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is negative.</exception>
    public int Length(ReadOnlySpan<char> candidate, int scoreCutoff = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scoreCutoff);
        var length = LongestCommonSubsequence.Compute(pattern.View, candidate, scoreCutoff);
        return length >= scoreCutoff ? length : 0;
    }

    /// <summary>Returns the LCS distance <c>|pattern| + |candidate| − 2·|LCS|</c>.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The distance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    public int Distance(string candidate) => Distance(Arguments.Text(candidate));

    /// <summary>Returns the LCS distance <c>|pattern| + |candidate| − 2·|LCS|</c>.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The distance.</returns>
    public int Distance(ReadOnlySpan<char> candidate) => pattern.Length + candidate.Length - (2 * Length(candidate, 0));
}
