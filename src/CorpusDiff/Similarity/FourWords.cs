namespace CorpusDiff.Similarity;

/// <summary>Patterns of 4 words (193–256 characters).</summary>
internal readonly struct FourWords : IWordCount
{
    /// <inheritdoc/>
    public static int Count => 4;
}
