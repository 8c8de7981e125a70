namespace CorpusDiff.Dedup;

/// <summary>
/// How <see cref="Deduplicator"/> finds and groups duplicates. Every property has a documented default;
/// <see cref="Validate"/> throws an <see cref="ArgumentException"/> naming the first invalid option.
/// </summary>
public sealed record DedupOptions
{
    /// <summary>Gets the default options.</summary>
    public static DedupOptions Default { get; } = new();

    /// <summary>Gets the exact shingle-set Jaccard similarity at which two documents are near-duplicates (default 0.8).</summary>
    public double Threshold { get; init; } = 0.8;

    /// <summary>
    /// Gets the share of the shorter document's shingles that must occur in the longer one for it to count as a
    /// shortened reprint (default 0.8). Set to 1.1 or more to switch containment off.
    /// </summary>
    public double ContainmentThreshold { get; init; } = 0.8;

    /// <summary>
    /// Gets the smallest size ratio (shorter / longer, in distinct shingles) at which containment is considered
    /// (default 0.3): a reprint keeps at least 30 % of the story. Lower values find shorter excerpts but make the
    /// MinHash index generate more candidates.
    /// </summary>
    public double MinContainedRatio { get; init; } = 0.3;

    /// <summary>Gets how candidate pairs are found (default <see cref="DedupMethod.MinHash"/>).</summary>
    public DedupMethod Method { get; init; } = DedupMethod.MinHash;

    /// <summary>Gets what shingles are made of (default <see cref="ShingleKind.Word"/>).</summary>
    public ShingleKind ShingleKind { get; init; } = ShingleKind.Word;

    /// <summary>Gets the shingle length k, in words or characters (default 5).</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>Gets the number of MinHash permutations (default 128; 16 to 1024).</summary>
    public int Permutations { get; init; } = 128;

    /// <summary>Gets the seed of the MinHash permutations (default 1). Signatures are comparable only under the same seed.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets the weight of false positives when LSH bands and rows are chosen (default 0.5).</summary>
    public double FalsePositiveWeight { get; init; } = 0.5;

    /// <summary>Gets the weight of false negatives when LSH bands and rows are chosen (default 0.5).</summary>
    public double FalseNegativeWeight { get; init; } = 0.5;

    /// <summary>Gets the largest Hamming distance between SimHash fingerprints of candidates (default 6; 0 to 16).</summary>
    public int SimHashDistance { get; init; } = 6;

    /// <summary>Gets which member represents a group (default <see cref="RepresentativeChoice.Longest"/>).</summary>
    public RepresentativeChoice Representative { get; init; } = RepresentativeChoice.Longest;

    /// <summary>Gets how many threads sign documents (default: the number of processors).</summary>
    public int MaxParallelism { get; init; } = Math.Min(Environment.ProcessorCount, 256);

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public void Validate()
    {
        Check(Threshold is > 0 and <= 1, nameof(Threshold), $"must be in (0, 1]; got {Threshold}.");
        Check(ContainmentThreshold > 0 && !double.IsNaN(ContainmentThreshold), nameof(ContainmentThreshold), $"must be greater than 0 (above 1 switches containment off); got {ContainmentThreshold}.");
        Check(MinContainedRatio is > 0 and <= 1, nameof(MinContainedRatio), $"must be in (0, 1]; got {MinContainedRatio}.");
        Check(Enum.IsDefined(Method), nameof(Method), $"is not a known method: {Method}.");
        Check(Enum.IsDefined(ShingleKind), nameof(ShingleKind), $"is not a known shingle kind: {ShingleKind}.");
        Check(ShingleSize is >= 1 and <= 32, nameof(ShingleSize), $"must be between 1 and 32; got {ShingleSize}.");
        Check(Permutations is >= 16 and <= 1024, nameof(Permutations), $"must be between 16 and 1024; got {Permutations}.");
        Check(FalsePositiveWeight >= 0 && FalseNegativeWeight >= 0 && FalsePositiveWeight + FalseNegativeWeight > 0, nameof(FalsePositiveWeight), "and FalseNegativeWeight must be non-negative and not both 0.");
        Check(SimHashDistance is >= 0 and <= 16, nameof(SimHashDistance), $"must be between 0 and 16; got {SimHashDistance}.");
        Check(Enum.IsDefined(Representative), nameof(Representative), $"is not a known choice: {Representative}.");
        Check(MaxParallelism is >= 1 and <= 256, nameof(MaxParallelism), $"must be between 1 and 256; got {MaxParallelism}.");
    }

    /// <summary>
    /// Gets the Jaccard similarity the MinHash index is tuned for: the threshold itself, or lower when containment is on,
    /// because a reprint holding a share q of the story at containment c has Jaccard only c·q / (1 + q − c·q).
    /// </summary>
    /// <returns>The candidate-generation Jaccard threshold.</returns>
    public double CandidateThreshold()
    {
        if (ContainmentThreshold > 1)
        {
            return Threshold;
        }

        var c = ContainmentThreshold;
        var q = MinContainedRatio;
        return Math.Min(Threshold, c * q / (1 + q - (c * q)));
    }

    private static void Check(bool ok, string name, string message) => Settings.Require(ok, nameof(DedupOptions), name, null, message);
}
