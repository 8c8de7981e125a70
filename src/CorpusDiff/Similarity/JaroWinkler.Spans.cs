namespace CorpusDiff.Similarity;

/// <content>The similarity and distance over sequences of any equatable element.</content>
public sealed partial class JaroWinkler : INormalizedSpanSimilarity, INormalizedSpanDistance
{
    /// <summary>Returns the Jaro–Winkler similarity of two sequences of any equatable element (F23's generic overload).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal sequences.</returns>
    public double Similarity<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>
    {
        var operation = new SpanOperation(Options);
        return ElementAlphabet.Run(s1, s2, ref operation);
    }

    /// <summary>Returns 1 − the Jaro–Winkler similarity of two sequences of any equatable element (F23's generic overload).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The distance in [0, 1]; 0 for equal sequences.</returns>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T> => 1.0 - Similarity(s1, s2);

    /// <summary>Jaro, or Jaro–Winkler with options, as a measure over recoded sequences.</summary>
    /// <param name="options">The boost's options, or <see langword="null"/> for plain Jaro.</param>
    internal readonly struct SpanOperation(JaroWinklerOptions? options) : ISpanOperation
    {
        public double Run(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
        {
            var jaro = JaroMatcher.Similarity(s1, s2);
            return options is null ? jaro : JaroMatcher.Boost(jaro, s1, s2, options);
        }

        public double Fallback<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
            where T : IEquatable<T>
        {
            var jaro = PlainSequenceMeasures.Jaro(s1, s2);
            return options is null
                ? jaro
                : JaroMatcher.Boost(jaro, PlainSequenceMeasures.CommonPrefix(s1, s2), Math.Max(s1.Length, s2.Length), options);
        }
    }
}
