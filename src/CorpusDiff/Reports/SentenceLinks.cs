using CorpusDiff.Comparison;
using CorpusDiff.Documents;

namespace CorpusDiff.Reports;

/// <summary>
/// For one comparison, what each sentence links to: its alignments (a source sentence can serve several), its kind,
/// and the divergences marked in it. Built once per comparison so the page is written in one pass over each document.
/// </summary>
internal sealed class SentenceLinks
{
    private SentenceLinks(ComparisonResult r)
    {
        TargetAlignments = NewLists(r.Target.Sentences.Count);
        SourceAlignments = NewLists(r.Source.Sentences.Count);
        TargetDivergences = NewLists(r.Target.Sentences.Count);
        SourceDivergences = NewLists(r.Source.Sentences.Count);
        SourceInvolved = new bool[r.Source.Sentences.Count];
        for (var a = 0; a < r.Alignments.Count; a++)
        {
            foreach (var t in r.Alignments[a].Target)
            {
                TargetAlignments[t].Add(a);
            }

            foreach (var s in r.Alignments[a].Source)
            {
                SourceAlignments[s].Add(a);
            }
        }

        for (var d = 0; d < r.Divergences.Count; d++)
        {
            var divergence = r.Divergences[d];
            TargetDivergences[divergence.TargetSentence].Add(d);
            foreach (var s in divergence.SourceSentences)
            {
                SourceInvolved[s] = true;
            }

            if (divergence.SourceSpan is { } span && r.Source.SentenceAt(span.Start) is { } sentence)
            {
                SourceDivergences[sentence].Add(d);
                SourceInvolved[sentence] = true;
            }
        }
    }

    /// <summary>Gets, per target sentence, the indexes of the alignments it belongs to.</summary>
    public List<int>[] TargetAlignments { get; }

    /// <summary>Gets, per source sentence, the indexes of the alignments it belongs to.</summary>
    public List<int>[] SourceAlignments { get; }

    /// <summary>Gets, per target sentence, the indexes of the divergences in it.</summary>
    public List<int>[] TargetDivergences { get; }

    /// <summary>Gets, per source sentence, the indexes of the divergences whose source span lies in it.</summary>
    public List<int>[] SourceDivergences { get; }

    /// <summary>Gets, per source sentence, whether any divergence refers to it.</summary>
    public bool[] SourceInvolved { get; }

    public static SentenceLinks Of(ComparisonResult result) => new(result);

    private static List<int>[] NewLists(int count)
    {
        var lists = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            lists[i] = [];
        }

        return lists;
    }
}
