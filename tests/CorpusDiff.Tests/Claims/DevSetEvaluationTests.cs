using System.Text.Json;
using CorpusDiff.Claims;
using CorpusDiff.Documents;
using CorpusDiff.Evaluation;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Claims;

/// <summary>
/// The labelled development set (<c>&lt;seed corpus&gt;/../eval/consistency-dev.jsonl</c>): the checker's consistency
/// score must separate FactCC pairs at least as well as the plain bigram-overlap baseline (ROC AUC 0.884 measured).
/// </summary>
public class DevSetEvaluationTests
{
    private const double BigramBaselineFactCcAuc = 0.884;

    [SeedCorpusFact]
    public void Consistency_FactCc_BeatsTheBigramBaseline()
    {
        var path = Path.Combine(SeedCorpus.Folder, "..", "eval", "consistency-dev.jsonl");
        File.Exists(path).Should().BeTrue($"the development set is expected at {Path.GetFullPath(path)}");
        var parser = new DocumentParser(DocumentOptions.Default with { ParseHeaders = false });
        var scores = new List<double>();
        var baseline = new List<double>();
        var labels = new List<bool>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("dataset").GetString() != "factcc")
            {
                continue;
            }

            var source = parser.Parse(root.GetProperty("source").GetString()!, "source");
            var summary = parser.Parse(root.GetProperty("summary").GetString()!, "summary");
            scores.Add(ClaimChecker.Default.Check(source, summary).Consistency);
            baseline.Add(BigramOverlap.Score(source, summary));
            labels.Add(root.GetProperty("label").GetInt32() == 1);
        }

        labels.Should().HaveCount(311);
        var auc = ConsistencyMetrics.RocAuc(scores, labels);
        auc.Should().BeGreaterThanOrEqualTo(BigramBaselineFactCcAuc);
        auc.Should().BeGreaterThan(ConsistencyMetrics.RocAuc(baseline, labels));
    }
}
