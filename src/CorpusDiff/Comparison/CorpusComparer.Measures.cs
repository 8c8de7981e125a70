using CorpusDiff.Alignment;
using CorpusDiff.Documents;
using CorpusDiff.Text;

namespace CorpusDiff.Comparison;

/// <summary>Coverage and document-level similarity measures.</summary>
public sealed partial class CorpusComparer
{
    private static Coverage CoverageOf(PairAlignment pair, Document source, Document target)
    {
        var model = pair.Model;
        var covered = new double[source.Sentences.Count];
        var targetAligned = new bool[target.Sentences.Count];
        double supportedTokens = 0;
        foreach (var alignment in pair.Alignments)
        {
            var matched = new HashSet<int>();
            foreach (var t in alignment.Target)
            {
                targetAligned[t] = true;
                supportedTokens += target.Sentences[t].TokenCount * alignment.Score;
                foreach (var k in model.Target.SentenceTerms[t])
                {
                    foreach (var (alias, sim) in model.Aliases[k])
                    {
                        if (sim >= 0.7f)
                        {
                            matched.Add(alias);
                        }
                    }
                }
            }

            foreach (var s in alignment.Source)
            {
                double all = 0, hit = 0;
                foreach (var j in model.Source.SentenceTerms[s])
                {
                    all += model.SourceWeight[j];
                    if (matched.Contains(j))
                    {
                        hit += model.SourceWeight[j];
                    }
                }

                covered[s] = Math.Max(covered[s], all > 0 ? hit / all : 0);
            }
        }

        var sourceTokens = source.Sentences.Sum(s => s.TokenCount);
        var targetTokens = target.Sentences.Sum(s => s.TokenCount);
        var coveredTokens = source.Sentences.Sum(s => s.TokenCount * covered[s.Index]);
        var unalignedSource = source.Sentences.Where(s => covered[s.Index] == 0 && !pair.Alignments.Any(a => a.Source.Contains(s.Index))).Select(s => s.Index).ToArray();
        var unalignedTarget = target.Sentences.Where(s => !targetAligned[s.Index]).Select(s => s.Index).ToArray();
        return new Coverage(
            Ratio(source.Sentences.Count - unalignedSource.Length, source.Sentences.Count),
            Ratio(coveredTokens, sourceTokens),
            Ratio(target.Sentences.Count - unalignedTarget.Length, target.Sentences.Count),
            Ratio(supportedTokens, targetTokens),
            unalignedSource,
            unalignedTarget);
    }

    private static DocumentScores ScoresOf(PairModel model, PreparedDocument source, PreparedDocument target, IReadOnlyList<SentenceAlignment> alignments)
    {
        var common = SortedMerge.IntersectionCount(source.Shingles, target.Shingles);
        var union = source.Shingles.Length + target.Shingles.Length - common;
        var jaccard = Ratio(common, union);
        var containment = Ratio(common, target.Shingles.Length);

        // TF-IDF cosine over content terms: sentence frequency stands in for term frequency (news repeats a term
        // across sentences, rarely within one), weights are the pair's IDF weights.
        double dot = 0, targetNorm = 0, sourceNorm = 0;
        for (var k = 0; k < model.Target.Terms.Count; k++)
        {
            var w = model.Target.Postings[k].Length * model.TargetWeight[k];
            targetNorm += w * w;
            var j = model.Source.Lookup(model.Target.Terms[k]);
            if (j >= 0)
            {
                dot += w * model.Source.Postings[j].Length * model.SourceWeight[j];
            }
        }

        for (var j = 0; j < model.Source.Terms.Count; j++)
        {
            var w = model.Source.Postings[j].Length * model.SourceWeight[j];
            sourceNorm += w * w;
        }

        var cosine = targetNorm > 0 && sourceNorm > 0 ? Math.Clamp(dot / Math.Sqrt(targetNorm * sourceNorm), 0, 1) : 0;
        var alignedTokens = alignments.SelectMany(a => a.Target).Sum(t => target.Document.Sentences[t].TokenCount);
        return new DocumentScores(
            Math.Round(jaccard, 4),
            Math.Round(containment, 4),
            Math.Round(cosine, 4),
            Math.Round(Ratio(alignedTokens, target.TokenCount), 4));
    }

    private static double Ratio(double part, double whole) => whole <= 0 ? 0 : Math.Clamp(part / whole, 0, 1);
}
