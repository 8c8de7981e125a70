namespace CorpusDiff.Claims;

/// <summary>What the consistency score of a (source, summary) pair is computed from; every value is the checker's own measurement.</summary>
/// <param name="MeanSupport">Length-weighted mean over the summary's sentences of their SummaC-style support (best window of 1–3 adjacent source sentences), in [0, 1].</param>
/// <param name="MinSupport">The weakest sentence's support, in [0, 1].</param>
/// <param name="NovelNumbers">Numbers the summary states that the source nowhere states.</param>
/// <param name="NovelNames">Capitalised names in the summary that the source never uses.</param>
/// <param name="NovelDates">Month and weekday names in the summary that the source never uses.</param>
/// <param name="NovelWordShare">Share of the summary's content words found nowhere in the source, in [0, 1].</param>
/// <param name="SentenceSupport">The mean of the weakest and the length-weighted mean single-sentence support (each summary sentence's best source sentence), in [0, 1].</param>
/// <param name="DivergentShare">Share of the summary's sentences in which the claim comparison found any divergence, in [0, 1].</param>
/// <param name="PenalisedSupport">The checker's per-sentence consistency (single-sentence support lowered by a factor per divergence severity), aggregated as the mean of the weakest and the length-weighted mean, in [0, 1].</param>
/// <param name="PenalisedWindowSupport">As <paramref name="PenalisedSupport"/>, but each sentence's support is the better of its single-sentence and window support, in [0, 1].</param>
internal readonly record struct ConsistencyFeatures(
    double MeanSupport,
    double MinSupport,
    int NovelNumbers,
    int NovelNames,
    int NovelDates,
    double NovelWordShare,
    double SentenceSupport,
    double DivergentShare,
    double PenalisedSupport,
    double PenalisedWindowSupport)
{
    /// <summary>Gets the features the calibrated model reads, in <see cref="ConsistencyScorer.Coefficients"/> order (intercept excluded).</summary>
    /// <remarks>Only the divergence-penalised support: every wider model tried ranked worse on some dataset (docs/accuracy.md).</remarks>
    public double[] Vector() => [PenalisedSupport];

    /// <summary>Gets every measured value, in the feature dump's column order, for the calibration tool to try.</summary>
    public double[] Candidates() =>
        [MeanSupport, MinSupport, Math.Min(NovelNumbers, 3), Math.Min(NovelNames, 3), Math.Min(NovelDates, 2), NovelWordShare, SentenceSupport, DivergentShare, PenalisedSupport, PenalisedWindowSupport];
}
