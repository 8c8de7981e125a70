using CorpusDiff.Alignment;
using CorpusDiff.Documents;
using CorpusDiff.Text;

namespace CorpusDiff.Comparison;

/// <summary>Coverage both ways and the document-level similarity measures of one compared pair.</summary>
internal static class DocumentMeasures
{
    public static Coverage CoverageOf(AlignmentEvidence evidence, Document source, Document target)
    {
        var covered = evidence.SourceCoverage;
        var targetAligned = new bool[target.Sentences.Count];
        var sourceAligned = new bool[source.Sentences.Count];
        double supportedTokens = 0;
        foreach (var alignment in evidence.Alignments)
        {
            foreach (var t in alignment.Target)
            {
                targetAligned[t] = true;
                supportedTokens += target.Sentences[t].TokenCount * evidence.SupportOf(alignment, t);
            }

            foreach (var s in alignment.Source)
            {
                sourceAligned[s] = true;
            }
        }

        var sourceTokens = source.Sentences.Sum(s => s.TokenCount);
        var targetTokens = target.Sentences.Sum(s => s.TokenCount);
        var coveredTokens = source.Sentences.Sum(s => s.TokenCount * covered[s.Index]);
        var unalignedSource = source.Sentences.Where(s => covered[s.Index] == 0 && !sourceAligned[s.Index]).Select(s => s.Index).ToArray();
        var unalignedTarget = target.Sentences.Where(s => !targetAligned[s.Index]).Select(s => s.Index).ToArray();
        return new Coverage(
            Ratio(source.Sentences.Count - unalignedSource.Length, source.Sentences.Count),
            Ratio(coveredTokens, sourceTokens),
            Ratio(target.Sentences.Count - unalignedTarget.Length, target.Sentences.Count),
            Ratio(supportedTokens, targetTokens),
            unalignedSource,
            unalignedTarget);
    }

    public static DocumentScores ScoresOf(AlignmentEvidence evidence, PreparedDocument source, PreparedDocument target)
    {
        var common = SortedMerge.IntersectionCount(source.Shingles, target.Shingles);
        var union = source.Shingles.Length + target.Shingles.Length - common;
        var jaccard = Ratio(common, union);
        var containment = Ratio(common, target.Shingles.Length);
        var alignedTokens = evidence.Alignments.SelectMany(a => a.Target).Sum(t => target.Document.Sentences[t].TokenCount);
        return new DocumentScores(
            Math.Round(jaccard, 4),
            Math.Round(containment, 4),
            Math.Round(evidence.TermCosine, 4),
            Math.Round(Ratio(alignedTokens, target.TokenCount), 4));
    }

    private static double Ratio(double part, double whole) => whole <= 0 ? 0 : Math.Clamp(part / whole, 0, 1);
}
