using CorpusDiff.Alignment;
using CorpusDiff.Claims;

namespace CorpusDiff.Comparison;

/// <summary>Settings of a <see cref="CorpusComparer"/>. Immutable; <see cref="Validate"/> names the offending setting.</summary>
public sealed record ComparisonOptions : ISettingsRecord
{
    /// <summary>Gets the default options.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>Gets the sentence aligner's options. Default <see cref="AlignerOptions.Default"/>.</summary>
    public AlignerOptions Aligner { get; init; } = AlignerOptions.Default;

    /// <summary>Gets the claim checker run on every pair. Default <see cref="ClaimChecker.Default"/>.</summary>
    public ClaimChecker Claims { get; init; } = ClaimChecker.Default;

    /// <summary>Gets whether to run the claim checker (divergences). Default <see langword="true"/>.</summary>
    public bool CheckClaims { get; init; } = true;

    /// <summary>Gets the word n-gram size of the shingle measures. Default 3. Range 1–10.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>
    /// Gets the share of the target's words in well-supported sentences (verbatim, near-verbatim, paraphrase), together
    /// with partly aligned sentences that rest on the source's specific terms (a restatement in other words), from which
    /// the target reports the same event (<see cref="SameEvent.Yes"/>). Default 0.45. Range (0, 1].
    /// </summary>
    public double SameEventShare { get; init; } = 0.45;

    /// <summary>Gets the share from which the target reports part of the event (<see cref="SameEvent.Partial"/>). Default 0.1. Range (0, 1].</summary>
    public double PartialEventShare { get; init; } = 0.1;

    /// <summary>
    /// Gets how many target sentences a partial verdict needs at least, each well supported by the source or restating
    /// one of its sentences on its names and numbers. Default 2. Range 1–100.
    /// </summary>
    public int PartialEventSentences { get; init; } = 2;

    /// <summary>
    /// Gets how many specific terms the source nowhere has, a name or number among them, make an unaligned target
    /// sentence one with facts of its own (another story's). Default 2 (one such term is often a spelling or a name the
    /// source shortens; chosen by reading the seed corpus, <c>docs/accuracy.md</c>, "The seed corpus, read as an
    /// editor"). Range 1–100.
    /// </summary>
    public int ForeignTerms { get; init; } = 2;

    /// <summary>
    /// Gets how many unaligned target sentences with facts of their own (<see cref="ForeignTerms"/> or more specific terms the source lacks)
    /// make an otherwise well-supported target only a <see cref="SameEvent.Partial"/> report, when they also make up
    /// at least <see cref="PartialEventShare"/> of its words. Default 2 (chosen on every alignment gold set,
    /// <c>docs/accuracy.md</c>, "Same-event verdicts on rewrites in other words"). Range 1–100.
    /// </summary>
    public int ForeignSentences { get; init; } = 2;

    /// <summary>
    /// Gets the least support of a target sentence's best source match, resting on specific terms, for it to count as
    /// a shared fact when judging a <see cref="SameEvent.Partial"/> report whose event days match the source's.
    /// Lower than the aligner's threshold on purpose: a sentence can share a fact yet say too much else to align.
    /// Sentences stating a number the source nowhere states never count. Default 0.3. Range (0, 1].
    /// </summary>
    public double FactEvidenceScore { get; init; } = 0.3;

    /// <summary>Gets how many days before the source's earliest date a target may be dated and still report its event. Default 7. Range 0–3650.</summary>
    public int DaysBefore { get; init; } = 7;

    /// <summary>Gets how many days after the source's latest date a target may be dated and still report its event. Default 30. Range 0–3650.</summary>
    public int DaysAfter { get; init; } = 30;

    /// <summary>Gets the most targets compared at once; 1 compares one after another. Default the processor count. Range 1–256.</summary>
    public int MaxParallelism { get; init; } = Math.Min(Environment.ProcessorCount, 256);

    /// <summary>Throws when a setting is out of range, naming the setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    /// <exception cref="ArgumentNullException">A nested setting is null.</exception>
    public void Validate()
    {
        Settings.RequireNotNull(Aligner, nameof(ComparisonOptions), nameof(Aligner));
        Settings.RequireNotNull(Claims, nameof(ComparisonOptions), nameof(Claims));

        Aligner.Validate();
        Check(ShingleSize is >= 1 and <= 10, nameof(ShingleSize), ShingleSize, "between 1 and 10");
        Check(SameEventShare is > 0 and <= 1, nameof(SameEventShare), SameEventShare, "between 0 (exclusive) and 1");
        Check(PartialEventShare is > 0 and <= 1 && PartialEventShare <= SameEventShare, nameof(PartialEventShare), PartialEventShare, "between 0 (exclusive) and SameEventShare");
        Check(PartialEventSentences is >= 1 and <= 100, nameof(PartialEventSentences), PartialEventSentences, "between 1 and 100");
        Check(ForeignTerms is >= 1 and <= 100, nameof(ForeignTerms), ForeignTerms, "between 1 and 100");
        Check(ForeignSentences is >= 1 and <= 100, nameof(ForeignSentences), ForeignSentences, "between 1 and 100");
        Check(FactEvidenceScore is > 0 and <= 1, nameof(FactEvidenceScore), FactEvidenceScore, "between 0 (exclusive) and 1");
        Check(DaysBefore is >= 0 and <= 3650, nameof(DaysBefore), DaysBefore, "between 0 and 3650");
        Check(DaysAfter is >= 0 and <= 3650, nameof(DaysAfter), DaysAfter, "between 0 and 3650");
        Check(MaxParallelism is >= 1 and <= 256, nameof(MaxParallelism), MaxParallelism, "between 1 and 256");
    }

    private static void Check(bool ok, string name, object value, string range) =>
        Settings.Require(ok, nameof(ComparisonOptions), name, value, $"must be {range}.");
}
