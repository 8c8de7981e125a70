namespace CorpusDiff.Similarity;

/// <summary>
/// The Jaro similarity (Jaro 1989): the share of characters that match within a window of
/// <c>max(0, ⌊max(|s1|, |s2|) / 2⌋ − 1)</c> positions, corrected for matches that appear in a different order.
/// Computed bit-parallel. Use <see cref="JaroWinkler"/> to favour strings sharing a prefix.
/// </summary>
/// <remarks>
/// <c>jaro = (m / |s1| + m / |s2| + (m − t) / m) / 3</c> with <c>m</c> matched characters and <c>t</c> half the
/// number of matched characters out of order, rounded down (as in Winkler's strcmp95, F23 and RapidFuzz).
/// Two empty strings have similarity 1; an empty and a non-empty string 0. Symmetric; not a metric.
/// Compares UTF-16 code units. Thread-safe.
/// </remarks>
public sealed partial class Jaro : INormalizedStringSimilarity, INormalizedStringDistance
{
    /// <summary>Returns the Jaro similarity.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal strings.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Similarity(string s1, string s2) => JaroMatcher.Similarity(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the Jaro similarity.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal texts.</returns>
    public double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => JaroMatcher.Similarity(s1, s2);

    /// <summary>Returns the Jaro similarity, or 0 when it is below a cutoff (cheaper: lengths alone can rule a pair out).</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="scoreCutoff">The lowest similarity of interest, in [0, 1].</param>
    /// <returns>The similarity when at least <paramref name="scoreCutoff"/>, otherwise 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is not in [0, 1].</exception>
    public double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff)
    {
        ScoreCutoff.Validate(scoreCutoff);
        if (JaroMatcher.UpperBound(s1, s2, null) < scoreCutoff)
        {
            return 0.0;
        }

        var similarity = JaroMatcher.Similarity(s1, s2);
        return similarity >= scoreCutoff ? similarity : 0.0;
    }

    /// <summary>Returns 1 − the Jaro similarity.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance in [0, 1]; 0 for equal strings.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => 1.0 - Similarity(s1, s2);

    /// <summary>Returns 1 − the Jaro similarity.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance in [0, 1]; 0 for equal texts.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => 1.0 - Similarity(s1, s2);

    /// <summary>Prepares a pattern once for comparing it with many candidates.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The prepared pattern; immutable and thread-safe.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public static JaroPattern For(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new JaroPattern(pattern, null);
    }
}
