namespace CorpusDiff.Similarity;

/// <content>The distance and normalized forms over sequences of any equatable element (word-level Indel on token ids).</content>
public sealed partial class Indel : IMetricSpanDistance
{
    /// <summary>
    /// Returns the Indel distance between two sequences of any equatable element. On token-id arrays this is the
    /// word-level Indel distance, computed with the same bit-parallel LCS as characters.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The number of insertions and deletions, from 0 (equal) to <c>|s1| + |s2|</c>.</returns>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T> => Compute(s1, s2, int.MaxValue);

    /// <summary>Returns the normalized Indel distance <c>distance / (|s1| + |s2|)</c> of two sequences; 0 for two empty sequences.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The normalized distance in [0, 1].</returns>
    public double NormalizedDistance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var total = s1.Length + s2.Length;
        return total == 0 ? 0 : (double)Compute(s1, s2, int.MaxValue) / total;
    }

    /// <summary>
    /// Returns the normalized Indel similarity <c>1 − distance / (|s1| + |s2|)</c> of two sequences, or 0 when it is
    /// below <paramref name="scoreCutoff"/>; 1 for two empty sequences.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <param name="scoreCutoff">The smallest similarity of interest, in [0, 1]; a higher cutoff stops earlier.</param>
    /// <returns>The similarity in [0, 1], or 0 below the cutoff.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is outside [0, 1].</exception>
    public double NormalizedSimilarity<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, double scoreCutoff = 0)
        where T : IEquatable<T>
    {
        Cutoffs.ValidateUnit(scoreCutoff, nameof(scoreCutoff));
        var total = s1.Length + s2.Length;
        if (total == 0)
        {
            return 1;
        }

        var max = Cutoffs.MaxDistance(scoreCutoff, total);
        return Cutoffs.Similarity(Compute(s1, s2, max), max, total, scoreCutoff);
    }

    /// <summary>Computes the distance if at most <paramref name="max"/>, otherwise returns <c>max + 1</c>.</summary>
    internal static int Compute<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int max)
        where T : IEquatable<T>
    {
        var total = s1.Length + s2.Length;
        var lcs = LongestCommonSubsequence.Compute(s1, s2, MinLcs(total, max));
        var distance = total - (2 * lcs);
        return distance <= max ? distance : Levenshtein.Exceeded(max);
    }
}
