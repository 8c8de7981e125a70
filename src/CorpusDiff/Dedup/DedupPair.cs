namespace CorpusDiff.Dedup;

/// <summary>A verified duplicate pair with the scores that justify it.</summary>
/// <param name="A">The id of the document earlier in input order.</param>
/// <param name="B">The id of the later document.</param>
/// <param name="Relation">How they relate: <see cref="DedupRelation.Exact"/>, <see cref="DedupRelation.NearDuplicate"/> or <see cref="DedupRelation.Contained"/>.</param>
/// <param name="Jaccard">The exact Jaccard similarity of their shingle sets.</param>
/// <param name="Containment">The exact share of the smaller shingle set found in the larger one.</param>
/// <param name="EstimatedJaccard">The MinHash estimate of <paramref name="Jaccard"/> (MinHash method only).</param>
/// <param name="Score">
/// The score of the rule that joined them (<paramref name="Relation"/>): 1 for an exact copy; for a near-duplicate the
/// word-level Indel similarity (<see cref="DedupMeasure.WordEdits"/>) or the Jaccard similarity
/// (<see cref="DedupMeasure.ShingleSets"/>); for a contained reprint the share of the shorter document found in the longer.
/// </param>
public sealed record DedupPair(string A, string B, DedupRelation Relation, double Jaccard, double Containment, double? EstimatedJaccard, double Score);
