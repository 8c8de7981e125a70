namespace CorpusDiff.Dedup;

/// <summary>How candidate duplicate pairs are found. Every candidate is then verified on exact shingle sets.</summary>
public enum DedupMethod
{
    /// <summary>MinHash signatures in a banded LSH index tuned for the threshold; finds near-duplicates and shortened reprints.</summary>
    MinHash,

    /// <summary>64-bit SimHash fingerprints within a Hamming distance, looked up in permuted-block tables; cheaper, lower recall.</summary>
    SimHash,

    /// <summary>Only documents whose normalized bodies are identical.</summary>
    Exact,
}
