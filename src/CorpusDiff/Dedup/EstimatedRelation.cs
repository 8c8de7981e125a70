namespace CorpusDiff.Dedup;

/// <summary>
/// Classifies two indexed documents from their signatures alone, by the rules the deduplicator applies to exact
/// shingle sets: used for pairs whose sets never met (added by different runs, or loaded from an index file).
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
        if (jaccard >= options.Threshold)
        {
            return new IndexEdge(a.Key, b.Key, DedupRelation.NearDuplicate, jaccard, containment, Estimated: true);
        }

        var ratio = (double)Math.Min(a.Length, b.Length) / Math.Max(1, Math.Max(a.Length, b.Length));
        return options.ContainmentThreshold <= 1 && containment >= options.ContainmentThreshold && ratio >= options.MinContainedRatio
            ? new IndexEdge(a.Key, b.Key, DedupRelation.Contained, jaccard, containment, Estimated: true)
            : null;
    }

    public static bool IsExact(IndexedDocument a, IndexedDocument b) =>
        a.ExactHash == b.ExactHash && a.Length == b.Length && a.Signature.Values.SequenceEqual(b.Signature.Values);
}
