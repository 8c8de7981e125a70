using System.Globalization;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Alignment;

/// <summary>
/// A careful reader's alignment of the seed corpus (source 001, the Xinhua story), written as short quotes of the seed
/// sentences (the seed texts themselves stay outside the repository). Each target sentence lists the source sentences
/// that surely support it and, separately, those a reader would also accept (Och and Ney's sure/possible scheme): recall
/// counts the sure pairs, precision accepts sure and possible ones. Target sentences not listed must stay unaligned.
/// Scored two ways: over (source, target) sentence pairs (strict: every sure partner of a fused sentence is a pair to
/// find), and over target sentences (a sentence is right when it is aligned to at least one sure or possible source
/// sentence and to none outside them, the way the issue's reader counted a summary sentence aligned to its main
/// source sentence).
/// </summary>
public static class SeedAlignmentGold
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

    public static readonly (string Target, string Verdict)[] Verdicts =
    [
        (SeedCorpus.Summary, "yes"), (SeedCorpus.PartialOverlap, "partial"), (SeedCorpus.RelatedEvent, "no"), (SeedCorpus.Distractor, "no"),
    ];

    /// <summary>Aligns the four seed pairs with <paramref name="comparer"/> and scores them against the reader's labels.</summary>
    public static SeedScore Evaluate(CorpusComparer comparer)
    {
        var source = DocumentParser.Default.ParseFile(SeedCorpus.PathOf(SeedCorpus.Source));
        int tp = 0, fp = 0, fn = 0, alignedSentences = 0, rightSentences = 0, sureSentences = 0, foundSentences = 0;
        var log = new List<string>();
        var verdicts = new Dictionary<string, string>();
        foreach (var (file, _) in Verdicts)
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

            var result = comparer.Compare(source, target);
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
                    var alignment = result.AlignmentOf(p.T)!;
                    log.Add($"FP {file[..3]} S{p.S} T{p.T} {Short(source, p.S)} || {Short(target, p.T)} ({alignment.KindName} {alignment.Score})");
                }
            }

            foreach (var g in sure.Where(g => !predicted.Contains(g)))
            {
                fn++;
                log.Add($"FN {file[..3]} S{g.S} T{g.T} {Short(source, g.S)} || {Short(target, g.T)}");
            }

            // Sentence level: each aligned target sentence is right or wrong as a whole.
            foreach (var t in predicted.Select(p => p.T).Distinct())
            {
                alignedSentences++;
                rightSentences += predicted.Where(p => p.T == t).All(p => sure.Contains(p) || possible.Contains(p)) ? 1 : 0;
            }

            foreach (var t in sure.Select(g => g.T).Distinct())
            {
                sureSentences++;
                var mine = predicted.Where(p => p.T == t).ToList();
                foundSentences += mine.Count > 0 && mine.All(p => sure.Contains(p) || possible.Contains(p)) ? 1 : 0;
            }

            verdicts[file] = result.Judgement.VerdictName;
            log.Add($"{file[..3]}: verdict {result.Judgement.VerdictName} ({string.Join("; ", result.Judgement.Reasons)})");
        }

        return new SeedScore(tp, fp, fn, alignedSentences, rightSentences, sureSentences, foundSentences, verdicts, log);
    }

    private static string Short(Document d, int i) => d.Sentences[i].Text.Length > 80 ? d.Sentences[i].Text[..80] : d.Sentences[i].Text;
}

/// <summary>The seed pairs' scores: strict over sentence pairs, and over target sentences.</summary>
public sealed record SeedScore(
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    int AlignedSentences,
    int RightSentences,
    int SureSentences,
    int FoundSentences,
    IReadOnlyDictionary<string, string> Verdicts,
    IReadOnlyList<string> Log)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double SentencePrecision => AlignedSentences == 0 ? 0 : (double)RightSentences / AlignedSentences;

    public double SentenceRecall => SureSentences == 0 ? 0 : (double)FoundSentences / SureSentences;

    public bool VerdictsRight => SeedAlignmentGold.Verdicts.All(v => Verdicts[v.Target] == v.Verdict);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"seed pairs: TP {TruePositives} FP {FalsePositives} FN {FalseNegatives} P {Precision:0.00} R {Recall:0.00} F1 {F1:0.00}; sentences: {RightSentences}/{AlignedSentences} right, {FoundSentences}/{SureSentences} found, P {SentencePrecision:0.00} R {SentenceRecall:0.00}; verdicts right: {VerdictsRight}");
}
