namespace CorpusDiff.Dedup;

/// <summary>An input document whose signature matches a document indexed by an earlier run (scores are MinHash estimates).</summary>
/// <param name="Id">The input document's id.</param>
/// <param name="Indexed">The key of the indexed document it matches.</param>
/// <param name="EstimatedJaccard">The estimated Jaccard similarity.</param>
/// <param name="EstimatedContainment">The estimated containment of the smaller shingle set in the other.</param>
public sealed record DedupIndexMatch(string Id, string Indexed, double EstimatedJaccard, double EstimatedContainment);
