namespace CorpusDiff.Dedup;

/// <summary>
/// Classifies two indexed documents from their signatures alone, by the deduplicator's shingle-set rule
/// (<see cref="DedupOptions.RelateShingleSets"/>): used for pairs whose sets never met (added by different runs, or loaded from an index file).
/// </summary>
internal static class EstimatedRelation
{
    public static IndexEdge? Classify(IndexedDocument a, IndexedDocument b, DedupOptions options)
    {
        if (IsExact(a, b))
        {
            return new IndexEdge(a.Key, b.Key, DedupRelation.Exact, 1, 1, Estimated: true);
        }

        var jaccard = a.Signature.EstimateJaccard(b.Signature);
        var containment = a.Signature.EstimateContainment(b.Signature);
        return options.RelateShingleSets(jaccard, containment, a.Length, b.Length) is { } relation
            ? new IndexEdge(a.Key, b.Key, relation, jaccard, containment, Estimated: true)
            : null;
    }

    public static bool IsExact(IndexedDocument a, IndexedDocument b) =>
        a.ExactHash == b.ExactHash && a.Length == b.Length && a.Signature.Values.SequenceEqual(b.Signature.Values);
}
