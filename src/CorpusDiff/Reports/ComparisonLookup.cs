using CorpusDiff.Alignment;
using CorpusDiff.Claims;
using CorpusDiff.Comparison;

namespace CorpusDiff.Reports;

/// <summary>
/// Per target sentence, its alignment and its divergent claims, built once per result so the text and markdown
/// writers stay linear: asking <see cref="ComparisonResult.AlignmentOf"/> and filtering every divergence for each
/// sentence made them quadratic in the target's length (a 30 MB target took minutes as text, seconds as JSON).
/// </summary>
internal sealed class ComparisonLookup
{
    private readonly SentenceAlignment?[] alignments;
    private readonly List<int>?[] divergences;
    private readonly IReadOnlyList<Divergence> all;

    public ComparisonLookup(ComparisonResult result)
    {
        var count = result.Target.Sentences.Count;
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

    /// <summary>The alignment holding a target sentence, or <see langword="null"/> when it is unaligned.</summary>
    public SentenceAlignment? AlignmentOf(int targetSentence) => alignments[targetSentence];

    /// <summary>The divergent claims of some target sentences, in the result's order.</summary>
    public IEnumerable<Divergence> DivergencesOf(IReadOnlyList<int> targetSentences)
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
