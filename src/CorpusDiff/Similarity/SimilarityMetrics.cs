namespace CorpusDiff.Similarity;

/// <summary>
/// Ready, shared instances of every string measure with its default parameters (F23.StringSimilarity's defaults),
/// in the manner of Humanizer's <c>Truncator</c>: <c>SimilarityMetrics.Jaccard.Similarity(a, b)</c>.
/// All instances are immutable and thread-safe. For other parameters construct the class
/// (<c>new Jaccard(k: 5)</c>, <c>new JaroWinkler(JaroWinklerOptions.F23)</c>).
/// </summary>
/// <remarks>
/// This part holds the character-set and similarity family; the edit-distance family is in the other part of this
/// class. docs/metrics.md says which measure suits which job.
/// </remarks>
public static partial class SimilarityMetrics
{
    /// <summary>Gets the Jaro similarity (bit-parallel).</summary>
    public static Jaro Jaro { get; } = new();

    /// <summary>Gets the Jaro–Winkler similarity with Winkler's published definition (prefix capped at 4).</summary>
    public static JaroWinkler JaroWinkler { get; } = new();

    /// <summary>Gets Kondrak's normalized n-gram distance with n = 2.</summary>
    public static NGram NGram { get; } = new();

    /// <summary>Gets the q-gram (L1 shingle-count) distance with k = 3.</summary>
    public static QGram QGram { get; } = new();

    /// <summary>Gets the cosine similarity of 3-shingle count vectors.</summary>
    public static Cosine Cosine { get; } = new();

    /// <summary>Gets the Jaccard index of 3-shingle sets.</summary>
    public static Jaccard Jaccard { get; } = new();

    /// <summary>Gets the Sørensen–Dice coefficient of 3-shingle sets.</summary>
    public static SorensenDice SorensenDice { get; } = new();

    /// <summary>Gets the Ratcliff/Obershelp (gestalt pattern matching) similarity.</summary>
    public static RatcliffObershelp RatcliffObershelp { get; } = new();

    /// <summary>Gets the Sift4 distance with a look-ahead of 10.</summary>
    public static Sift4 Sift4 { get; } = new();
}
