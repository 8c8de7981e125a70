namespace CorpusDiff.Alignment;

/// <summary>The aligner's full answer for one pair: the model it scored with, the alignments, and each target sentence's candidate.</summary>
internal sealed record PairAlignment(PairModel Model, IReadOnlyList<SentenceAlignment> Alignments, IReadOnlyList<Candidate?> Candidates);
