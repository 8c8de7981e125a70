namespace CorpusDiff.Similarity;

/// <content>The similarity and distance over sequences of any equatable element.</content>
public sealed partial class Jaro : INormalizedSpanSimilarity, INormalizedSpanDistance
{
    /// <summary>Returns the Jaro similarity of two sequences of any equatable element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal sequences.</returns>
    public double Similarity<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var operation = new JaroWinkler.SpanOperation(null);
        return ElementAlphabet.Run(s1, s2, ref operation);
    }

    /// <summary>Returns 1 − the Jaro similarity of two sequences of any equatable element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The distance in [0, 1]; 0 for equal sequences.</returns>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T> => 1.0 - Similarity(s1, s2);
}
