namespace CorpusDiff.Evaluation;

/// <summary>One labelled (source, summary) pair as an evaluation sees it.</summary>
/// <param name="Dataset">The dataset the pair comes from.</param>
/// <param name="Score">The consistency score.</param>
/// <param name="Baseline">The bigram-overlap baseline's score (<see cref="BigramOverlap"/>).</param>
/// <param name="Consistent">The label: <see langword="true"/> when the summary is consistent with its source.</param>
public sealed record LabelledScore(string Dataset, double Score, double Baseline, bool Consistent);
