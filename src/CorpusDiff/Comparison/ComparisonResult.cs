using CorpusDiff.Alignment;
using CorpusDiff.Claims;
using CorpusDiff.Documents;

namespace CorpusDiff.Comparison;

/// <summary>Everything CorpusDiff says about one target report against its source. Immutable.</summary>
/// <param name="Source">The source report.</param>
/// <param name="Target">The compared report.</param>
/// <param name="Judgement">Whether the target reports the source's event, with the evidence.</param>
/// <param name="Scores">Document-level similarity measures.</param>
/// <param name="Coverage">Coverage both ways, and the unaligned sentences on both sides.</param>
/// <param name="Alignments">The aligned sentence groups, ordered by target sentence.</param>
/// <param name="Consistency">The claim check: consistency scores and divergent claims.</param>
public sealed record ComparisonResult(
    Document Source,
    Document Target,
    SameEventJudgement Judgement,
    DocumentScores Scores,
    Coverage Coverage,
    IReadOnlyList<SentenceAlignment> Alignments,
    ConsistencyReport Consistency)
{
    /// <summary>Gets the same-event verdict.</summary>
    public SameEvent SameEvent => Judgement.Verdict;

    /// <summary>Gets the share of the source the target covers (by words), in [0, 1].</summary>
    public double SourceCoverage => Coverage.SourceTokens;

    /// <summary>Gets the share of the target the source supports (by words), in [0, 1].</summary>
    public double TargetSupport => Coverage.TargetTokens;

    /// <summary>Gets the divergent claims of the target against the source.</summary>
    public IReadOnlyList<Divergence> Divergences => Consistency.Divergences;

    /// <summary>Returns the alignment containing a target sentence, or <see langword="null"/> when it is unaligned.</summary>
    /// <param name="targetSentence">A target sentence index.</param>
    /// <returns>The alignment, or <see langword="null"/>.</returns>
    public SentenceAlignment? AlignmentOf(int targetSentence)
    {
        foreach (var alignment in Alignments)
        {
            if (alignment.Target.Contains(targetSentence))
            {
                return alignment;
            }
        }

        return null;
    }
}
