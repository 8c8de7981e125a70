namespace CorpusDiff.Similarity;

/// <content>The distance over sequences of any equatable element.</content>
public sealed partial class MetricLCS : IMetricSpanDistance, INormalizedSpanDistance
{
    /// <summary>Returns <c>1 − |LCS(s1, s2)| / max(|s1|, |s2|)</c> for sequences of any equatable element (F23's generic overload); 0 for two empty sequences.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The distance in [0, 1].</returns>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var longest = Math.Max(s1.Length, s2.Length);
        return longest == 0 ? 0 : 1 - ((double)LongestCommonSubsequence.Compute(s1, s2, 0) / longest);
    }
}
