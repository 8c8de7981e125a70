namespace CorpusDiff.Similarity;

/// <content>The distance over sequences of any equatable element: bytes, token ids (word-level edit distance), characters.</content>
public sealed partial class Levenshtein : IMetricSpanDistance, ISequenceMeasure
{
    /// <summary>
    /// Returns the Levenshtein distance between two sequences of any equatable element (F23's generic overload):
    /// the fewest element insertions, deletions and substitutions. On token-id arrays this is the word-level edit
    /// distance, computed with the same bit-parallel algorithm as characters.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The number of edits, from 0 (equal) to the longer length.</returns>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T> => Compute(s1, s2, int.MaxValue);

    /// <summary>Returns the Levenshtein distance between two sequences, or <paramref name="limit"/> when the distance is at least the limit.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <param name="limit">The largest result of interest; <see cref="int.MaxValue"/> for no limit.</param>
    /// <returns><c>min(distance, limit)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int limit)
        where T : IEquatable<T>
    {
        var max = MaxBelow(limit, nameof(limit));
        if (max < 0)
        {
            return limit;
        }

        var distance = Compute(s1, s2, max);
        return distance <= max ? distance : limit;
    }

    /// <summary>Computes the distance of two sequences, or <c>max + 1</c> when it exceeds <paramref name="max"/>.</summary>
    internal static int Compute<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int max)
        where T : IEquatable<T> => ElementAlphabet.Measure<T, Levenshtein>(s1, s2, max);

    /// <inheritdoc/>
    static int ISequenceMeasure.Run(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, int bound) => Compute(s1, s2, bound);

    /// <inheritdoc/>
    static int ISequenceMeasure.Fallback<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2, int bound) => PlainSequenceMeasures.Levenshtein(s1, s2, bound);
}
