namespace CorpusDiff.Similarity;

/// <summary>
/// The base of the normalized k-shingle similarities (<see cref="Cosine"/>, <see cref="Jaccard"/>,
/// <see cref="SorensenDice"/>): argument checks, the string, span and profile overloads and the short-string rules
/// live here once; each measure supplies only its formula over two profiles.
/// </summary>
/// <remarks>
/// Similarity in [0, 1]; distance = 1 − similarity. Two empty strings have similarity 1. A non-empty string shorter
/// than k after white-space collapsing is equal only to the same short string (similarity 1, otherwise 0).
/// String overloads build temporary profiles in pooled buffers: no heap allocation per call. Thread-safe.
/// </remarks>
public abstract class ShingleSimilarity : ShingleBased, INormalizedStringDistance, INormalizedStringSimilarity
{
    /// <summary>Initializes the measure with shingles of length <paramref name="k"/>.</summary>
    /// <param name="k">The shingle length; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 1.</exception>
    private protected ShingleSimilarity(int k)
        : base(k)
    {
    }

    /// <summary>Returns the similarity of two strings.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal strings.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Similarity(string s1, string s2) => Similarity(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the similarity of two texts.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal texts.</returns>
    public double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => Compare(s1, s2, 1.0, new Formula(this, 0.0));

    /// <summary>Returns the similarity of two profiles built with this measure's k.</summary>
    /// <param name="profile1">The first profile.</param>
    /// <param name="profile2">The second profile.</param>
    /// <returns>The similarity in [0, 1]; the same value the string overload returns for the profiled texts.</returns>
    /// <exception cref="ArgumentNullException">Either profile is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A profile was built with another k.</exception>
    public double Similarity(ShingleProfile profile1, ShingleProfile profile2) => Compare(profile1, profile2, new Formula(this, 0.0));

    /// <summary>
    /// Returns the similarity of two profiles, or 0 when it is below a cutoff (cheaper where the measure can rule a
    /// pair out from the profile sizes alone, as <see cref="Jaccard"/> and <see cref="SorensenDice"/> do).
    /// </summary>
    /// <param name="profile1">The first profile.</param>
    /// <param name="profile2">The second profile.</param>
    /// <param name="scoreCutoff">The lowest similarity of interest, in [0, 1].</param>
    /// <returns>The similarity when at least <paramref name="scoreCutoff"/>, otherwise 0.</returns>
    /// <exception cref="ArgumentNullException">Either profile is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A profile was built with another k.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is not in [0, 1].</exception>
    public double Similarity(ShingleProfile profile1, ShingleProfile profile2, double scoreCutoff)
    {
        CheckProfiles(profile1, profile2);
        ScoreCutoff.Validate(scoreCutoff);
        return Score(profile1.View, profile2.View, scoreCutoff);
    }

    /// <summary>Returns 1 − the similarity of two strings.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance in [0, 1]; 0 for equal strings.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => 1.0 - Similarity(s1, s2);

    /// <summary>Returns 1 − the similarity of two texts.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance in [0, 1]; 0 for equal texts.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => 1.0 - Similarity(s1, s2);

    /// <summary>Returns 1 − the similarity of two profiles built with this measure's k.</summary>
    /// <param name="profile1">The first profile.</param>
    /// <param name="profile2">The second profile.</param>
    /// <returns>The distance in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">Either profile is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A profile was built with another k.</exception>
    public double Distance(ShingleProfile profile1, ShingleProfile profile2) => 1.0 - Similarity(profile1, profile2);

    /// <summary>The measure's formula over two profiles of this measure's k.</summary>
    /// <param name="a">The first profile.</param>
    /// <param name="b">The second profile.</param>
    /// <param name="scoreCutoff">Results below this are returned as 0; 0 keeps every result.</param>
    /// <returns>The similarity in [0, 1], or 0 below the cutoff.</returns>
    private protected abstract double Score(scoped ShingleView a, scoped ShingleView b, double scoreCutoff);

    /// <summary>The measure's formula with a cutoff.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="scoreCutoff">Results below this are returned as 0.</param>
    private readonly struct Formula(ShingleSimilarity measure, double scoreCutoff) : IShingleFormula
    {
        public double Score(scoped ShingleView a, scoped ShingleView b) => measure.Score(a, b, scoreCutoff);
    }
}
