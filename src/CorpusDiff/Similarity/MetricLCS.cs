namespace CorpusDiff.Similarity;

/// <summary>
/// The metric LCS distance of Bakkelund (2009), <c>1 − |LCS(s1, s2)| / max(|s1|, |s2|)</c>
/// (F23.StringSimilarity's <c>MetricLCS</c>, same results): normalized to [0, 1] and, unlike the raw LCS ratio, a
/// metric (it obeys the triangle inequality).
/// </summary>
/// <remarks>Two empty strings are identical (distance 0). Bit-parallel LCS underneath; works on UTF-16 code units.</remarks>
public sealed partial class MetricLCS : IMetricStringDistance, INormalizedStringDistance
{
    /// <summary>Returns the metric LCS distance.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Distance(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the metric LCS distance.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance in [0, 1].</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        var longest = Math.Max(s1.Length, s2.Length);
        return longest == 0 ? 0 : 1 - ((double)LongestCommonSubsequence.Compute(s1, s2, 0) / longest);
    }
}
