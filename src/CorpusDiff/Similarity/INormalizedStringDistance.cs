namespace CorpusDiff.Similarity;

/// <summary>A distance in [0, 1]: 0 for identical strings (including two empty strings).</summary>
public interface INormalizedStringDistance : IStringDistance
{
}
