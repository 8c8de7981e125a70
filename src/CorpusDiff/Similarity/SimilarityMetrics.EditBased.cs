namespace CorpusDiff.Similarity;

/// <content>The edit-distance family: ready, stateless, thread-safe instances.</content>
public static partial class SimilarityMetrics
{
    /// <summary>Gets the Levenshtein distance (insertions, deletions, substitutions). A metric.</summary>
    public static Levenshtein Levenshtein { get; } = new();

    /// <summary>Gets the Levenshtein distance divided by the longer length, in [0, 1], with its similarity complement.</summary>
    public static NormalizedLevenshtein NormalizedLevenshtein { get; } = new();

    /// <summary>Gets the unrestricted Damerau–Levenshtein distance (adds adjacent transpositions). A metric.</summary>
    public static Damerau Damerau { get; } = new();

    /// <summary>Gets the optimal string alignment (restricted Damerau–Levenshtein) distance.</summary>
    public static OptimalStringAlignment OptimalStringAlignment { get; } = new();

    /// <summary>Gets the longest common subsequence distance <c>|s1| + |s2| − 2·|LCS|</c>, with the LCS length.</summary>
    public static LongestCommonSubsequence LongestCommonSubsequence { get; } = new();

    /// <summary>Gets the metric LCS distance <c>1 − |LCS| / max(|s1|, |s2|)</c>. A normalized metric.</summary>
    public static MetricLCS MetricLcs { get; } = new();

    /// <summary>Gets the Indel distance (insertions and deletions only) with its normalized forms. A metric.</summary>
    public static Indel Indel { get; } = new();

    /// <summary>Gets the Hamming distance (differing positions, length difference counted). A metric.</summary>
    public static Hamming Hamming { get; } = new();
}
