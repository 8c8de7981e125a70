namespace CorpusDiff.Dedup;

/// <summary>
/// A dedup index shared by several runs, possibly on several machines at once: documents (metadata and MinHash
/// signature) in LSH band buckets, and the duplicate edges runs found between them. Implementations work in batches
/// (a call covers many documents), make each added document visible only once it is complete (a reader never sees a
/// document whose buckets are half written), and are safe to call from several threads and processes.
/// </summary>
public interface IDedupIndexStore
{
    /// <summary>Gets a name for the index to show in messages (never a secret).</summary>
    string Name { get; }

    /// <summary>Gets the layout the index was created with.</summary>
    LshIndexOptions Options { get; }

    /// <summary>Gets the bands and rows in use.</summary>
    LshParameters Parameters { get; }

    /// <summary>Gets the number of complete documents in the index (may be approximate while other runs write).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count.</returns>
    long Count(CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds documents, each replacing a document stored under the same key (its buckets and edges go with it).
    /// A document becomes visible to <see cref="Query"/> and <see cref="Documents"/> only when complete.
    /// </summary>
    /// <param name="documents">The documents; keys distinct; signatures made with the index's permutations and seed.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled add can be repeated safely.</param>
    void Add(IReadOnlyList<IndexedDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Finds, for each signature, the complete documents sharing at least one band bucket with it.</summary>
    /// <param name="signatures">The query signatures.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One candidate list per signature, in order (unverified, unordered).</returns>
    IReadOnlyList<IReadOnlyList<IndexedDocument>> Query(IReadOnlyList<MinHashSignature> signatures, CancellationToken cancellationToken = default);

    /// <summary>Stores edges; an edge between the same two keys replaces the one stored before.</summary>
    /// <param name="edges">The edges.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    void AddEdges(IReadOnlyList<IndexEdge> edges, CancellationToken cancellationToken = default);

    /// <summary>Removes documents with their buckets and edges; unknown keys are ignored.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many documents were removed.</returns>
    int Remove(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Reads every complete document.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The documents, in key order (ordinal).</returns>
    IReadOnlyList<IndexedDocument> Documents(CancellationToken cancellationToken = default);

    /// <summary>Reads every stored edge (each once); edges to documents that are gone may be left out, and grouping ignores edges to documents that are not complete.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The edges.</returns>
    IReadOnlyList<IndexEdge> Edges(CancellationToken cancellationToken = default);
}
