namespace CorpusDiff.Similarity;

/// <summary>The cost of inserting and deleting characters in <see cref="WeightedLevenshtein"/> (F23.StringSimilarity's interface).</summary>
public interface ICharacterInsDel
{
    /// <summary>Returns the cost of deleting a character of the first string.</summary>
    /// <param name="c">The character.</param>
    /// <returns>A non-negative cost; 1 is the plain Levenshtein cost.</returns>
    double DeletionCost(char c);

    /// <summary>Returns the cost of inserting a character of the second string.</summary>
    /// <param name="c">The character.</param>
    /// <returns>A non-negative cost; 1 is the plain Levenshtein cost.</returns>
    double InsertionCost(char c);
}
