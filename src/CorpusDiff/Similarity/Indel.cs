namespace CorpusDiff.Similarity;

/// <summary>
/// The Indel distance: the minimum number of insertions and deletions (no substitutions) that turn one string into
/// the other, <c>|s1| + |s2| − 2·|LCS|</c> (RapidFuzz's <c>Indel</c>). A metric. Its normalized similarity
/// <c>1 − distance / (|s1| + |s2|)</c> is the ratio behind <see cref="Fuzz.Ratio(string, string, double)"/>.
/// </summary>
/// <remarks>
/// Bit-parallel LCS (one 64-bit word per 64 characters of the shorter string) with the common prefix and suffix
/// stripped; with a cutoff only the diagonal band that can still meet it is computed. No heap allocation per call for
/// strings up to a few thousand characters. For one pattern against many candidates use <see cref="For(string)"/>.
/// Works on UTF-16 code units.
/// </remarks>
public sealed partial class Indel : IMetricStringDistance
{
    /// <summary>Returns the Indel distance.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The number of insertions and deletions, from 0 (equal) to <c>|s1| + |s2|</c>.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Compute(Arguments.Text(s1), Arguments.Text(s2), int.MaxValue);

    /// <summary>Returns the Indel distance.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The number of insertions and deletions, from 0 (equal) to <c>|s1| + |s2|</c>.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Compute(s1, s2, int.MaxValue);

    /// <summary>Returns the normalized Indel distance <c>distance / (|s1| + |s2|)</c>; 0 for two empty strings.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The normalized distance in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double NormalizedDistance(string s1, string s2) => NormalizedDistance(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the normalized Indel distance <c>distance / (|s1| + |s2|)</c>; 0 for two empty texts.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The normalized distance in [0, 1].</returns>
    public double NormalizedDistance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        var total = s1.Length + s2.Length;
        return total == 0 ? 0 : (double)Compute(s1, s2, int.MaxValue) / total;
    }

    /// <summary>
    /// Returns the normalized Indel similarity <c>1 − distance / (|s1| + |s2|)</c> (= <c>2·|LCS| / (|s1| + |s2|)</c>),
    /// or 0 when it is below <paramref name="scoreCutoff"/>; 1 for two empty strings.
    /// </summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <param name="scoreCutoff">The smallest similarity of interest, in [0, 1]; a higher cutoff stops earlier.</param>
    /// <returns>The similarity in [0, 1], or 0 below the cutoff.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 1].</exception>
    public double NormalizedSimilarity(string s1, string s2, double scoreCutoff = 0) => NormalizedSimilarity(Arguments.Text(s1), Arguments.Text(s2), scoreCutoff);

    /// <summary>
    /// Returns the normalized Indel similarity <c>1 − distance / (|s1| + |s2|)</c>, or 0 when it is below
    /// <paramref name="scoreCutoff"/>; 1 for two empty texts.
    /// </summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="scoreCutoff">The smallest similarity of interest, in [0, 1]; a higher cutoff stops earlier.</param>
    /// <returns>The similarity in [0, 1], or 0 below the cutoff.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 1].</exception>
    public double NormalizedSimilarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff = 0)
    {
        Cutoffs.ValidateUnit(scoreCutoff, nameof(scoreCutoff));
        return Similarity(s1, s2, scoreCutoff);
    }

    /// <summary>Precomputes a pattern's bit masks once for Indel comparisons with many candidates.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>An immutable, thread-safe cached pattern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public static CachedIndel For(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new CachedIndel(pattern);
    }

    /// <summary>Computes the similarity with a validated cutoff.</summary>
    internal static double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff)
    {
        var total = s1.Length + s2.Length;
        if (total == 0)
        {
            return 1;
        }

        var max = Cutoffs.MaxDistance(scoreCutoff, total);
        return Cutoffs.Similarity(Compute(s1, s2, max), max, total, scoreCutoff);
    }

    /// <summary>Computes the distance if at most <paramref name="max"/>, otherwise returns <c>max + 1</c>.</summary>
    internal static int Compute(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int max)
    {
        var total = s1.Length + s2.Length;
        var lcs = LongestCommonSubsequence.Compute(s1, s2, MinLcs(total, max));
        var distance = total - (2 * lcs);
        return distance <= max ? distance : Levenshtein.Exceeded(max);
    }

    /// <summary>Computes the distance of a compiled pattern and a text if at most <paramref name="max"/>, otherwise <c>max + 1</c>.</summary>
    internal static int Compute(scoped in PatternMasks pattern, ReadOnlySpan<char> text, int max)
    {
        var total = pattern.Length + text.Length;
        var lcs = LongestCommonSubsequence.Compute(pattern, text, MinLcs(total, max));
        var distance = total - (2 * lcs);
        return distance <= max ? distance : Levenshtein.Exceeded(max);
    }

    /// <summary>Gets the smallest LCS length that keeps the Indel distance at most <paramref name="max"/>.</summary>
    internal static int MinLcs(int total, int max) => max >= total ? 0 : (total - max + 1) / 2;
}
