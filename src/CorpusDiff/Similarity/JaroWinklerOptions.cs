namespace CorpusDiff.Similarity;

/// <summary>
/// How <see cref="JaroWinkler"/> boosts the Jaro similarity of strings that share a prefix.
/// The defaults are Winkler's published definition; <see cref="F23"/> reproduces F23.StringSimilarity.
/// </summary>
/// <remarks>
/// The Winkler similarity is <c>jw = j + p·ℓ·(1 − j)</c> when the Jaro similarity <c>j</c> is greater than
/// <see cref="BoostThreshold"/>, and <c>j</c> otherwise, where <c>ℓ</c> is the length of the common prefix (at most
/// <see cref="MaxPrefixLength"/>) and <c>p</c> is <see cref="ScalingFactor"/>.
/// </remarks>
public sealed record JaroWinklerOptions
{
    /// <summary>Gets Winkler's published definition: prefix capped at 4, scaling 0.1, boost only when Jaro &gt; 0.7.</summary>
    public static JaroWinklerOptions Default { get; } = new();

    /// <summary>
    /// Gets F23.StringSimilarity's variant: the common prefix is not capped, and the scaling factor is
    /// <c>min(0.1, 1 / max(|s1|, |s2|))</c> so the result stays at most 1.
    /// </summary>
    public static JaroWinklerOptions F23 { get; } = new() { MaxPrefixLength = null };

    /// <summary>
    /// Gets the Jaro similarity above which the prefix boost applies (strictly greater). Default: 0.7, as in Winkler
    /// and F23. Any finite value is allowed: a negative value always boosts, 1 or more never does (plain Jaro).
    /// </summary>
    public double BoostThreshold { get; init; } = 0.7;

    /// <summary>
    /// Gets the weight <c>p</c> of each common prefix character. Default: 0.1. With a prefix cap of <c>ℓmax</c>,
    /// <c>p · ℓmax</c> must not exceed 1 so the similarity stays in [0, 1].
    /// </summary>
    public double ScalingFactor { get; init; } = 0.1;

    /// <summary>
    /// Gets the longest common prefix that counts, in UTF-16 code units. Default: 4 (Winkler). <see langword="null"/>
    /// counts the whole common prefix as F23 does, and then caps the scaling factor at <c>1 / max(|s1|, |s2|)</c>.
    /// </summary>
    public int? MaxPrefixLength { get; init; } = 4;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        const string Record = nameof(JaroWinklerOptions);
        Settings.Require(double.IsFinite(BoostThreshold), Record, nameof(BoostThreshold), BoostThreshold, "must be a finite number.");
        Settings.Require(double.IsFinite(ScalingFactor) && ScalingFactor >= 0, Record, nameof(ScalingFactor), ScalingFactor, "must be a finite number of at least 0.");

        if (MaxPrefixLength is { } max)
        {
            Settings.Require(max >= 0, Record, nameof(MaxPrefixLength), max, "must be at least 0, or null for no cap.");
            Settings.Require(
                ScalingFactor * max <= 1,
                Record,
                nameof(ScalingFactor),
                ScalingFactor,
                $"× MaxPrefixLength must not exceed 1 (here {ScalingFactor.ToString(System.Globalization.CultureInfo.InvariantCulture)} × {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}), or the similarity could exceed 1.");
        }
        else
        {
            Settings.Require(ScalingFactor <= 1, Record, nameof(ScalingFactor), ScalingFactor, "must not exceed 1.");
        }
    }
}
