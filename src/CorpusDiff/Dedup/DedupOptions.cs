namespace CorpusDiff.Dedup;

/// <summary>
/// How <see cref="Deduplicator"/> finds and groups duplicates. Every property has a documented default;
/// <see cref="Validate"/> throws an <see cref="ArgumentException"/> naming the first invalid option.
/// </summary>
public sealed record DedupOptions : ISettingsRecord
{
    /// <summary>Gets the default options.</summary>
    public static DedupOptions Default { get; } = new();

    /// <summary>
    /// Gets the defaults before word edits: word 5-shingles, verified by shingle-set Jaccard ≥ 0.8 and containment
    /// ≥ 0.8 (<see cref="DedupMeasure.ShingleSets"/>). Copies with more than about 2 % of their words edited are missed.
    /// </summary>
    public static DedupOptions ShingleSetDefaults { get; } = new() { Measure = DedupMeasure.ShingleSets, ShingleSize = 5 };

    /// <summary>
    /// Gets the similarity at which two documents are near-duplicates (default 0.8): under
    /// <see cref="DedupMeasure.WordEdits"/> the word-level Indel similarity 2·LCS / (m + n) (a copy with 10 % of its
    /// words substituted scores about 0.9); under <see cref="DedupMeasure.ShingleSets"/> the exact shingle-set Jaccard
    /// similarity.
    /// </summary>
    public double Threshold { get; init; } = 0.8;

    /// <summary>
    /// Gets the share of the shorter document that must be found in the longer one for it to count as a shortened
    /// reprint (default 0.8): under <see cref="DedupMeasure.WordEdits"/> its words in order (LCS / shorter length),
    /// under <see cref="DedupMeasure.ShingleSets"/> its shingles. Set to 1.1 or more to switch containment off.
    /// </summary>
    public double ContainmentThreshold { get; init; } = 0.8;

    /// <summary>
    /// Gets the smallest size ratio (shorter / longer, in words under <see cref="DedupMeasure.WordEdits"/>, in distinct
    /// shingles otherwise) at which containment is considered (default 0.3): a reprint keeps at least 30 % of the story,
    /// and a summary, which keeps less, never counts as one.
    /// </summary>
    public double MinContainedRatio { get; init; } = 0.3;

    /// <summary>Gets how candidate pairs are verified (default <see cref="DedupMeasure.WordEdits"/>).</summary>
    public DedupMeasure Measure { get; init; } = DedupMeasure.WordEdits;

    /// <summary>Gets how candidate pairs are found (default <see cref="DedupMethod.MinHash"/>).</summary>
    public DedupMethod Method { get; init; } = DedupMethod.MinHash;

    /// <summary>Gets what shingles are made of (default <see cref="ShingleKind.Word"/>).</summary>
    public ShingleKind ShingleKind { get; init; } = ShingleKind.Word;

