namespace CorpusDiff.Similarity;

/// <summary>
/// A pattern prepared once for <see cref="Jaro"/> or <see cref="JaroWinkler"/> comparisons against many candidates:
/// its character position masks are built in the constructor, so each comparison only scans the candidate.
/// Create it with <see cref="Jaro.For"/> or <see cref="JaroWinkler.For"/>. Immutable and thread-safe.
/// </summary>
public sealed class JaroPattern
{
    private readonly string pattern;
    private readonly CompiledPattern masks;

    /// <summary>Initializes the prepared pattern.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="options">The Winkler boost's options, or <see langword="null"/> for plain Jaro.</param>
    internal JaroPattern(string pattern, JaroWinklerOptions? options)
    {
        this.pattern = pattern;
        Options = options;
        masks = new CompiledPattern(pattern);
    }

    /// <summary>Gets the pattern.</summary>
    public string Pattern => pattern;

    /// <summary>Gets the Winkler boost's options, or <see langword="null"/> when this pattern scores plain Jaro.</summary>
    public JaroWinklerOptions? Options { get; }

    /// <summary>Returns the similarity of the pattern and a candidate.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The similarity in [0, 1]; the same value <see cref="Jaro"/> or <see cref="JaroWinkler"/> returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    public double Similarity(string candidate) => Similarity(Arguments.Text(candidate));

    /// <summary>Returns the similarity of the pattern and a candidate.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The similarity in [0, 1]; the same value <see cref="Jaro"/> or <see cref="JaroWinkler"/> returns.</returns>
    public double Similarity(ReadOnlySpan<char> candidate)
    {
        var jaro = JaroMatcher.Similarity(pattern, masks.View, candidate);
        return Options is null ? jaro : JaroMatcher.Boost(jaro, pattern, candidate, Options);
    }

    /// <summary>Returns the similarity of the pattern and a candidate, or 0 when it is below a cutoff.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="scoreCutoff">The lowest similarity of interest, in [0, 1].</param>
    /// <returns>The similarity when at least <paramref name="scoreCutoff"/>, otherwise 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreCutoff"/> is not in [0, 1].</exception>
    public double Similarity(ReadOnlySpan<char> candidate, double scoreCutoff)
    {
        ScoreCutoff.Validate(scoreCutoff);
        if (JaroMatcher.UpperBound(pattern, candidate, Options) < scoreCutoff)
        {
            return 0.0;
        }

        var similarity = Similarity(candidate);
        return similarity >= scoreCutoff ? similarity : 0.0;
    }

    /// <summary>Returns 1 − the similarity of the pattern and a candidate.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The distance in [0, 1].</returns>
    public double Distance(ReadOnlySpan<char> candidate) => 1.0 - Similarity(candidate);
}
