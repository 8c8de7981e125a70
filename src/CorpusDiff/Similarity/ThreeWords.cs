namespace CorpusDiff.Similarity;

/// <summary>Patterns of 3 words (129–192 characters).</summary>
internal readonly struct ThreeWords : IWordCount
{
    /// <inheritdoc/>
    public static int Count => 3;
}
