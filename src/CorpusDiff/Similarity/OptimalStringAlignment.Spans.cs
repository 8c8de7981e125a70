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
        where T : IEquatable<T>
    {
        var operation = default(SpanOperation);
        return ElementAlphabet.Run(s1, s2, ref operation);
    }

    /// <summary>The distance as a measure over recoded sequences.</summary>
    private readonly struct SpanOperation : ISpanOperation
    {
        public double Run(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Compute(s1, s2);

        public double Fallback<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
            where T : IEquatable<T> => PlainSequenceMeasures.OptimalStringAlignment(s1, s2);
    }
}
