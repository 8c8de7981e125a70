namespace CorpusDiff.Dedup;

/// <summary>A duplicate relation stored in a shared index between two indexed documents.</summary>
/// <param name="A">The key of one document.</param>
/// <param name="B">The key of the other.</param>
/// <param name="Relation">How they relate: exact, near-duplicate or contained.</param>
/// <param name="Jaccard">The Jaccard similarity of their shingle sets (exact or estimated, see <paramref name="Estimated"/>).</param>
/// <param name="Containment">The share of the smaller shingle set found in the larger one.</param>
/// <param name="Estimated">
/// <see langword="true"/> when the scores are MinHash estimates (the documents were added by different runs, so their
/// shingle sets never met); <see langword="false"/> when one run verified them on exact shingle sets.
/// </param>
public sealed record IndexEdge(string A, string B, DedupRelation Relation, double Jaccard, double Containment, bool Estimated);
