namespace CorpusDiff.Similarity;

/// <summary>A sequence similarity in [0, 1]: 1 for identical sequences, including two empty ones (F23.StringSimilarity's interface).</summary>
public interface INormalizedSpanSimilarity : ISpanSimilarity
{
}
