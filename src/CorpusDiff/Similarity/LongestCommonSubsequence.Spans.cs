namespace CorpusDiff.Similarity;

/// <content>The distance and LCS length over sequences of any equatable element.</content>
public sealed partial class LongestCommonSubsequence : ISpanDistance, ISequenceMeasure
{
    /// <summary>Returns the LCS distance <c>|s1| + |s2| − 2·|LCS|</c> of two sequences of any equatable element (F23's generic overload).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The distance, from 0 (equal) to <c>|s1| + |s2|</c>.</returns>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T> => s1.Length + s2.Length - (2 * Compute(s1, s2, 0));

    /// <summary>Returns the length of the longest common subsequence of two sequences of any equatable element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The LCS length, from 0 to the shorter length.</returns>
    public int Length<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T> => Compute(s1, s2, 0);

    /// <summary>Computes the LCS length of two sequences; below <paramref name="minimum"/> any smaller value may be returned.</summary>
    internal static int Compute<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int minimum)
        where T : IEquatable<T> => ElementAlphabet.Measure<T, LongestCommonSubsequence>(s1, s2, minimum);

    /// <inheritdoc/>
    static int ISequenceMeasure.Run(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int bound) => Compute(s1, s2, bound);

    /// <inheritdoc/>
    /// <remarks>The plain LCS needs no bound: it is exact.</remarks>
    static int ISequenceMeasure.Fallback<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int bound) => PlainSequenceMeasures.LongestCommonSubsequence(s1, s2);
}
