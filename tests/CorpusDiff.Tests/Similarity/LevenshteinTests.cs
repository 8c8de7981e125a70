using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class LevenshteinTests
{
    private static readonly Levenshtein Metric = new();

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("saturday", "sunday", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("My string", "My $tring", 1)]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("CA", "ABC", 3)]
    [InlineData("😀", "😁", 1)]
    [InlineData("a😀", "a", 2)]
    public void Distance_KnownPairs_PublishedValues(string a, string b, int expected)
    {
        Metric.Distance(a, b).Should().Be(expected);
        Metric.Distance(a.AsSpan(), b.AsSpan()).Should().Be(expected);
        Levenshtein.For(a).Distance(b).Should().Be(expected);
    }

    [Fact]
    public void Distance_RandomPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(12345, 60),
            ReferenceEditDistances.Levenshtein,
            (a, b) => (int)Metric.Distance(a, b),
            minimumPairs: 480);

    [Fact]
    public void Distance_LongPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(777, 4, maxLength: 1500, minLength: 300),
            ReferenceEditDistances.Levenshtein,
            (a, b) => (int)Metric.Distance(a, b),
            minimumPairs: 32);

    [Fact]
    public void DistanceWithLimit_RandomPairs_IsMinOfDistanceAndLimit()
    {
        var random = new Random(4242);
        var failures = new List<string>();
        var checkedLimits = 0;
        foreach (var (alphabet, a, b) in RandomStrings.Pairs(31, 50))
        {
            var distance = ReferenceEditDistances.Levenshtein(a, b);
            foreach (var limit in Limits(random, distance))
            {
                checkedLimits++;
                var got = Metric.Distance(a, b, limit);
                if (got != Math.Min(distance, limit))
                {
                    failures.Add($"[{alphabet}] |a|={a.Length} |b|={b.Length} d={distance} limit={limit}: got {got}");
                }
            }
        }

        checkedLimits.Should().BeGreaterThan(3000);
        failures.Should().BeEmpty();
    }

    [Fact]
    public void CachedDistance_RandomPairsBothWays_MatchesReference()
    {
        Differential.Check(
            RandomStrings.Pairs(2024, 40),
            ReferenceEditDistances.Levenshtein,
            (a, b) => Levenshtein.For(a).Distance(b),
            minimumPairs: 300);
        Differential.Check(
            RandomStrings.Pairs(2024, 40),
            ReferenceEditDistances.Levenshtein,
            (a, b) => Levenshtein.For(b).Distance(a.AsSpan()),
            minimumPairs: 300);
    }

    [Fact]
    public void CachedDistance_WithCutoff_ReturnsDistanceOrCutoffPlusOne()
    {
        var failures = new List<string>();
        foreach (var (alphabet, a, b) in RandomStrings.Pairs(99, 40))
        {
            var distance = ReferenceEditDistances.Levenshtein(a, b);
            var cached = Levenshtein.For(a);
            foreach (var cutoff in new[] { 0, 1, 2, 3, distance - 1, distance, distance + 1, distance / 2, distance * 2 }.Where(c => c >= 0))
            {
                var expected = distance <= cutoff ? distance : cutoff + 1;
                var got = cached.Distance(b, cutoff);
                if (got != expected)
                {
                    failures.Add($"[{alphabet}] |a|={a.Length} |b|={b.Length} d={distance} cutoff={cutoff}: got {got}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void CachedNormalizedSimilarity_WithCutoff_ZeroBelowCutoffExactAbove()
    {
        var random = new Random(5);
        foreach (var (_, a, b) in RandomStrings.Pairs(5, 20))
        {
            var longest = Math.Max(a.Length, b.Length);
            var expected = longest == 0 ? 1 : 1 - ((double)ReferenceEditDistances.Levenshtein(a, b) / longest);
            var cutoff = random.NextDouble();
            var got = Levenshtein.For(a).NormalizedSimilarity(b, cutoff);
            got.Should().Be(expected >= cutoff ? expected : 0, "cutoff {0}, |a|={1}, |b|={2}", cutoff, a.Length, b.Length);
            Levenshtein.For(a).NormalizedSimilarity(b).Should().Be(expected);
        }
    }

    [Fact]
    public void Distance_RandomTriples_IsAMetric()
    {
        var random = new Random(12345);
        var alphabet = RandomStrings.Alphabets["english"];
        for (var t = 0; t < 300; t++)
        {
            var a = RandomStrings.Next(random, alphabet, random.Next(0, 90));
            var b = RandomStrings.Mutate(random, a, alphabet, random.Next(0, 10));
            var c = RandomStrings.Mutate(random, b, alphabet, random.Next(0, 10));
            Metric.Distance(a, b).Should().Be(Metric.Distance(b, a));
            Metric.Distance(a, a).Should().Be(0);
            Metric.Distance(a, c).Should().BeLessThanOrEqualTo(Metric.Distance(a, b) + Metric.Distance(b, c));
            if (a != b)
            {
                Metric.Distance(a, b).Should().BePositive();
            }
        }
    }

    [Fact]
    public void Distance_NullArgument_Throws()
    {
        FluentActions.Invoking(() => Metric.Distance(null!, "a")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Metric.Distance("a", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Metric.Distance(null!, "a", 3)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Levenshtein.For(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Levenshtein.For("a").Distance(null!)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Distance_InvalidLimit_ThrowsWithMessage(double limit) =>
        FluentActions.Invoking(() => Metric.Distance("a", "b", limit))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*limit*non-negative*");

    [Fact]
    public void CachedDistance_NegativeCutoff_Throws() =>
        FluentActions.Invoking(() => Levenshtein.For("abc").Distance("abd", -1)).Should().Throw<ArgumentOutOfRangeException>();

    private static IEnumerable<double> Limits(Random random, int distance) =>
        new double[] { 0, 0.5, 1, 2, 3, distance - 1, distance, distance + 0.5, distance + 1, random.Next(0, 2 * distance + 2), double.MaxValue }
            .Where(l => l >= 0);
}
