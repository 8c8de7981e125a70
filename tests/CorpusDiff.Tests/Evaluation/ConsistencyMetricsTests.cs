using CorpusDiff.Evaluation;

namespace CorpusDiff.Tests.Evaluation;

public class ConsistencyMetricsTests
{
    [Fact]
    public void RocAuc_PerfectSeparation_IsOne()
    {
        ConsistencyMetrics.RocAuc([0.9, 0.8, 0.2, 0.1], [true, true, false, false]).Should().Be(1.0);
    }

    [Fact]
    public void RocAuc_AllTied_IsOneHalf()
    {
        ConsistencyMetrics.RocAuc([0.5, 0.5, 0.5, 0.5], [true, false, true, false]).Should().Be(0.5);
    }

    [Fact]
    public void RocAuc_OneClassOnly_IsNaN()
    {
        ConsistencyMetrics.RocAuc([0.1, 0.2], [true, true]).Should().Be(double.NaN);
    }

    [Fact]
    public void RocAuc_RandomScores_MatchesPairCountingReference()
    {
        var random = new Random(12345);
        for (var round = 0; round < 50; round++)
        {
            var n = random.Next(2, 60);
            var scores = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble(), 1)).ToArray();
            var labels = Enumerable.Range(0, n).Select(_ => random.Next(2) == 1).ToArray();
            if (labels.All(l => l) || labels.All(l => !l))
            {
                continue;
            }

            ConsistencyMetrics.RocAuc(scores, labels).Should().BeApproximately(ReferenceAuc(scores, labels), 1e-12);
        }
    }

    [Fact]
    public void BalancedAccuracy_CountsEachClassEqually()
    {
        // Positives: 2 of 2 right; negatives: 1 of 4 right.
        var accuracy = ConsistencyMetrics.BalancedAccuracy([0.9, 0.8, 0.7, 0.6, 0.6, 0.1], [true, true, false, false, false, false], 0.5);

        accuracy.Should().BeApproximately((1.0 + 0.25) / 2, 1e-12);
    }

    [Fact]
    public void BestThreshold_FindsTheSeparatingScore()
    {
        var (threshold, accuracy) = ConsistencyMetrics.BestThreshold([0.9, 0.8, 0.3, 0.2], [true, true, false, false]);

        threshold.Should().Be(0.8);
        accuracy.Should().Be(1.0);
    }

    [Fact]
    public void RocAuc_MismatchedLengths_Throws()
    {
        var act = () => ConsistencyMetrics.RocAuc([0.1], [true, false]);

        act.Should().Throw<ArgumentException>().WithMessage("*1 entries*2*");
    }

    private static double ReferenceAuc(double[] scores, bool[] labels)
    {
        double wins = 0, pairs = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            for (var j = 0; j < scores.Length; j++)
            {
                if (labels[i] && !labels[j])
                {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        return wins / pairs;
    }
}
