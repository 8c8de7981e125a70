namespace CorpusDiff.Similarity;

/// <summary>A similarity between two strings: higher means more alike (F23.StringSimilarity's interface).</summary>
public interface IStringSimilarity
{
    /// <summary>Returns the similarity of two strings.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity; its range depends on the measure.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    double Similarity(string s1, string s2);

    /// <summary>Returns the similarity of two character spans.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The similarity; its range depends on the measure.</returns>
    double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2);
}
