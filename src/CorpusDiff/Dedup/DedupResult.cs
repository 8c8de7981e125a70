namespace CorpusDiff.Dedup;

/// <summary>The outcome of deduplication: every document in exactly one group, and the verified pairs behind the groups.</summary>
/// <param name="Documents">The documents, in input order.</param>
/// <param name="Groups">The groups (singletons included), ordered by their first member's input position.</param>
/// <param name="Pairs">The verified pairs, ordered by input position of A then B.</param>
/// <param name="Candidates">How many candidate pairs were verified.</param>
public sealed record DedupResult(IReadOnlyList<DedupDocument> Documents, IReadOnlyList<DedupGroup> Groups, IReadOnlyList<DedupPair> Pairs, long Candidates);
