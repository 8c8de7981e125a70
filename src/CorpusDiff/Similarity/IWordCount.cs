namespace CorpusDiff.Similarity;

/// <summary>A word count known to the JIT at compile time, so a kernel specialised on it keeps its state in registers.</summary>
internal interface IWordCount
{
    /// <summary>Gets the number of 64-bit words.</summary>
    static abstract int Count { get; }
}
