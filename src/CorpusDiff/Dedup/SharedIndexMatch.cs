namespace CorpusDiff.Dedup;

/// <summary>An input document whose signature matches a document another run put in a shared index (scores are MinHash estimates).</summary>
/// <param name="Id">The input's id.</param>
/// <param name="Indexed">The key of the indexed document.</param>
/// <param name="EstimatedJaccard">The estimated Jaccard similarity.</param>
/// <param name="EstimatedContainment">The estimated share of the smaller set found in the larger one.</param>
public sealed record SharedIndexMatch(string Id, string Indexed, double EstimatedJaccard, double EstimatedContainment);
