namespace CorpusDiff.Similarity;

/// <summary>A distance that is a metric: non-negative, zero only for equal strings, symmetric, and obeying the triangle inequality.</summary>
public interface IMetricStringDistance : IStringDistance
{
}
