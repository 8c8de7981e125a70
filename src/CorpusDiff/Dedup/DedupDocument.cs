namespace CorpusDiff.Dedup;

/// <summary>A document as the deduplicator saw it: what was kept after its text was released.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Path">The path it was read from, if any.</param>
/// <param name="Published">Its publication date, if stated.</param>
/// <param name="Shingles">The number of distinct shingles of its body.</param>
/// <param name="ExactHash">The exact-duplicate hash: xxHash64 (seed 0) of the UTF-8 normalized body.</param>
/// <param name="Signature">Its MinHash signature (<see cref="DedupMethod.MinHash"/> only; otherwise <see langword="null"/>).</param>
public sealed record DedupDocument(string Id, string? Path, DateOnly? Published, int Shingles, ulong ExactHash, MinHashSignature? Signature)
{
    /// <summary>Gets a value indicating whether the document's body is empty: it is in a group of its own, never a copy of another empty one.</summary>
    public bool IsEmpty { get; init; }
}
