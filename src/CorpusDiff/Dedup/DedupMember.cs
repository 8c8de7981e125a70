namespace CorpusDiff.Dedup;

/// <summary>A member of a duplicate group and how it relates to the group's representative.</summary>
/// <param name="Id">The member's id.</param>
/// <param name="Relation">Its relation to the representative (<see cref="DedupRelation.Representative"/> for the representative itself).</param>
/// <param name="Jaccard">The exact Jaccard similarity with the representative (1 for the representative).</param>
/// <param name="Containment">The share of the smaller of the two shingle sets found in the other (1 for the representative).</param>
/// <param name="Score">
/// The score of the rule behind <paramref name="Relation"/>, measured against the representative (see
/// <see cref="DedupPair.Score"/>; 1 for the representative). A member joined through another member may score below the
/// thresholds against the representative.
/// </param>
public sealed record DedupMember(string Id, DedupRelation Relation, double Jaccard, double Containment, double Score);
