using CorpusDiff.Evaluation;

namespace CorpusDiff.Tests.Evaluation;

public class ConsistencyEvaluationTests
{
    [Fact]
    public void ByDataset_TwoDatasets_OneRowEachInNameOrderThenOverall()
    {
        LabelledScore[] pairs =
        [
            new("zeta", 0.9, 0.5, true), new("zeta", 0.1, 0.5, false),
            new("alpha", 0.8, 0.7, true), new("alpha", 0.3, 0.2, false), new("alpha", 0.6, 0.1, true),
        ];

        var rows = ConsistencyEvaluation.ByDataset(pairs, 0.5);

        rows.Select(r => r.Dataset).Should().Equal("alpha", "zeta", ConsistencyEvaluation.Overall);
        rows.Select(r => r.Pairs).Should().Equal(3, 2, 5);
        rows.Select(r => r.Positives).Should().Equal(2, 1, 3);
    }

    [Fact]
    public void ByDataset_OneDataset_NoOverallRow()
    {
        var rows = ConsistencyEvaluation.ByDataset([new("only", 0.9, 0.1, true), new("only", 0.2, 0.3, false)], 0.5);

        rows.Should().ContainSingle().Which.Dataset.Should().Be("only");
    }

    [Fact]
    public void Measure_RandomPairs_AgreesWithTheMetricsItCombines()
    {
        var random = new Random(4242);
        var pairs = Enumerable.Range(0, 80).Select(_ => new LabelledScore("d", random.NextDouble(), random.NextDouble(), random.Next(2) == 1)).ToArray();
        var scores = pairs.Select(p => p.Score).ToArray();
        var baseline = pairs.Select(p => p.Baseline).ToArray();
        var labels = pairs.Select(p => p.Consistent).ToArray();

        var row = ConsistencyEvaluation.Measure("d", pairs, 0.4);

        row.Auc.Should().Be(ConsistencyMetrics.RocAuc(scores, labels));
        row.BalancedAccuracy.Should().Be(ConsistencyMetrics.BalancedAccuracy(scores, labels, 0.4));
        row.BestThreshold.Should().Be(ConsistencyMetrics.BestThreshold(scores, labels).Threshold);
        row.BaselineAuc.Should().Be(ConsistencyMetrics.RocAuc(baseline, labels));
    }
}
