using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class DamerauTests
{
    private static readonly Damerau Metric = new();

    [Theory]
    [InlineData("CA", "ABC", 2)]
    [InlineData("ABCDEF", "ABDCEF", 1)]
    [InlineData("ABCDEF", "BACDFE", 2)]
    [InlineData("ABCDEF", "ABCDE", 1)]
    [InlineData("a cat", "an act", 2)]
    [InlineData("a cat", "a abct", 2)]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    public void Distance_KnownPairs_PublishedValues(string a, string b, int expected)
    {
        Metric.Distance(a, b).Should().Be(expected);
        Metric.Distance(a.AsSpan(), b.AsSpan()).Should().Be(expected);
    }

    [Fact]
    public void Distance_RandomPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(4711, 60),
            ReferenceEditDistances.Damerau,
            (a, b) => (int)Metric.Distance(a, b),
            minimumPairs: 480);

    [Fact]
    public void Distance_LongPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(4712, 3, maxLength: 900, minLength: 300),
            ReferenceEditDistances.Damerau,
            (a, b) => (int)Metric.Distance(a, b),
            minimumPairs: 24);

    [Fact]
    public void Distance_RandomTriples_IsAMetricAndNeverAboveOsa()
    {
        var random = new Random(12345);
        var alphabet = RandomStrings.Alphabets["dna"];
        for (var t = 0; t < 300; t++)
        {
            var a = RandomStrings.Next(random, alphabet, random.Next(0, 40));
            var b = RandomStrings.Mutate(random, a, alphabet, random.Next(0, 8));
            var c = RandomStrings.Mutate(random, b, alphabet, random.Next(0, 8));
            Metric.Distance(a, b).Should().Be(Metric.Distance(b, a));
            Metric.Distance(a, c).Should().BeLessThanOrEqualTo(Metric.Distance(a, b) + Metric.Distance(b, c));
            Metric.Distance(a, b).Should().BeLessThanOrEqualTo(new OptimalStringAlignment().Distance(a, b));
        }
    }

    [Fact]
    public void Distance_NullArgument_Throws() =>
        FluentActions.Invoking(() => Metric.Distance(null!, "a")).Should().Throw<ArgumentNullException>();
}
