namespace CorpusDiff.Dedup;

/// <summary>A document as a shared dedup index keeps it: no text, only what grouping and matching need.</summary>
/// <param name="Key">The index key: the full path, or the id when the document has no path. Re-adding a key replaces it.</param>
/// <param name="Id">The id the document had in the run that added it (usually the file name).</param>
/// <param name="Path">The path it was read from, if any.</param>
/// <param name="Published">Its publication date, if stated.</param>
/// <param name="Length">The number of distinct shingles of its body.</param>
/// <param name="ExactHash">The exact-duplicate hash of its normalized body.</param>
/// <param name="Signature">Its MinHash signature.</param>
public sealed record IndexedDocument(string Key, string Id, string? Path, DateOnly? Published, int Length, ulong ExactHash, MinHashSignature Signature);
