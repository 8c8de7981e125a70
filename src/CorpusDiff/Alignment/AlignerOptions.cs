using CorpusDiff.Diffing;

namespace CorpusDiff.Alignment;

/// <summary>
/// Settings of a <see cref="SentenceAligner"/>. Immutable; the defaults were chosen on all the gold alignments together
/// (<c>samples/gold/*.json</c> and the seed pairs' reader labels; see <c>docs/accuracy.md</c>).
/// </summary>
public sealed record AlignerOptions
{
    /// <summary>Gets the default options.</summary>
    public static AlignerOptions Default { get; } = new();

    /// <summary>
    /// Gets the least score a group needs to be aligned at all; below it the target sentence stays unaligned rather than
    /// being forced onto a weak match. The score blends support and the symmetric similarity
    /// (<see cref="SymmetricWeight"/>). Default 0.4. Range (0, 1].
    /// </summary>
    public double MinScore { get; init; } = 0.4;

    /// <summary>
    /// Gets the lower floor: a group anchored on specific terms that scores between it and <see cref="MinScore"/> is
    /// aligned when it beats the best source sentence away from it by <see cref="RivalMargin"/> (no effect at or above
    /// <see cref="MinScore"/>). Default 0.25 (swept on every gold set pooled; docs/accuracy.md). Range (0, 1].
    /// </summary>
    public double LowScore { get; init; } = 0.25;

    /// <summary>Gets the relative margin a group under <see cref="MinScore"/> needs over its best non-adjacent rival (0.5: half as high again). Default 0.5. Range [0, 10].</summary>
    public double RivalMargin { get; init; } = 0.5;

    /// <summary>
    /// Gets how much of the score is the symmetric similarity (the cosine of the two sides' IDF-weighted vectors,
    /// normalised by both sentences) rather than the share of the target sentence's weighted content the source
    /// supports: 0 is support alone, 1 the cosine alone. Default 0.75. Range [0, 1].
    /// </summary>
    public double SymmetricWeight { get; init; } = 0.75;

    /// <summary>
    /// Gets how much of the symmetric similarity is the character n-gram cosine (3- and 4-grams of content words) rather
    /// than the word (stem) cosine. Default 0.75. Range [0, 1].
    /// </summary>
    public double CharWeight { get; init; } = 0.75;

    /// <summary>
    /// Gets the least support (the share of the target sentence's weighted content its sources match) of a
    /// <see cref="AlignmentKind.Paraphrase"/>; aligned groups below it are partial. Default 0.6. Range (0, 1].
    /// </summary>
    public double ParaphraseScore { get; init; } = 0.6;

    /// <summary>Gets the share of words (Dice over the word diff) at which a group is near-verbatim. Default 0.8. Range (0, 1].</summary>
    public double NearVerbatimOverlap { get; init; } = 0.8;

    /// <summary>
    /// Gets how many specific content terms (rare in the compared texts, not generic vocabulary: names, numbers,
    /// rare words) a group must share to stand on its own. A group with fewer is only accepted next to an anchored
    /// neighbour (vicinity). Default 2. Range 1–10.
    /// </summary>
    public int MinSpecificTerms { get; init; } = 2;

    /// <summary>Gets the most source sentences fused into one target sentence (1:n). Default 4. Range 1–16.</summary>
    public int MaxSourcesPerTarget { get; init; } = 4;

    /// <summary>Gets the score gain that justifies adding a neighbouring source sentence to a group. Default 0.08. Range [0, 1].</summary>
    public double NeighbourMergeGain { get; init; } = 0.08;

    /// <summary>Gets the score gain that justifies adding a distant source sentence to a group. Default 0.2. Range [0, 1].</summary>
    public double DistantMergeGain { get; init; } = 0.2;

    /// <summary>
    /// Gets the least score of a group without specific evidence of its own that sits next to an anchored group
    /// (vicinity). Default 0.4. Range (0, 1].
    /// </summary>
    public double VicinityMinScore { get; init; } = 0.4;

