using CorpusDiff.Alignment;
using CorpusDiff.Claims;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;

namespace CorpusDiff.Reports;

/// <summary>
/// Per target sentence, its alignment and its divergent claims, built once per result so the text and markdown
/// writers (which walk <see cref="Rows"/>) stay linear: asking <see cref="ComparisonResult.AlignmentOf"/> and filtering every divergence for each
/// sentence made them quadratic in the target's length (a 30 MB target took minutes as text, seconds as JSON).
/// </summary>
internal sealed class ComparisonLookup
{
    private readonly SentenceAlignment?[] alignments;
    private readonly List<int>?[] divergences;
    private readonly IReadOnlyList<Divergence> all;
    private readonly IReadOnlyList<Sentence> target;

    public ComparisonLookup(ComparisonResult result)
    {
        target = result.Target.Sentences;
        var count = target.Count;
        alignments = new SentenceAlignment?[count];
        foreach (var alignment in result.Alignments)
        {
            foreach (var t in alignment.Target)
            {
                if ((uint)t < (uint)count)
                {
                    alignments[t] ??= alignment;
                }
            }
        }

        all = result.Divergences;
        divergences = new List<int>?[count];
        for (var i = 0; i < all.Count; i++)
        {
            var t = all[i].TargetSentence;
            if ((uint)t < (uint)count)
            {
                (divergences[t] ??= []).Add(i);
            }
        }
    }

    /// <summary>
    /// The target in reading order, as the text and markdown reports lay it out: each unaligned sentence, and each
    /// alignment once, at its first target sentence, with the divergences of all its sentences ranked
    /// (<see cref="Divergence.Rank"/>).
    /// </summary>
    public IEnumerable<(Sentence First, SentenceAlignment? Alignment, IReadOnlyList<Divergence> Divergences)> Rows()
    {
        foreach (var t in target)
        {
            var alignment = alignments[t.Index];
            if (alignment is not null && alignment.Target[0] != t.Index)
            {
                continue;
            }

            yield return (t, alignment, Divergence.Rank(DivergencesOf(alignment?.Target ?? [t.Index])));
        }
    }

    /// <summary>The divergent claims of some target sentences, in the result's order.</summary>
    private IEnumerable<Divergence> DivergencesOf(IReadOnlyList<int> targetSentences)
    {
        if (targetSentences.Count == 1)
        {
            return divergences[targetSentences[0]] is { } one ? one.Select(i => all[i]) : [];
        }

        var merged = new List<int>();
        foreach (var t in targetSentences)
        {
            if (divergences[t] is { } list)
            {
                merged.AddRange(list);
            }
        }

        merged.Sort();
        return merged.Select(i => all[i]);
    }
}