    /// <summary>
    /// Gets the shingle length k, in words or characters (default 3). Under <see cref="DedupMeasure.WordEdits"/> the
    /// shingles only find candidates, and short shingles survive edits: a tenth of the words substituted leaves
    /// (0.9)^3 ≈ 73 % of the word 3-shingles but only 59 % of the 5-shingles.
    /// </summary>
    public int ShingleSize { get; init; } = 3;

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
        Check(Enum.IsDefined(Measure), nameof(Measure), $"is not a known measure: {Measure}.");
        Check(Enum.IsDefined(ShingleKind), nameof(ShingleKind), $"is not a known shingle kind: {ShingleKind}.");
        Check(ShingleSize is >= 1 and <= 32, nameof(ShingleSize), $"must be between 1 and 32; got {ShingleSize}.");
        Check(Permutations is >= 16 and <= 1024, nameof(Permutations), $"must be between 16 and 1024; got {Permutations}.");
        Check(FalsePositiveWeight >= 0 && FalseNegativeWeight >= 0 && FalsePositiveWeight + FalseNegativeWeight > 0, nameof(FalsePositiveWeight), "and FalseNegativeWeight must be non-negative and not both 0.");
        Check(SimHashDistance is >= 0 and <= 16, nameof(SimHashDistance), $"must be between 0 and 16; got {SimHashDistance}.");
        Check(Enum.IsDefined(Representative), nameof(Representative), $"is not a known choice: {Representative}.");
        Check(MaxParallelism is >= 1 and <= 256, nameof(MaxParallelism), $"must be between 1 and 256; got {MaxParallelism}.");
    }

    /// <summary>
    /// Gets the Jaccard similarity of shingle sets that a near-duplicate keeps at least: <see cref="Threshold"/> under
    /// <see cref="DedupMeasure.ShingleSets"/>; under <see cref="DedupMeasure.WordEdits"/> the Jaccard a copy keeps when a
    /// share 1 − <see cref="Threshold"/> of its words is substituted: a share s = Threshold^w of the shingles survives
    /// (w the words a shingle spans) and the Jaccard is s / (2 − s).
    /// </summary>
    /// <returns>The shingle-set Jaccard threshold.</returns>
    public double ShingleJaccardThreshold()
    {
        if (Measure == DedupMeasure.ShingleSets)
        {
            return Threshold;
        }

        var s = Math.Pow(Threshold, WordsPerShingle());
        return s / (2 - s);
    }

    /// <summary>
    /// Gets the share of the smaller shingle set found in the larger that a shortened reprint keeps at least:
    /// <see cref="ContainmentThreshold"/> under <see cref="DedupMeasure.ShingleSets"/>, ContainmentThreshold^w under
    /// <see cref="DedupMeasure.WordEdits"/>.
    /// </summary>
    /// <returns>The shingle containment threshold (above 1 when containment is off).</returns>
    public double ShingleContainmentThreshold() =>
        Measure == DedupMeasure.ShingleSets || ContainmentThreshold > 1 ? ContainmentThreshold : Math.Pow(ContainmentThreshold, WordsPerShingle());

    /// <summary>
    /// Gets the Jaccard similarity a persistent MinHash index (<see cref="LshIndex"/>, a shared index) is tuned for:
    /// <see cref="ShingleJaccardThreshold"/>, or lower when containment is on, because a reprint holding a share q of the
    /// story at shingle containment c has Jaccard only c·q / (1 + q − c·q). An index keeps no text, so it cannot use
    /// the batch run's sampled containment search; the wider net is the price of finding shortened reprints there.
    /// </summary>
    /// <returns>The candidate-generation Jaccard threshold.</returns>
    public double CandidateThreshold()
    {
        var jaccard = ShingleJaccardThreshold();
        var c = ShingleContainmentThreshold();
        if (c > 1)
        {
            return jaccard;
        }

        var q = MinContainedRatio;
        return Math.Min(jaccard, c * q / (1 + q - (c * q)));
    }

    /// <summary>
    /// The shingle-set match rule, the one rule wherever only shingle sets or their MinHash estimates are known (batch
    /// verification under <see cref="DedupMeasure.ShingleSets"/>, a file index, a shared index): Jaccard ≥
    /// <see cref="ShingleJaccardThreshold"/> makes a near-duplicate; otherwise containment ≥
    /// <see cref="ShingleContainmentThreshold"/> with a size ratio ≥ <see cref="MinContainedRatio"/> makes a reprint.
    /// </summary>
    internal DedupRelation? RelateShingleSets(double jaccard, double containment, int sizeA, int sizeB)
    {
        if (jaccard >= ShingleJaccardThreshold())
        {
            return DedupRelation.NearDuplicate;
        }

        var ratio = (double)Math.Min(sizeA, sizeB) / Math.Max(1, Math.Max(sizeA, sizeB));
        var containmentThreshold = ShingleContainmentThreshold();
        return containmentThreshold <= 1 && containment >= containmentThreshold && ratio >= MinContainedRatio
            ? DedupRelation.Contained
            : null;
    }

    /// <summary>Gets about how many words one shingle spans (a character k-gram spans about k / 6 + 1).</summary>
    private double WordsPerShingle() => ShingleKind == ShingleKind.Word ? ShingleSize : 1 + (ShingleSize / 6.0);

    private static void Check(bool ok, string name, string message) => Settings.Require(ok, nameof(DedupOptions), name, null, message);
}
