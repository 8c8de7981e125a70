namespace CorpusDiff.Similarity;

/// <summary>
/// The Jaro–Winkler similarity (Winkler 1990): the <see cref="Jaro"/> similarity, raised for strings that share a
/// prefix. Designed for short strings such as person names; catches typos and transpositions near the end.
/// Computed bit-parallel.
/// </summary>
/// <remarks>
/// <para>
/// By default this is Winkler's published definition: when the Jaro similarity <c>j</c> exceeds 0.7, the result is
/// <c>j + 0.1 · ℓ · (1 − j)</c> with <c>ℓ</c> the common prefix capped at 4 characters. F23.StringSimilarity does not
/// cap the prefix (and caps the 0.1 at <c>1 / max(|s1|, |s2|)</c> instead), so strings sharing more than four leading
/// characters score higher there; pass <see cref="JaroWinklerOptions.F23"/> to reproduce it.
/// </para>
/// <para>
/// Two empty strings have similarity 1; an empty and a non-empty string 0. Symmetric; not a metric.
/// Compares UTF-16 code units. Thread-safe.
/// </para>
/// </remarks>
public sealed partial class JaroWinkler : INormalizedStringSimilarity, INormalizedStringDistance
{
    /// <summary>Initializes Winkler's published definition (<see cref="JaroWinklerOptions.Default"/>).</summary>
    public JaroWinkler()
        : this(JaroWinklerOptions.Default)
    {
    }

    /// <summary>
    /// Initializes Winkler's definition with another boost threshold (F23's constructor): the prefix boost applies only
    /// when the Jaro similarity is greater than <paramref name="threshold"/>.
    /// </summary>
    /// <param name="threshold">The boost threshold; 0.7 by default. Must be finite.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite.</exception>
    public JaroWinkler(double threshold)
        : this(JaroWinklerOptions.Default with { BoostThreshold = threshold })
    {
    }

    /// <summary>Initializes the similarity with the given options.</summary>
    /// <param name="options">The options; validated here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is invalid; the message names it.</exception>
    public JaroWinkler(JaroWinklerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    /// <summary>Gets the options.</summary>
    public JaroWinklerOptions Options { get; }

    /// <summary>Gets the Jaro similarity above which the prefix boost applies (F23's property).</summary>
    public double Threshold => Options.BoostThreshold;

    /// <summary>Returns the Jaro–Winkler similarity.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal strings.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Similarity(string s1, string s2) => Similarity(Arguments.Text(s1), Arguments.Text(s2));

    /// <summary>Returns the Jaro–Winkler similarity.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The similarity in [0, 1]; 1 for equal texts.</returns>
    public double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) =>
        JaroMatcher.Boost(JaroMatcher.Similarity(s1, s2), s1, s2, Options);

    /// <summary>
    /// Returns the Jaro–Winkler similarity, or 0 when it is below a cutoff (cheaper: lengths and the common prefix
    /// alone can rule a pair out).
    /// </summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <param name="scoreCutoff">The lowest similarity of interest, in [0, 1].</param>
    /// <returns>The similarity when at least <paramref name="scoreCutoff"/>, otherwise 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is not in [0, 1].</exception>
    public double Similarity(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, double scoreCutoff)
    {
        ScoreCutoff.Validate(scoreCutoff);
        if (JaroMatcher.UpperBound(s1, s2, Options) < scoreCutoff)
        {
            return 0.0;
        }

        var similarity = Similarity(s1, s2);
        return similarity >= scoreCutoff ? similarity : 0.0;
    }

    /// <summary>Returns 1 − the Jaro–Winkler similarity.</summary>
    /// <param name="s1">The first string.</param>
    /// <param name="s2">The second string.</param>
    /// <returns>The distance in [0, 1]; 0 for equal strings.</returns>
    /// <exception cref="ArgumentNullException">Either string is <see langword="null"/>.</exception>
    public double Distance(string s1, string s2) => 1.0 - Similarity(s1, s2);

    /// <summary>Returns 1 − the Jaro–Winkler similarity.</summary>
    /// <param name="s1">The first text.</param>
    /// <param name="s2">The second text.</param>
    /// <returns>The distance in [0, 1]; 0 for equal texts.</returns>
    public double Distance(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2) => 1.0 - Similarity(s1, s2);

    /// <summary>Prepares a pattern once for comparing it with many candidates under these options.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The prepared pattern; immutable and thread-safe.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public JaroPattern For(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new JaroPattern(pattern, Options);
    }
}