    /// <summary>Gets how near (in sentences) an anchored alignment must be to vouch for a group without specific terms. Default 3. Range 0–50.</summary>
    public int VicinityWindow { get; init; } = 3;

    /// <summary>Gets the least character 4-gram Dice for two different words to count as the same term (<c>raised</c>/<c>raise</c>). Default 0.55. Range (0, 1].</summary>
    public double SoftMatchMin { get; init; } = 0.55;

    /// <summary>Gets the weight factor of generic public-affairs vocabulary ("development", "important"). Default 0.3. Range [0, 1].</summary>
    public double GenericWeight { get; init; } = 0.3;

    /// <summary>Gets the weight factor of numbers. Default 1.6. Range [1, 10].</summary>
    public double NumberBoost { get; init; } = 1.6;

    /// <summary>Gets the weight factor of proper nouns. Default 1.4. Range [1, 10].</summary>
    public double ProperNounBoost { get; init; } = 1.4;

    /// <summary>Gets the word diff's options. Default <see cref="WordDiffOptions.Default"/>.</summary>
    public WordDiffOptions Diff { get; init; } = WordDiffOptions.Default;

    /// <summary>Throws when a setting is out of range, naming the setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    /// <exception cref="ArgumentNullException"><see cref="Diff"/> is null.</exception>
    public void Validate()
    {
        Check(MinScore is > 0 and <= 1, nameof(MinScore), MinScore, "between 0 (exclusive) and 1");
        Check(LowScore is > 0 and <= 1, nameof(LowScore), LowScore, "between 0 (exclusive) and 1");
        Check(RivalMargin is >= 0 and <= 10, nameof(RivalMargin), RivalMargin, "between 0 and 10");
        Check(SymmetricWeight is >= 0 and <= 1, nameof(SymmetricWeight), SymmetricWeight, "between 0 and 1");
        Check(CharWeight is >= 0 and <= 1, nameof(CharWeight), CharWeight, "between 0 and 1");
        Check(ParaphraseScore is > 0 and <= 1, nameof(ParaphraseScore), ParaphraseScore, "between 0 (exclusive) and 1");
        Check(NearVerbatimOverlap is > 0 and <= 1, nameof(NearVerbatimOverlap), NearVerbatimOverlap, "between 0 (exclusive) and 1");
        Check(MinSpecificTerms is >= 1 and <= 10, nameof(MinSpecificTerms), MinSpecificTerms, "between 1 and 10");
        Check(MaxSourcesPerTarget is >= 1 and <= 16, nameof(MaxSourcesPerTarget), MaxSourcesPerTarget, "between 1 and 16");
        Check(NeighbourMergeGain is >= 0 and <= 1, nameof(NeighbourMergeGain), NeighbourMergeGain, "between 0 and 1");
        Check(DistantMergeGain is >= 0 and <= 1, nameof(DistantMergeGain), DistantMergeGain, "between 0 and 1");
        Check(VicinityMinScore is > 0 and <= 1, nameof(VicinityMinScore), VicinityMinScore, "between 0 (exclusive) and 1");
        Check(VicinityWindow is >= 0 and <= 50, nameof(VicinityWindow), VicinityWindow, "between 0 and 50");
        Check(SoftMatchMin is > 0 and <= 1, nameof(SoftMatchMin), SoftMatchMin, "between 0 (exclusive) and 1");
        Check(GenericWeight is >= 0 and <= 1, nameof(GenericWeight), GenericWeight, "between 0 and 1");
        Check(NumberBoost is >= 1 and <= 10, nameof(NumberBoost), NumberBoost, "between 1 and 10");
        Check(ProperNounBoost is >= 1 and <= 10, nameof(ProperNounBoost), ProperNounBoost, "between 1 and 10");
        Settings.RequireNotNull(Diff, nameof(AlignerOptions), nameof(Diff));

        Diff.Validate();
    }

    private static void Check(bool ok, string name, object value, string range) =>
        Settings.Require(ok, nameof(AlignerOptions), name, value, $"must be {range}.");
}
