namespace CorpusDiff.Similarity;

/// <summary>A sequence distance in [0, 1]: 0 for identical sequences, including two empty ones (F23.StringSimilarity's interface).</summary>
public interface INormalizedSpanDistance : ISpanDistance
{
}
