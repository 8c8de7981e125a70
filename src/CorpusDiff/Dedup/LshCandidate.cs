namespace CorpusDiff.Dedup;

/// <summary>An indexed entry that shares a band with a query, with the scores its signatures estimate.</summary>
/// <param name="Key">The entry's key.</param>
/// <param name="EstimatedJaccard">The MinHash estimate of the Jaccard similarity with the query.</param>
/// <param name="EstimatedContainment">The estimate of the share of the smaller set found in the larger one.</param>
public sealed record LshCandidate(string Key, double EstimatedJaccard, double EstimatedContainment);
