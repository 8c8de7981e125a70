using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class JaccardTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    public void Similarity_RandomPairs_EqualsDictionaryReference(int k)
    {
        var jaccard = new Jaccard(k);
        foreach (var (kind, s1, s2) in RandomTextPairs.Generate(12345 + k, perKind: 150))
        {
            var expected = ReferenceSetMetrics.Jaccard(s1, s2, k);
            jaccard.Similarity(s1, s2).Should().BeApproximately(expected, 1e-12, "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
            jaccard.Similarity(jaccard.GetProfile(s1), jaccard.GetProfile(s2)).Should().BeApproximately(expected, 1e-12);
        }
    }

    [Fact]
    public void Similarity_F23Example_SharesThreeOfFiveBigrams()
    {
        new Jaccard(2).Similarity("ABCDE", "ABCDF").Should().BeApproximately(0.6, 1e-12);
        new Jaccard(2).Distance("ABCDE", "ABCDF").Should().BeApproximately(0.4, 1e-12);
    }

    [Fact]
    public void Distance_RandomTriples_SatisfiesTriangleInequality()
    {
        var jaccard = new Jaccard(2);
        var random = new Random(12345);
        for (var i = 0; i < 2000; i++)
        {
            var kind = RandomTextPairs.Kinds[random.Next(RandomTextPairs.Kinds.Length)];
            var x = RandomTextPairs.Text(random, kind, 200);
            var y = RandomTextPairs.Edit(random, x, "abc ");
            var z = random.Next(2) == 0 ? RandomTextPairs.Edit(random, y, "abc ") : RandomTextPairs.Text(random, kind, 200);

            jaccard.Distance(x, z).Should().BeLessThanOrEqualTo(jaccard.Distance(x, y) + jaccard.Distance(y, z) + 1e-12);
        }
    }

    [Fact]
    public void Similarity_RandomPairs_SymmetricBoundedIdentity()
    {
        var jaccard = new Jaccard();
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(5, perKind: 100))
        {
            var value = jaccard.Similarity(s1, s2);
            value.Should().Be(jaccard.Similarity(s2, s1)).And.BeInRange(0.0, 1.0);
            jaccard.Similarity(s1, s1).Should().Be(1.0);
            jaccard.Similarity(jaccard.GetProfile(s1), jaccard.GetProfile(s1)).Should().Be(1.0);
        }
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("", "abcd", 0.0)]
    [InlineData("ab", "cd", 0.0)]
    [InlineData("ab", "ab", 1.0)]
    [InlineData("ab", "abcd", 0.0)]
    [InlineData("a  ", "a \t", 1.0)]
    [InlineData("a b", "a  b", 1.0)]
    public void Similarity_EdgeCases_DefinedWithoutNaN(string s1, string s2, double expected)
    {
        var jaccard = new Jaccard();

        jaccard.Similarity(s1, s2).Should().Be(expected);
        jaccard.Similarity(jaccard.GetProfile(s1), jaccard.GetProfile(s2)).Should().Be(expected);
    }

    [Fact]
    public void Similarity_WithCutoff_ReturnsScoreOrZero()
    {
        var jaccard = new Jaccard();
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(8, perKind: 100))
        {
            var (p1, p2) = (jaccard.GetProfile(s1), jaccard.GetProfile(s2));
            var full = jaccard.Similarity(p1, p2);
            foreach (var cutoff in new[] { 0.0, 0.2, 0.5, 0.9 })
            {
                jaccard.Similarity(p1, p2, cutoff).Should().Be(full >= cutoff ? full : 0.0);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_KBelowOne_ThrowsWithMessage(int k)
    {
        var act = () => new Jaccard(k);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k").WithMessage("*at least 1*");
    }

    [Fact]
    public void Similarity_NullArgument_ThrowsArgumentNullException()
    {
        var jaccard = new Jaccard();
        var strings = () => jaccard.Similarity(null!, "a");
        var profiles = () => jaccard.Similarity(null!, jaccard.GetProfile("abc"));

        strings.Should().Throw<ArgumentNullException>();
        profiles.Should().Throw<ArgumentNullException>();
    }
}
