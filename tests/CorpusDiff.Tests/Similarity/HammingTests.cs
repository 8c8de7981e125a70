using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class HammingTests
{
    private static readonly Hamming Metric = new();

    [Theory]
    [InlineData("karolin", "kathrin", 3)]
    [InlineData("1011101", "1001001", 2)]
    [InlineData("abc", "abcde", 2)]
    [InlineData("", "", 0)]
    public void Distance_KnownPairs_PublishedValues(string a, string b, int expected) =>
        Metric.Distance(a, b).Should().Be(expected);

    [Fact]
    public void Distance_RandomPairs_MatchesPositionwiseCount() =>
        Differential.Check(
            RandomStrings.Pairs(71, 40),
            (a, b) => Enumerable.Range(0, Math.Min(a.Length, b.Length)).Count(i => a[i] != b[i]) + Math.Abs(a.Length - b.Length),
            (a, b) => (int)Metric.Distance(a, b),
            minimumPairs: 320);

    [Fact]
    public void NormalizedForms_EmptyAndBounds()
    {
        Metric.NormalizedSimilarity("", "").Should().Be(1);
        Metric.NormalizedDistance("abcd", "abxy").Should().Be(0.5);
        Metric.NormalizedSimilarity("abcd", "wxyz").Should().Be(0);
    }
}
