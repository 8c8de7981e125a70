namespace CorpusDiff.Similarity;

/// <summary>A distance between two strings: 0 for identical strings, higher means less alike (F23.StringSimilarity's interface).</summary>
public interface IStringDistance
{
    /// <summary>Returns the distance between two strings.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance; its range depends on the measure.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    double Distance(string s1, string s2);

    /// <summary>Returns the distance between two character spans.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance; its range depends on the measure.</returns>
    double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2);
}
