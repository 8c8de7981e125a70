using CorpusDiff.Dedup;

namespace CorpusDiff.Tests.Dedup;

public class LshParametersTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    [InlineData(0.9)]
    public void Optimal_SCurveStepsNearTheThreshold(double threshold)
    {
        var p = LshParameters.Optimal(threshold, 128);

        (p.Bands * p.Rows).Should().BeLessThanOrEqualTo(128);
        p.CandidateProbability(Math.Min(1, threshold + 0.15)).Should().BeGreaterThan(0.9);
        p.CandidateProbability(threshold - 0.3).Should().BeLessThan(0.1);
    }

    [Fact]
    public void Optimal_MinimisesWeightedError_AgainstEveryOtherLayout()
    {
        var best = LshParameters.Optimal(0.7, 32, 0.3, 0.7);
        var bestError = (0.3 * best.FalsePositiveArea(0.7)) + (0.7 * best.FalseNegativeArea(0.7));
        for (var b = 1; b <= 32; b++)
        {
            for (var r = 1; r <= 32 / b; r++)
            {
                var other = new LshParameters(b, r);
                ((0.3 * other.FalsePositiveArea(0.7)) + (0.7 * other.FalseNegativeArea(0.7))).Should().BeGreaterThanOrEqualTo(bestError - 1e-12);
            }
        }
    }

    [Fact]
    public void FalsePositiveArea_MatchesClosedFormForOneBandOneRow()
    {
        // b = r = 1: P(s) = s, so FP(t) = t²/2 and FN(t) = (1 − t)²/2.
        var p = new LshParameters(1, 1);

        p.FalsePositiveArea(0.6).Should().BeApproximately(0.18, 1e-9);
        p.FalseNegativeArea(0.6).Should().BeApproximately(0.08, 1e-9);
    }

    [Fact]
    public void Optimal_HigherFalseNegativeWeight_LowersTheCurve()
    {
        var balanced = LshParameters.Optimal(0.8, 128);
        var recall = LshParameters.Optimal(0.8, 128, 0.1, 0.9);

        recall.CandidateProbability(0.7).Should().BeGreaterThan(balanced.CandidateProbability(0.7));
    }
}
