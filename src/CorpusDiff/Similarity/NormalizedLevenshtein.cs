namespace CorpusDiff.Similarity;

/// <summary>
/// The Levenshtein distance divided by the longer length, in [0, 1], and its complement as a similarity
/// (F23.StringSimilarity's <c>NormalizedLevenshtein</c>, same results). Not a metric.
/// </summary>
/// <remarks>Two empty strings are identical: distance 0, similarity 1. Computed with <see cref="Levenshtein"/>'s bit-parallel algorithm.</remarks>
public sealed partial class NormalizedLevenshtein : INormalizedStringDistance, INormalizedStringSimilarity
{
    /// <summary>Returns <c>Levenshtein(s1, s2) / max(|s1|, |s2|)</c>.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => Distance(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns <c>Levenshtein(s1, s2) / max(|s1|, |s2|)</c>.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance in [0, 1].</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        var longest = Math.Max(s1.Length, s2.Length);
        return longest == 0 ? 0 : (double)Levenshtein.Compute(s1, s2, int.MaxValue) / longest;
    }

    /// <summary>Returns <c>1 − Distance(s1, s2)</c>.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Similarity(string s1, string s2) => 1 - Distance(s1, s2);

    /// <summary>Returns <c>1 − Distance(s1, s2)</c>.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The similarity in [0, 1].</returns>
    public double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => 1 - Distance(s1, s2);
}
