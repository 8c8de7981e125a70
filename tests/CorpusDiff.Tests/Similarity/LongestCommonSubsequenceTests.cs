using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class LongestCommonSubsequenceTests
{
    private static readonly LongestCommonSubsequence Metric = new();

    [Theory]
    [InlineData("AGCAT", "GAC", 2, 4)]
    [InlineData("AGCAT", "AGCT", 4, 1)]
    [InlineData("ABCBDAB", "BDCABA", 4, 5)]
    [InlineData("", "", 0, 0)]
    [InlineData("abc", "", 0, 3)]
    public void LengthAndDistance_KnownPairs_PublishedValues(string a, string b, int length, int distance)
    {
        Metric.Length(a, b).Should().Be(length);
        Metric.Distance(a, b).Should().Be(distance);
        LongestCommonSubsequence.For(a).Length(b).Should().Be(length);
        LongestCommonSubsequence.For(a).Distance(b).Should().Be(distance);
    }

    [Fact]
    public void Length_RandomPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(1986, 60),
            ReferenceEditDistances.LcsLength,
            (a, b) => Metric.Length(a, b),
            minimumPairs: 480);

    [Fact]
    public void Length_LongPairs_MatchesReference() =>
        Differential.Check(
            RandomStrings.Pairs(1987, 4, maxLength: 1500, minLength: 300),
            ReferenceEditDistances.LcsLength,
            (a, b) => Metric.Length(a, b),
            minimumPairs: 32);

    [Fact]
    public void CachedLength_RandomPairsBothWays_MatchesReference()
    {
        Differential.Check(RandomStrings.Pairs(17, 40), ReferenceEditDistances.LcsLength, (a, b) => LongestCommonSubsequence.For(a).Length(b), 300);
        Differential.Check(RandomStrings.Pairs(17, 40), ReferenceEditDistances.LcsLength, (a, b) => LongestCommonSubsequence.For(b).Length(a), 300);
    }

    [Fact]
    public void CachedLength_WithCutoff_ExactAtOrAboveCutoffZeroBelow()
    {
        var failures = new List<string>();
        foreach (var (alphabet, a, b) in RandomStrings.Pairs(18, 40))
        {
            var length = ReferenceEditDistances.LcsLength(a, b);
            var cached = LongestCommonSubsequence.For(a);
            foreach (var cutoff in new[] { 0, 1, length - 1, length, length + 1, Math.Min(a.Length, b.Length) }.Where(c => c >= 0))
            {
                var expected = length >= cutoff ? length : 0;
                var got = cached.Length(b.AsSpan(), cutoff);
                if (got != expected)
                {
                    failures.Add($"[{alphabet}] |a|={a.Length} |b|={b.Length} lcs={length} cutoff={cutoff}: got {got}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Length_NullArgument_Throws()
    {
        FluentActions.Invoking(() => Metric.Length(null!, "a")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Metric.Distance("a", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LongestCommonSubsequence.For("a").Length("b".AsSpan(), -1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
