using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class SorensenDiceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Similarity_RandomPairs_EqualsDictionaryReference(int k)
    {
        var dice = new SorensenDice(k);
        foreach (var (kind, s1, s2) in RandomTextPairs.Generate(12345 + k, perKind: 150))
        {
            var expected = ReferenceSetMetrics.SorensenDice(s1, s2, k);
            dice.Similarity(s1, s2).Should().BeApproximately(expected, 1e-12, "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
            dice.Similarity(dice.GetProfile(s1), dice.GetProfile(s2)).Should().BeApproximately(expected, 1e-12);
        }
    }

    [Fact]
    public void Similarity_F23Example_TwiceSharedOverSizes()
    {
        // AB BC CD DE vs AB BC CD DF: 2·3 / (4 + 4)
        new SorensenDice(2).Similarity("ABCDE", "ABCDF").Should().BeApproximately(0.75, 1e-12);
    }

    [Fact]
    public void Similarity_RandomPairs_SymmetricBoundedAndAtLeastJaccard()
    {
        var dice = new SorensenDice();
        var jaccard = new Jaccard();
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(7, perKind: 100))
        {
            var value = dice.Similarity(s1, s2);
            value.Should().Be(dice.Similarity(s2, s1)).And.BeInRange(0.0, 1.0);
            value.Should().BeGreaterThanOrEqualTo(jaccard.Similarity(s1, s2) - 1e-15);
            dice.Similarity(s1, s1).Should().Be(1.0);
        }
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("", "abcd", 0.0)]
    [InlineData("ab", "cd", 0.0)]
    [InlineData("ab", "ab", 1.0)]
    public void Similarity_EdgeCases_DefinedWithoutNaN(string s1, string s2, double expected)
    {
        var dice = new SorensenDice();

        dice.Similarity(s1, s2).Should().Be(expected);
        dice.Similarity(dice.GetProfile(s1), dice.GetProfile(s2)).Should().Be(expected);
    }

    [Fact]
    public void Similarity_WithCutoff_ReturnsScoreOrZero()
    {
        var dice = new SorensenDice();
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(10, perKind: 60))
        {
            var (p1, p2) = (dice.GetProfile(s1), dice.GetProfile(s2));
            var full = dice.Similarity(p1, p2);
            dice.Similarity(p1, p2, 0.4).Should().Be(full >= 0.4 ? full : 0.0);
        }
    }
}
