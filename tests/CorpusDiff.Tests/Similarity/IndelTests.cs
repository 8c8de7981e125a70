using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class IndelTests
{
    private static readonly Indel Metric = new();

    [Theory]
    [InlineData("lewenstein", "levenshtein", 3)]
    [InlineData("kitten", "sitting", 5)]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    public void Distance_KnownPairs_PublishedValues(string a, string b, int expected)
    {
        Metric.Distance(a, b).Should().Be(expected);
        Indel.For(a).Distance(b).Should().Be(expected);
    }

    [Fact]
    public void NormalizedForms_EmptyStrings_AreIdentical()
    {
        Metric.NormalizedDistance("", "").Should().Be(0);
        Metric.NormalizedSimilarity("", "").Should().Be(1);
        Indel.For("").NormalizedSimilarity("").Should().Be(1);
    }

    [Fact]
    public void Distance_RandomPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(606, 60),
            ReferenceEditDistances.Indel,
            (a, b) => (int)Metric.Distance(a, b),
            minimumPairs: 480);

    [Fact]
    public void CachedDistance_WithCutoff_ReturnsDistanceOrCutoffPlusOne()
    {
        var failures = new List<string>();
        foreach (var (alphabet, a, b) in RandomStrings.Pairs(607, 40, maxLength: 400))
        {
            var distance = ReferenceEditDistances.Indel(a, b);
            var cached = Indel.For(a);
            foreach (var cutoff in new[] { 0, 1, 2, 5, distance - 1, distance, distance + 1, distance / 2 }.Where(c => c >= 0))
            {
                var expected = distance <= cutoff ? distance : cutoff + 1;
                var got = cached.Distance(b.AsSpan(), cutoff);
                if (got != expected)
                {
                    failures.Add($"[{alphabet}] |a|={a.Length} |b|={b.Length} d={distance} cutoff={cutoff}: got {got}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void NormalizedSimilarity_RandomPairsAndCutoffs_MatchesReferenceOrZero()
    {
        var random = new Random(608);
        var failures = new List<string>();
        foreach (var (alphabet, a, b) in RandomStrings.Pairs(608, 40, maxLength: 400))
        {
            var total = a.Length + b.Length;
            var expected = total == 0 ? 1 : 1 - ((double)ReferenceEditDistances.Indel(a, b) / total);
            var cutoff = random.Next(3) == 0 ? expected : random.NextDouble();
            var want = expected >= cutoff ? expected : 0;
            var direct = Metric.NormalizedSimilarity(a, b, cutoff);
            var cached = Indel.For(a).NormalizedSimilarity(b, cutoff);
            if (direct != want || cached != want)
            {
                failures.Add($"[{alphabet}] |a|={a.Length} |b|={b.Length} sim={expected} cutoff={cutoff}: got {direct} / {cached}");
            }

            var normalized = Metric.NormalizedDistance(a, b);
            normalized.Should().BeInRange(0, 1);
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Distance_RandomTriples_IsAMetric()
    {
        var random = new Random(9);
        var alphabet = RandomStrings.Alphabets["english"];
        for (var t = 0; t < 200; t++)
        {
            var a = RandomStrings.Next(random, alphabet, random.Next(0, 150));
            var b = RandomStrings.Mutate(random, a, alphabet, random.Next(0, 20));
            var c = RandomStrings.Mutate(random, b, alphabet, random.Next(0, 20));
            Metric.Distance(a, b).Should().Be(Metric.Distance(b, a));
            Metric.Distance(a, c).Should().BeLessThanOrEqualTo(Metric.Distance(a, b) + Metric.Distance(b, c));
        }
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void NormalizedSimilarity_InvalidCutoff_ThrowsWithMessage(double cutoff) =>
        FluentActions.Invoking(() => Metric.NormalizedSimilarity("a", "b", cutoff))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 0 and 1*");
}
