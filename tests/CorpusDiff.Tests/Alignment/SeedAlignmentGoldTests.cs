using System.Globalization;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;
using Xunit.Abstractions;

namespace CorpusDiff.Tests.Alignment;

/// <summary>
/// A careful reader's alignment of the seed corpus (source 001, the Xinhua story), written as short quotes of the seed
/// sentences (the seed texts themselves stay outside the repository). Each target sentence lists the source sentences
/// that surely support it and, separately, those a reader would also accept (Och and Ney's sure/possible scheme): recall
/// counts the sure pairs, precision accepts sure and possible ones. Target sentences not listed must stay unaligned.
/// </summary>
public class SeedAlignmentGoldTests(ITestOutputHelper output)
{
    private static readonly (string Target, string Quote, string[] Sure, string[] Possible)[] Gold =
    [
        // 000: a loose English rewrite of the same story.
        (SeedCorpus.Summary, "During a recent inspection in Shanghai, Chinese President", ["During his recent inspection tour in Shanghai", "He urged the city to focus on promoting"], ["It should seek to become a socialist"]),
        (SeedCorpus.Summary, "who is also the General Secretary", ["Accompanied by Chen Jining"], []),
        (SeedCorpus.Summary, "highlighted the importance of Shanghai fully implementing", ["During his recent inspection tour in Shanghai", "He urged the city to focus on promoting"], []),
        (SeedCorpus.Summary, "The city aims to build an international economic center", ["He urged the city to focus on promoting"], ["Xi pointed out that accelerating the construction of Shanghai"]),
        (SeedCorpus.Summary, "This mission is guided by scientific", ["The building of such a center should be guided", "National strategies should navigate"], []),
        (SeedCorpus.Summary, "also visited the Shanghai Futures Exchange and emphasized", ["On the afternoon of Nov. 28, Xi visited", "should accelerate its development into a world-class exchange"], ["Xi emphasized that the goal of building Shanghai"]),
        (SeedCorpus.Summary, "He also stressed the importance of scientific and technological innovation, stating", ["Xi pointed out that promoting Chinese modernization cannot"], []),
        (SeedCorpus.Summary, "took the time to visit the New Era City Builders", ["On the afternoon of Nov. 29, Xi visited", "He visited a residential community that provides both"], []),
        (SeedCorpus.Summary, "providing housing security for new residents", ["In recent years, Shanghai has accelerated"], []),
        (SeedCorpus.Summary, "also listened to the work report", ["On the morning of Dec. 1, Xi was briefed"], []),
        (SeedCorpus.Summary, "He urged Shanghai to coordinate and guide", ["With this as the central task", "It is necessary to strengthen the development of modern financial", "Efforts should be made to build high-caliber talent"], ["Xi pointed out that accelerating the construction of Shanghai", "Shanghai should take scientific and technological innovation as the lead"]),
        (SeedCorpus.Summary, "Shanghai plays a crucial role in the modernization of China", [], ["It should seek to become a socialist"]),
        (SeedCorpus.Summary, "The city must lead the way", ["It should seek to become a socialist"], []),

        // 002: a Hong Kong piece on the symposium; a few sentences recount the visits the source reports.
        (SeedCorpus.PartialOverlap, "Xi earlier on Tuesday and Wednesday visited", ["On the afternoon of Nov. 28, Xi visited", "Xi then arrived at Zhangjiang Science City", "On the afternoon of Nov. 29, Xi visited"], ["Accompanied by Chen Jining"]),
        (SeedCorpus.PartialOverlap, "Cities are built by the people and for the people", ["Xi noted that it is imperative to fully act"], ["It is a must to act on the principle"]),
        (SeedCorpus.PartialOverlap, "At the sci-tech exhibition, they focused", ["He entered the exhibition hall to carefully inspect"], ["Xi then arrived at Zhangjiang Science City"]),
        (SeedCorpus.PartialOverlap, "The affordable housing project Xi visited was in the Maqiao", ["On the afternoon of Nov. 29, Xi visited"], ["He visited a residential community that provides both"]),
        (SeedCorpus.PartialOverlap, "The project seeks to house employees", [], ["In recent years, Shanghai has accelerated", "He visited a residential community that provides both"]),
        (SeedCorpus.PartialOverlap, "CCTV said on Thursday that the three places", [], ["Accompanied by Chen Jining"]),
        (SeedCorpus.PartialOverlap, "He said he hopes basic research", [], ["He entered the exhibition hall to carefully inspect"]),
    ];

    private static readonly (string Target, string Verdict)[] Verdicts =
    [
        (SeedCorpus.Summary, "yes"), (SeedCorpus.PartialOverlap, "partial"), (SeedCorpus.RelatedEvent, "no"), (SeedCorpus.Distractor, "no"),
    ];

    [SeedCorpusFact]
    public void Align_SeedPairs_MatchACarefulReader()
    {
        var source = DocumentParser.Default.ParseFile(SeedCorpus.PathOf(SeedCorpus.Source));
        int tp = 0, fp = 0, fn = 0;
        foreach (var (file, verdict) in Verdicts)
        {
            var target = DocumentParser.Default.ParseFile(SeedCorpus.PathOf(file));
            var sure = new HashSet<(int S, int T)>();
            var possible = new HashSet<(int S, int T)>();
            foreach (var row in Gold.Where(g => g.Target == file))
            {
                var t = AlignmentGold.SentenceOf(target, row.Quote);
                sure.UnionWith(row.Sure.Select(q => (AlignmentGold.SentenceOf(source, q), t)));
                possible.UnionWith(row.Possible.Select(q => (AlignmentGold.SentenceOf(source, q), t)));
            }

            var result = CorpusComparer.Default.Compare(source, target);
            var predicted = result.Alignments.SelectMany(a => a.Source.SelectMany(s => a.Target.Select(t => (S: s, T: t)))).ToHashSet();
            foreach (var p in predicted)
            {
                if (sure.Contains(p) || possible.Contains(p))
                {
                    tp += sure.Contains(p) ? 1 : 0;
                }
                else
                {
                    fp++;
                    output.WriteLine($"FP {file[..3]} S{p.S} T{p.T} {Short(source, p.S)} || {Short(target, p.T)} ({result.AlignmentOf(p.T)!.KindName} {result.AlignmentOf(p.T)!.Score})");
                }
            }

            foreach (var g in sure.Where(g => !predicted.Contains(g)))
            {
                fn++;
                output.WriteLine($"FN {file[..3]} S{g.S} T{g.T} {Short(source, g.S)} || {Short(target, g.T)}");
            }

            output.WriteLine($"{file[..3]}: verdict {result.Judgement.VerdictName} ({string.Join("; ", result.Judgement.Reasons)})");
            result.Judgement.VerdictName.Should().Be(verdict, file);
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed: TP {tp} FP {fp} FN {fn} precision {precision:0.00} recall {recall:0.00}"));
        // Floors at the figures measured in docs/accuracy.md (precision 0.80, recall 0.48), short of the 0.90 a careful
        // reader reaches: the misses are listed there. A regression fails here.
        precision.Should().BeGreaterThanOrEqualTo(0.78);
        recall.Should().BeGreaterThanOrEqualTo(0.46);
    }

    private static string Short(Document d, int i) => d.Sentences[i].Text.Length > 80 ? d.Sentences[i].Text[..80] : d.Sentences[i].Text;
}
