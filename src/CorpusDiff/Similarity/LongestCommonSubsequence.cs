namespace CorpusDiff.Similarity;

/// <summary>
/// The longest common subsequence distance <c>|s1| + |s2| − 2·|LCS(s1, s2)|</c>: the number of insertions and
/// deletions (no substitutions) that turn one string into the other (F23.StringSimilarity's
/// <c>LongestCommonSubsequence</c>, same results). <see cref="Length(string, string)"/> gives the LCS length itself.
/// </summary>
/// <remarks>
/// Used by diff tools and by <see cref="MetricLCS"/>. The same quantity is <see cref="Indel"/>, which adds the
/// normalized forms and a cached pattern. Bit-parallel (one 64-bit word per 64 characters of the shorter string),
/// common prefix and suffix counted without computing; no heap allocation per call for strings up to a few thousand
/// characters. Works on UTF-16 code units.
/// </remarks>
public sealed partial class LongestCommonSubsequence : IStringDistance
{
    /// <summary>Returns the LCS distance <c>|s1| + |s2| − 2·|LCS|</c>.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance, from 0 (equal) to <c>|s1| + |s2|</c>.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Distance(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the LCS distance <c>|s1| + |s2| − 2·|LCS|</c>.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance, from 0 (equal) to <c>|s1| + |s2|</c>.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => s1.Length + s2.Length - (2 * Compute(s1, s2, 0));

    /// <summary>Returns the length of the longest common subsequence.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The LCS length, from 0 to the shorter length.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public int Length(string s1, string s2) => Compute(Arguments.Text(s1), Arguments.Text(s2), 0);

    /// <summary>Returns the length of the longest common subsequence.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The LCS length, from 0 to the shorter length.</returns>
    public int Length(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Compute(s1, s2, 0);

    /// <summary>Precomputes a pattern for LCS comparisons with many candidates.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>An immutable, thread-safe cached pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public static CachedLongestCommonSubsequence For(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new CachedLongestCommonSubsequence(pattern);
    }
}
