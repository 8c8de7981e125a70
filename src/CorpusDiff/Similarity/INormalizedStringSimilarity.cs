namespace CorpusDiff.Similarity;

/// <summary>A similarity in [0, 1]: 1 for identical strings (including two empty strings).</summary>
public interface INormalizedStringSimilarity : IStringSimilarity
{
}
