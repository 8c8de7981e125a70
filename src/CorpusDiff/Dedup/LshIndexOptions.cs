namespace CorpusDiff.Dedup;

/// <summary>How an <see cref="LshIndex"/> is laid out. <see cref="Validate"/> throws naming the first invalid option.</summary>
public sealed record LshIndexOptions : ISettingsRecord
{
    /// <summary>Gets the Jaccard threshold the bands and rows are tuned for (default 0.8).</summary>
    public double Threshold { get; init; } = 0.8;

    /// <summary>Gets the signature length the index accepts (default 128).</summary>
    public int Permutations { get; init; } = 128;

    /// <summary>Gets the MinHash seed the index accepts (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets the weight of false positives in the choice of bands and rows (default 0.5).</summary>
    public double FalsePositiveWeight { get; init; } = 0.5;

    /// <summary>Gets the weight of false negatives in the choice of bands and rows (default 0.5).</summary>
    public double FalseNegativeWeight { get; init; } = 0.5;

    /// <summary>Gets explicit bands and rows, or <see langword="null"/> (default) to derive them from the threshold.</summary>
    public LshParameters? Parameters { get; init; }

    /// <summary>
    /// Gets a free-text tag saved with the index, describing how signatures were made (for example the shingling),
    /// so a reader can refuse an index built differently (default empty).
    /// </summary>
    public string Tag { get; init; } = string.Empty;

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is invalid; the message names it.</exception>
    public void Validate()
    {
        const string Record = nameof(LshIndexOptions);
        Settings.Require(Threshold is > 0 and <= 1, Record, nameof(Threshold), Threshold, $"must be in (0, 1]; got {Threshold}.");
        Settings.Require(Permutations is >= 1 and <= 4096, Record, nameof(Permutations), Permutations, $"must be between 1 and 4096; got {Permutations}.");
        Settings.Require(
            FalsePositiveWeight >= 0 && FalseNegativeWeight >= 0 && FalsePositiveWeight + FalseNegativeWeight > 0,
            Record,
            nameof(FalsePositiveWeight),
            FalsePositiveWeight,
            "and FalseNegativeWeight must be non-negative and not both 0.");
        Settings.Require(
            Parameters is not { } p || (p.Bands >= 1 && p.Rows >= 1 && (long)p.Bands * p.Rows <= Permutations),
            Record,
            nameof(Parameters),
            Parameters,
            $"must have bands, rows ≥ 1 and bands × rows ≤ {Permutations}; got {Parameters}.");
        Settings.RequireNotNull(Tag, Record, nameof(Tag));
    }
}
