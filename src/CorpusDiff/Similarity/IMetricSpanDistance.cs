namespace CorpusDiff.Similarity;

/// <summary>
/// A sequence distance that is a metric: non-negative, zero only for equal sequences, symmetric, and obeying the
/// triangle inequality (F23.StringSimilarity's interface).
/// </summary>
public interface IMetricSpanDistance : ISpanDistance
{
}
