using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class MetricLCSTests
{
    private static readonly MetricLCS Metric = new();

    [Theory]
    [InlineData("ABCDEFG", "ABCDEFHJKL", 0.4)]
    [InlineData("ABDEF", "ABDIF", 0.2)]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 1)]
    public void Distance_KnownPairs_PublishedValues(string a, string b, double expected) =>
        Metric.Distance(a, b).Should().BeApproximately(expected, 1e-12);

    [Fact]
    public void Distance_RandomPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(51, 40),
            (a, b) => Math.Max(a.Length, b.Length) == 0 ? 0 : 1 - ((double)ReferenceEditDistances.LcsLength(a, b) / Math.Max(a.Length, b.Length)),
            (a, b) => Metric.Distance(a, b),
            minimumPairs: 320);

    [Fact]
    public void Distance_RandomTriples_IsANormalizedMetric()
    {
        var random = new Random(52);
        var alphabet = RandomStrings.Alphabets["dna"];
        for (var t = 0; t < 300; t++)
        {
            var a = RandomStrings.Next(random, alphabet, random.Next(0, 30));
            var b = RandomStrings.Mutate(random, a, alphabet, random.Next(0, 8));
            var c = RandomStrings.Next(random, alphabet, random.Next(0, 30));
            var ab = Metric.Distance(a, b);
            ab.Should().BeInRange(0, 1).And.Be(Metric.Distance(b, a));
            Metric.Distance(a, c).Should().BeLessThanOrEqualTo(ab + Metric.Distance(b, c) + 1e-12);
        }
    }
}
