namespace CorpusDiff.Similarity;

/// <content>The distance and LCS length over sequences of any equatable element.</content>
public sealed partial class LongestCommonSubsequence : ISpanDistance
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
        where T : IEquatable<T>
    {
        var operation = new SpanOperation(minimum);
        return (int)ElementAlphabet.Run(s1, s2, ref operation);
    }

    /// <summary>The LCS length as a measure over recoded sequences.</summary>
    /// <param name="minimum">The smallest length of interest.</param>
    private readonly struct SpanOperation(int minimum) : ISpanOperation
    {
        public double Run(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Compute(s1, s2, minimum);

        public double Fallback<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
            where T : IEquatable<T> => PlainSequenceMeasures.LongestCommonSubsequence(s1, s2);
    }
}
