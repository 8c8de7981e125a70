using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class OptimalStringAlignmentTests
{
    private static readonly OptimalStringAlignment Metric = new();

    [Theory]
    [InlineData("CA", "ABC", 3)]
    [InlineData("ABDCEF", "ADBCFE", 2)]
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "", 0)]
    [InlineData("", "ab", 2)]
    [InlineData("a cat", "a abct", 3)]
    public void Distance_KnownPairs_PublishedValues(string a, string b, int expected)
    {
        Metric.Distance(a, b).Should().Be(expected);
        Metric.Distance(a.AsSpan(), b.AsSpan()).Should().Be(expected);
    }

    [Fact]
    public void Distance_RandomPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(8080, 60),
            ReferenceEditDistances.OptimalStringAlignment,
            (a, b) => (int)Metric.Distance(a, b),
            minimumPairs: 480);

    [Fact]
    public void Distance_LongPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(8081, 4, maxLength: 1200, minLength: 300),
            ReferenceEditDistances.OptimalStringAlignment,
            (a, b) => (int)Metric.Distance(a, b),
            minimumPairs: 32);

    [Fact]
    public void Distance_TranspositionsAcrossWordBoundary_CountOnce()
    {
        // Swaps at positions 63/64 and 127/128 straddle the 64-bit words of the multi-word algorithm.
        var text = new string(Enumerable.Range(0, 200).Select(i => (char)('a' + (i % 26))).ToArray());
        var swapped = text.ToCharArray();
        (swapped[63], swapped[64]) = (swapped[64], swapped[63]);
        (swapped[127], swapped[128]) = (swapped[128], swapped[127]);

        Metric.Distance(text, new string(swapped)).Should().Be(2);
    }

    [Fact]
    public void Distance_RandomPairs_IsSymmetric()
    {
        foreach (var (_, a, b) in RandomStrings.Pairs(3, 20))
        {
            Metric.Distance(a, b).Should().Be(Metric.Distance(b, a));
        }
    }

    [Fact]
    public void Distance_NullArgument_Throws() =>
        FluentActions.Invoking(() => Metric.Distance("a", null!)).Should().Throw<ArgumentNullException>();
}
