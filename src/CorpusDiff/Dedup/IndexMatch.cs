namespace CorpusDiff.Dedup;

/// <summary>An input document that matches a document indexed by an earlier run (scores are MinHash estimates: the earlier text is not kept).</summary>
/// <param name="Id">The input document's id.</param>
/// <param name="Indexed">The key of the indexed document (its full path, or its id when it had no path).</param>
/// <param name="EstimatedJaccard">The estimated Jaccard similarity of their shingle sets.</param>
/// <param name="EstimatedContainment">The estimated share of the smaller set found in the larger one.</param>
public sealed record IndexMatch(string Id, string Indexed, double EstimatedJaccard, double EstimatedContainment);
