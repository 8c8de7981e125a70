namespace CorpusDiff.Similarity;

/// <summary>The cost of substituting one character for another in <see cref="WeightedLevenshtein"/> (F23.StringSimilarity's interface).</summary>
public interface ICharacterSubstitution
{
    /// <summary>Returns the cost of replacing <paramref name="c1"/> by <paramref name="c2"/>.</summary>
    /// <param name="c1">The character of the first string.</param>
    /// <param name="c2">The character of the second string.</param>
    /// <returns>A non-negative cost; 1 is the plain Levenshtein cost. Never called for equal characters.</returns>
    double Cost(char c1, char c2);
}
