using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class NormalizedLevenshteinTests
{
    private static readonly NormalizedLevenshtein Metric = new();

    [Fact]
    public void DistanceAndSimilarity_KnownPairs_PublishedValues()
    {
        Metric.Distance("My string", "My $tring").Should().BeApproximately(1.0 / 9, 1e-12);
        Metric.Similarity("kitten", "sitting").Should().BeApproximately(1 - (3.0 / 7), 1e-12);
        Metric.Distance("", "").Should().Be(0);
        Metric.Similarity("", "").Should().Be(1);
        Metric.Distance("", "abc").Should().Be(1);
    }

    [Fact]
    public void Distance_RandomPairs_MatchesReferenceAndStaysInBounds() =>
        Differential.Check(
            RandomStrings.Pairs(61, 40),
            (a, b) => Math.Max(a.Length, b.Length) == 0 ? 0 : (double)ReferenceEditDistances.Levenshtein(a, b) / Math.Max(a.Length, b.Length),
            (a, b) =>
            {
                var distance = Metric.Distance(a, b);
                distance.Should().BeInRange(0, 1);
                Metric.Similarity(a, b).Should().Be(1 - distance);
                return distance;
            },
            minimumPairs: 320);
}
