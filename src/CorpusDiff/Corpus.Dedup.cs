using CorpusDiff.Dedup;
using CorpusDiff.Documents;

namespace CorpusDiff;

/// <summary>Deduplication entry points.</summary>
public static partial class Corpus
{
    /// <summary>Groups exact copies, near-duplicates and shortened reprints among documents.</summary>
    /// <param name="documents">The documents (consumed once; ids must be distinct).</param>
    /// <param name="deduplicator">The pipeline to use; <see langword="null"/> for <see cref="Deduplicator.Default"/>.</param>
    /// <returns>Every document in exactly one group, with the verified pairs and their scores.</returns>
    public static DedupResult Dedup(IEnumerable<Document> documents, Deduplicator? deduplicator = null) =>
        (deduplicator ?? Deduplicator.Default).Deduplicate(documents);

    /// <summary>Groups exact copies, near-duplicates and shortened reprints among files (ids are file names).</summary>
    /// <param name="paths">The files.</param>
    /// <param name="deduplicator">The pipeline to use; <see langword="null"/> for <see cref="Deduplicator.Default"/>.</param>
    /// <returns>Every document in exactly one group, with the verified pairs and their scores.</returns>
    public static DedupResult DedupFiles(IEnumerable<string> paths, Deduplicator? deduplicator = null) =>
        (deduplicator ?? Deduplicator.Default).DeduplicateFiles(paths);
}
