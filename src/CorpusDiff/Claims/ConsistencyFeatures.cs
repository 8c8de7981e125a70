namespace CorpusDiff.Claims;

/// <summary>What the consistency score of a (source, summary) pair is computed from; every value is the checker's own measurement.</summary>
/// <param name="MeanSupport">Length-weighted mean over the summary's sentences of their SummaC-style support (best window of 1–3 adjacent source sentences), in [0, 1].</param>
/// <param name="MinSupport">The weakest sentence's support, in [0, 1].</param>
/// <param name="NovelWordShare">Share of the summary's content words found nowhere in the source, in [0, 1].</param>
/// <param name="SentenceSupport">The mean of the weakest and the length-weighted mean single-sentence support (each summary sentence's best source sentence), in [0, 1].</param>
/// <param name="DivergentShare">Share of the summary's sentences in which the claim comparison found any divergence, in [0, 1].</param>
/// <param name="PenalisedSupport">The checker's per-sentence consistency (single-sentence support lowered by a factor per divergence severity), aggregated as the mean of the weakest and the length-weighted mean, in [0, 1].</param>
/// <param name="PenalisedWindowSupport">As <paramref name="PenalisedSupport"/>, but each sentence's support is the better of its single-sentence and window support, in [0, 1].</param>
/// <param name="NovelFacts">
/// The distinct new facts (numbers, dates, names) the claim check's addition records list: what the source never gives,
/// judged with the checker's knowledge (the calendar, name variants, outlets and agency credits).
/// </param>
/// <param name="NovelWeight">
/// The largest share, over the summary's sentences, of a sentence's IDF-weighted content words found nowhere in the
/// source (a word the source lacks weighs as its rarest word), in [0, 1]: one rare new word in a short sentence counts.
/// </param>
internal readonly record struct ConsistencyFeatures(
    double MeanSupport,
    double MinSupport,
    double NovelWordShare,
    double SentenceSupport,
    double DivergentShare,
    double PenalisedSupport,
    double PenalisedWindowSupport,
    int NovelFacts,
    double NovelWeight)
{
    /// <summary>Gets how many of <see cref="NovelFacts"/> are names (the rest are numbers and dates).</summary>
    public int NovelNames { get; init; }

    /// <summary>Gets the number of high-severity contradictions (a changed number, date, negation or speaker).</summary>
    public int HighContradictions { get; init; }

    /// <summary>Gets the number of medium-severity contradictions (a swapped name, a changed quantity).</summary>
    public int MediumContradictions { get; init; }

    /// <summary>Gets the length-weighted mean over the summary's sentences of <see cref="NovelWeight"/>'s per-sentence share.</summary>
    public double MeanNovelWeight { get; init; }

    /// <summary>Gets the weakest sentence's penalised window support (the minimum half of <see cref="PenalisedWindowSupport"/>).</summary>
    public double WindowMin { get; init; }

    /// <summary>Gets the length-weighted mean penalised window support (the mean half of <see cref="PenalisedWindowSupport"/>).</summary>
    public double WindowMean { get; init; }

    /// <summary>Gets the number of runs of adjacent content words the source never uses that are <see cref="ConsistencyScorer.MinNovelRun"/> or more words long (<c>leo james murphy</c>) or hold a rare name English does not know (<c>rosamund</c>, <c>enda varadkar</c>): in case-less text, where the claim extractor sees no capitals, the shape of a new name.</summary>
    public int NovelRuns { get; init; }

    /// <summary>Gets whether the summary is case-less (almost no capitals), so its names are invisible to the claim extractor.</summary>
    public bool Caseless { get; init; }

    /// <summary>Gets every measured value, in the feature dump's column order, for the calibration tool to try.</summary>
    public double[] Candidates() =>
        [MeanSupport, MinSupport, NovelWordShare, SentenceSupport, DivergentShare, PenalisedSupport, PenalisedWindowSupport, Math.Min(NovelFacts, ConsistencyScorer.MaxNovelSpecifics), NovelWeight,
            NovelNames, HighContradictions, MediumContradictions, MeanNovelWeight, WindowMin, WindowMean, NovelRuns, Caseless ? 1 : 0];
}
