namespace CorpusDiff.Similarity;

/// <summary>
/// A distance between two sequences of any equatable element: bytes, token ids, characters
/// (F23.StringSimilarity's interface): 0 for identical sequences, higher means less alike.
/// </summary>
/// <remarks>
/// Elements are compared with <see cref="EqualityComparer{T}.Default"/>, so the element type's
/// <see cref="object.GetHashCode"/> must agree with its <see cref="IEquatable{T}.Equals(T)"/> (as for any dictionary
/// key). On bytes, a text encoding with more than one byte per character (UTF-8) compares bytes, not characters.
/// </remarks>
public interface ISpanDistance
{
    /// <summary>Returns the distance between two sequences.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="s1">The first sequence.</param>
    /// <param name="s2">The second sequence.</param>
    /// <returns>The distance; its range depends on the measure.</returns>
    double Distance<T>(ReadOnlySpan<T> s1, ReadOnlySpan<T> s2)
        where T : IEquatable<T>;
}
