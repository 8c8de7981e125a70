namespace CorpusDiff.Similarity;

/// <summary>Patterns of 2 words (65–128 characters).</summary>
internal readonly struct TwoWords : IWordCount
{
    /// <inheritdoc/>
    public static int Count => 2;
}
