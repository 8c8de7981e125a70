namespace CorpusDiff.Dedup;

/// <summary>A group of documents that are copies of one another (possibly a single document).</summary>
/// <param name="Representative">The id of the member standing for the group.</param>
/// <param name="Members">Every member, the representative first, then in input order.</param>
public sealed record DedupGroup(string Representative, IReadOnlyList<DedupMember> Members);
