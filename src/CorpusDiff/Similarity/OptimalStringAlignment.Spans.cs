namespace CorpusDiff.Similarity;

/// <content>The distance over sequences of any equatable element.</content>
public sealed partial class OptimalStringAlignment : ISpanDistance
{
    /// <summary>Returns the optimal string alignment distance between two sequences of any equatable element (F23's generic overload).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The number of edits, from 0 (equal) to the longer length.</returns>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T> => ElementAlphabet.Measure<T, OptimalStringAlignment>(s1, s2, 0);
}
