namespace CorpusDiff.Similarity;

/// <content>The normalized distance and similarity over sequences of any equatable element.</content>
public sealed partial class NormalizedLevenshtein : INormalizedSpanDistance, INormalizedSpanSimilarity
{
    /// <summary>Returns <c>Levenshtein(s1, s2) / max(|s1|, |s2|)</c> for sequences of any equatable element; 0 for two empty sequences.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The distance in [0, 1].</returns>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var longest = Math.Max(s1.Length, s2.Length);
        return longest == 0 ? 0 : (double)Levenshtein.Compute(s1, s2, int.MaxValue) / longest;
    }

    /// <summary>Returns <c>1 − Distance(s1, s2)</c> for sequences of any equatable element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The similarity in [0, 1].</returns>
    public double Similarity<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T> => 1 - Distance(s1, s2);
}
