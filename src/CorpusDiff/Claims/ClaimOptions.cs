namespace CorpusDiff.Claims;

/// <summary>
/// How a <see cref="ClaimChecker"/> scores support and weighs divergences. Every default was chosen on the
/// development set (<c>docs/accuracy.md</c>, "Divergent claims and consistency").
/// </summary>
public sealed record ClaimOptions : ISettingsRecord
{
    /// <summary>Gets the default options.</summary>
    public static ClaimOptions Default { get; } = new();

    /// <summary>
    /// Gets the document consistency at or above which a target counts as consistent with its source.
    /// Default: 0.67, chosen by <c>tools/calibrate-consistency.py</c> together with the scorer's constants on all development data (FactCC, Polytope, CLIFF
    /// and Goyal'21 pairs, and the cased sets again lower-cased and PTB-tokenised) as the value that maximises the mean plus the worst per-dataset balanced accuracy, with every dataset's AUC at least 0.015 above the bigram-overlap baseline (see
    /// <c>docs/accuracy.md</c>). The scorer is abstractiveness-aware, so one threshold serves near-copies and rewrites.
    /// </summary>
    public double DecisionThreshold { get; init; } = 0.67;

    /// <summary>
    /// Gets the weight of IDF-weighted word recall in a sentence's lexical support; the rest goes to word-pair (bigram)
    /// recall. Default: 0.5.
    /// </summary>
    public double UnigramWeight { get; init; } = 0.5;

    /// <summary>Gets how many best-supporting source sentences a target sentence is compared with when no alignment is given. Default: 2.</summary>
    public int CandidateSentences { get; init; } = 2;

    /// <summary>
    /// Gets the share of the best candidate's support another candidate source sentence needs to be compared too
    /// (when no alignment is given): a sentence far weaker than the best is about something else. Default: 0.6
    /// (chosen by hand on the development set; untested alternative).
    /// </summary>
    public double CandidateShare { get; init; } = 0.6;

    /// <summary>
    /// Gets the recall of a target sentence's words in its three best-supporting source sentences together from which
    /// a sentence that fuses them (and states no new fact) is not reported as unsupported. Default: 0.4 (chosen by
    /// hand on the development set; untested alternative).
    /// </summary>
    public double FusedSupport { get; init; } = 0.4;

    /// <summary>
    /// Gets the lexical support a source sentence needs before a paired comparison (negation, quantity, speaker,
    /// substituted name) may fire against it: below it the sentences are not about the same thing. Default: 0.35.
    /// </summary>
    public double PairingSupport { get; init; } = 0.35;

    /// <summary>
    /// Gets the lexical support below which a target sentence with enough content words is reported as unsupported
    /// (background the source never states). Default: 0.2.
    /// </summary>
    public double UnsupportedSentenceSupport { get; init; } = 0.2;

    /// <summary>Gets the factor a high-severity divergence takes off its sentence's consistency. Default: 0.5.</summary>
    public double HighPenalty { get; init; } = 0.5;

    /// <summary>Gets the factor a medium-severity divergence takes off its sentence's consistency. Default: 0.25.</summary>
    public double MediumPenalty { get; init; } = 0.25;

    /// <summary>Gets the factor a low-severity divergence takes off its sentence's consistency. Default: 0.05.</summary>
    public double LowPenalty { get; init; } = 0.05;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        Unit(DecisionThreshold, nameof(DecisionThreshold));
        Unit(UnigramWeight, nameof(UnigramWeight));
        Unit(PairingSupport, nameof(PairingSupport));
        Unit(UnsupportedSentenceSupport, nameof(UnsupportedSentenceSupport));
        Unit(CandidateShare, nameof(CandidateShare));
        Unit(FusedSupport, nameof(FusedSupport));
        Unit(HighPenalty, nameof(HighPenalty));
        Unit(MediumPenalty, nameof(MediumPenalty));
        Unit(LowPenalty, nameof(LowPenalty));
        Settings.Require(CandidateSentences >= 1, nameof(ClaimOptions), nameof(CandidateSentences), CandidateSentences, "must be at least 1.");
    }

    private static void Unit(double value, string name) => Settings.RequireUnit(value, nameof(ClaimOptions), name);
}
