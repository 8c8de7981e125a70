using System.Globalization;
using System.Text;
using CorpusDiff.Dedup;
using CorpusDiff.TestSupport;

namespace CorpusDiff.Benchmarks.Dedup;

/// <summary>Pairwise precision and recall of predicted groups against a generator's planted clusters, and recall per kind of copy.</summary>
/// <param name="TruePairs">Pairs in the same true cluster.</param>
/// <param name="PredictedPairs">Pairs in the same predicted group.</param>
/// <param name="CorrectPairs">Pairs in both.</param>
/// <param name="ByKind">Per kind: how many variants, and how many landed in their original's group.</param>
public sealed record DedupEvaluation(long TruePairs, long PredictedPairs, long CorrectPairs, IReadOnlyDictionary<CorpusGenerator.VariantKind, (int Total, int WithOriginal)> ByKind)
{
    /// <summary>Gets the pairwise precision.</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    /// <summary>Gets the pairwise recall.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    /// <summary>Compares a result with the generator's truth. Ids must be <see cref="CorpusGenerator.IdOf"/>.</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="result">The deduplication result.</param>
    /// <returns>The evaluation.</returns>
    public static DedupEvaluation Evaluate(CorpusGenerator generator, DedupResult result)
    {
        var groupOf = new int[generator.Count];
        long predicted = 0, correct = 0;
        for (var g = 0; g < result.Groups.Count; g++)
        {
            var members = result.Groups[g].Members;
            predicted += (long)members.Count * (members.Count - 1) / 2;
            var byCluster = new Dictionary<int, int>();
            foreach (var m in members)
            {
                var index = int.Parse(m.Id.AsSpan(3, 6), CultureInfo.InvariantCulture);
                groupOf[index] = g;
                var cluster = generator.ClusterOf(index);
                byCluster[cluster] = byCluster.GetValueOrDefault(cluster) + 1;
            }

            correct += byCluster.Values.Sum(c => (long)c * (c - 1) / 2);
        }

        var clusterSizes = new Dictionary<int, int>();
        for (var i = 0; i < generator.Count; i++)
        {
            clusterSizes[generator.ClusterOf(i)] = clusterSizes.GetValueOrDefault(generator.ClusterOf(i)) + 1;
        }

        var truth = clusterSizes.Values.Sum(c => (long)c * (c - 1) / 2);
        var byKind = new Dictionary<CorpusGenerator.VariantKind, (int, int)>();
        for (var i = 0; i < generator.Count; i++)
        {
            var kind = generator.KindOf(i);
            if (kind == CorpusGenerator.VariantKind.Original)
            {
                continue;
            }

            var (total, together) = byKind.GetValueOrDefault(kind);
            byKind[kind] = (total + 1, together + (groupOf[i] == groupOf[generator.SourceOf(i)] ? 1 : 0));
        }

        return new DedupEvaluation(truth, predicted, correct, byKind);
    }

    /// <summary>Formats the evaluation as a markdown table.</summary>
    /// <returns>Markdown.</returns>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"pairwise precision {Precision:F4} ({CorrectPairs}/{PredictedPairs}), recall {Recall:F4} ({CorrectPairs}/{TruePairs})");
        sb.AppendLine();
        sb.AppendLine("| kind | variants | grouped with original |");
        sb.AppendLine("| --- | ---: | ---: |");
        foreach (var (kind, (total, together)) in ByKind.OrderBy(k => k.Key))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {total} | {together} ({100.0 * together / Math.Max(1, total):F1} %) |");
        }

        return sb.ToString();
    }
}
