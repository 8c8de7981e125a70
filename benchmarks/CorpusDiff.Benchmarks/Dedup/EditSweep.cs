using System.Diagnostics;
using System.Globalization;
using System.Text;
using CorpusDiff.Dedup;
using CorpusDiff.Documents;

namespace CorpusDiff.Benchmarks.Dedup;

/// <summary>
/// <c>dedup-sweep [eval folder]</c>: deduplicates an <see cref="EditSweepCorpus"/> with the defaults and with the
/// defaults before word edits, and prints recall by edit kind and rate, the hard negatives joined, pairwise precision
/// and recall, and precision by relation, as markdown.
/// </summary>
public static class EditSweep
{
    /// <summary>Runs the sweep.</summary>
    /// <param name="evalFolder">The folder of the labelled eval files.</param>
    public static void Run(string evalFolder)
    {
        var corpus = EditSweepCorpus.Load(evalFolder);
        var configs = new (string Name, DedupOptions Options)[]
        {
            ("defaults (word edits, 3-shingle candidates)", DedupOptions.Default),
            ("before (5-shingle sets)", DedupOptions.ShingleSetDefaults),
        };
        var results = new List<Outcome>();

        // A first untimed pass of each configuration, so neither pays for JIT compilation in the timed one.
        foreach (var (_, options) in configs)
        {
            new Deduplicator(options).Deduplicate(corpus.Documents.Take(200).Select(d => DocumentParser.Default.Parse(d.Text, d.Id)));
        }

        var parsed = corpus.Documents.Select(d => DocumentParser.Default.Parse(d.Text, d.Id)).ToList();
        foreach (var (name, options) in configs)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var result = new Deduplicator(options).Deduplicate(parsed);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s, candidates {result.Candidates}"));
            results.Add(Evaluate(name, corpus, result, clock.Elapsed));
        }

        var articles = corpus.Documents.Count(d => d.Kind == "original");
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{articles} articles, {corpus.Documents.Count} documents, {corpus.SameTopic.Count} same-topic pairs");
        sb.AppendLine();
        sb.AppendLine("| variant | " + string.Join(" | ", results.Select(r => r.Name)) + " |");
        sb.AppendLine("| --- |" + string.Concat(results.Select(_ => " ---: |")));
        foreach (var kind in EditSweepCorpus.Kinds)
        {
            sb.AppendLine("| " + kind + " | " + string.Join(" | ", results.Select(r => Fraction(r.Recall[kind]))) + " |");
        }

        sb.AppendLine("| **hard negatives joined** |" + string.Concat(results.Select(_ => " |")));
        sb.AppendLine("| summary with its article | " + string.Join(" | ", results.Select(r => Fraction(r.SummariesJoined))) + " |");
        sb.AppendLine("| same-topic articles | " + string.Join(" | ", results.Select(r => Fraction(r.SameTopicJoined))) + " |");
        sb.AppendLine("| **pairwise precision** | " + string.Join(" | ", results.Select(r => r.Precision.ToString("F4", CultureInfo.InvariantCulture))) + " |");
        sb.AppendLine("| **pairwise recall** | " + string.Join(" | ", results.Select(r => r.PairRecall.ToString("F4", CultureInfo.InvariantCulture))) + " |");
        foreach (var relation in new[] { DedupRelation.Exact, DedupRelation.NearDuplicate, DedupRelation.Contained })
        {
            sb.AppendLine("| members related `" + relation + "` (true copies / all) | " + string.Join(" | ", results.Select(r => Fraction(r.ByRelation.GetValueOrDefault(relation)))) + " |");
        }

        sb.AppendLine("| time (s, parsed documents, loaded machine) | " + string.Join(" | ", results.Select(r => r.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture))) + " |");
        Console.WriteLine(sb.ToString());
    }

    private static Outcome Evaluate(string name, EditSweepCorpus corpus, DedupResult result, TimeSpan elapsed)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < corpus.Documents.Count; i++)
        {
            position[corpus.Documents[i].Id] = i;
        }

        var groupOf = new int[corpus.Documents.Count];
        long predicted = 0, correct = 0;
        var byRelation = new Dictionary<DedupRelation, (int, int)>();
        for (var g = 0; g < result.Groups.Count; g++)
        {
            var group = result.Groups[g];
            var repCluster = corpus.Documents[position[group.Representative]].Cluster;
            var byCluster = new Dictionary<int, int>();
            foreach (var m in group.Members)
            {
                var i = position[m.Id];
                groupOf[i] = g;
                var cluster = corpus.Documents[i].Cluster;
                byCluster[cluster] = byCluster.GetValueOrDefault(cluster) + 1;
                if (m.Relation != DedupRelation.Representative)
                {
                    var (ok, all) = byRelation.GetValueOrDefault(m.Relation);
                    byRelation[m.Relation] = (ok + (cluster == repCluster ? 1 : 0), all + 1);
                }
            }

            predicted += (long)group.Members.Count * (group.Members.Count - 1) / 2;
            correct += byCluster.Values.Sum(c => (long)c * (c - 1) / 2);
        }

        var truth = corpus.Documents.GroupBy(d => d.Cluster).Sum(c => (long)c.Count() * (c.Count() - 1) / 2);
        var originalOf = new Dictionary<int, int>();
        for (var i = 0; i < corpus.Documents.Count; i++)
        {
            if (corpus.Documents[i].Kind == "original")
            {
                originalOf[corpus.Documents[i].Cluster] = i;
            }
        }

        var recall = EditSweepCorpus.Kinds.ToDictionary(k => k, _ => (0, 0));
        var summaries = (0, 0);
        for (var i = 0; i < corpus.Documents.Count; i++)
        {
            var d = corpus.Documents[i];
            if (d.Kind == "summary")
            {
                var original = originalOf[-1 - d.Cluster];
                summaries = (summaries.Item1 + (groupOf[i] == groupOf[original] ? 1 : 0), summaries.Item2 + 1);
            }
            else if (d.Kind != "original")
            {
                var (ok, all) = recall[d.Kind];
                recall[d.Kind] = (ok + (groupOf[i] == groupOf[originalOf[d.Cluster]] ? 1 : 0), all + 1);
            }
        }

        var sameTopic = (corpus.SameTopic.Count(p => groupOf[p.A] == groupOf[p.B]), corpus.SameTopic.Count);
        return new Outcome(name, recall, summaries, sameTopic, predicted == 0 ? 1 : (double)correct / predicted, truth == 0 ? 1 : (double)correct / truth, byRelation, elapsed);
    }

    private static string Fraction((int Ok, int All) f) =>
        f.All == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{f.Ok}/{f.All} ({100.0 * f.Ok / f.All:F1} %)");

    private sealed record Outcome(
        string Name,
        Dictionary<string, (int, int)> Recall,
        (int, int) SummariesJoined,
        (int, int) SameTopicJoined,
        double Precision,
        double PairRecall,
        Dictionary<DedupRelation, (int, int)> ByRelation,
        TimeSpan Elapsed);
}
