namespace CorpusDiff.Similarity;

/// <summary>
/// A similarity between two sequences of any equatable element (F23.StringSimilarity's interface): higher means more
/// alike. Elements are compared as <see cref="ISpanDistance"/> describes.
/// </summary>
public interface ISpanSimilarity
{
    /// <summary>Returns the similarity of two sequences.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The similarity; its range depends on the measure.</returns>
    double Similarity<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>;
}
