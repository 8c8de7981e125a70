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

    [Theory]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(192)]
    [InlineData(193)]
    [InlineData(256)]
    [InlineData(257)]
    public void Distance_PatternsOfOneToFiveWords_MatchesReferenceWithAndWithoutCutoff(int length)
    {
        // The shorter string decides the kernel (one word, two to four words in registers, or the banded blocks), so
        // the pairs keep the first string the shorter one, with and without shared ends, over every alphabet.
        var random = new Random(6100 + length);
        var failures = new List<string>();
        foreach (var (name, alphabet) in RandomStrings.Alphabets)
        {
            for (var i = 0; i < 6; i++)
            {
                var a = RandomStrings.Next(random, alphabet, length);
                var b = (i % 3) switch
                {
                    0 => RandomStrings.Next(random, alphabet, length + random.Next(0, 40)),
                    1 => RandomStrings.Mutate(random, a, alphabet, random.Next(1, 6)) + RandomStrings.Next(random, alphabet, random.Next(0, 20)),
                    _ => RandomStrings.Next(random, alphabet, 7) + RandomStrings.Mutate(random, a, alphabet, length / 5),
                };
                var distance = ReferenceEditDistances.Indel(a, b);
                var total = a.Length + b.Length;
                var similarity = 1 - ((double)distance / total);
                foreach (var cutoff in new[] { 0, distance - 2, distance, distance + 1, total }.Where(c => c >= 0))
                {
                    var expected = distance <= cutoff ? distance : cutoff + 1;
                    var cached = Indel.For(a).Distance(b.AsSpan(), cutoff);
                    var reversed = Indel.For(b).Distance(a.AsSpan(), cutoff);
                    if (cached != expected || reversed != expected)
                    {
                        failures.Add($"[{name}] |a|={a.Length} |b|={b.Length} d={distance} cutoff={cutoff}: got {cached} / {reversed}");
                    }
                }

                var direct = (int)Metric.Distance(a, b);
                var atCutoff = Metric.NormalizedSimilarity(a, b, similarity);
                var aboveCutoff = Metric.NormalizedSimilarity(a, b, Math.Min(1, similarity + (1.0 / total)));
                if (direct != distance || atCutoff != similarity || (distance > 0 && aboveCutoff != 0))
                {
                    failures.Add($"[{name}] |a|={a.Length} |b|={b.Length} d={distance}: got {direct}, {atCutoff}, {aboveCutoff}");
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
