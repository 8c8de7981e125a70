using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class CosineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Similarity_RandomPairs_EqualsDictionaryReference(int k)
    {
        var cosine = new Cosine(k);
        foreach (var (kind, s1, s2) in RandomTextPairs.Generate(12345 + k, perKind: 150))
        {
            var expected = ReferenceSetMetrics.Cosine(s1, s2, k);
            cosine.Similarity(s1, s2).Should().BeApproximately(expected, 1e-12, "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
            cosine.Similarity(cosine.GetProfile(s1), cosine.GetProfile(s2)).Should().BeApproximately(expected, 1e-12);
        }
    }

    [Fact]
    public void Similarity_F23Example_CountsBigramVectors()
    {
        // AB BC vs AB BC CE: 2 / (√2 · √3)
        new Cosine(2).Similarity("ABC", "ABCE").Should().BeApproximately(2 / Math.Sqrt(6), 1e-12);
    }

    [Fact]
    public void Similarity_RepeatedShingles_WeighByCount()
    {
        // "aaaa" has "aa" three times; Jaccard sees one shared bigram of two, cosine the count vectors (3, 0)·(3, 1).
        new Cosine(2).Similarity("aaaa", "aaaab").Should().BeApproximately(9 / (3 * Math.Sqrt(10)), 1e-12);
    }

    [Fact]
    public void Similarity_RandomPairs_SymmetricBoundedIdentity()
    {
        var cosine = new Cosine();
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(6, perKind: 100))
        {
            var value = cosine.Similarity(s1, s2);
            value.Should().Be(cosine.Similarity(s2, s1)).And.BeInRange(0.0, 1.0);
            cosine.Similarity(cosine.GetProfile(s1), cosine.GetProfile(s1)).Should().Be(1.0);
            double.IsNaN(cosine.Distance(s1, s2)).Should().BeFalse();
        }
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("", "abcd", 0.0)]
    [InlineData("ab", "cd", 0.0)]
    [InlineData("a  ", "a \t", 1.0)]
    [InlineData("ab", "ab ", 0.0)]
    public void Similarity_EdgeCases_DefinedWithoutNaN(string s1, string s2, double expected)
    {
        var cosine = new Cosine();

        cosine.Similarity(s1, s2).Should().Be(expected);
        cosine.Similarity(cosine.GetProfile(s1), cosine.GetProfile(s2)).Should().Be(expected);
    }

    [Fact]
    public void Similarity_WithCutoff_ReturnsScoreOrZero()
    {
        var cosine = new Cosine();
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(9, perKind: 60))
        {
            var (p1, p2) = (cosine.GetProfile(s1), cosine.GetProfile(s2));
            var full = cosine.Similarity(p1, p2);
            cosine.Similarity(p1, p2, 0.5).Should().Be(full >= 0.5 ? full : 0.0);
        }
    }

    [Fact]
    public void Constructor_KBelowOne_ThrowsWithMessage()
    {
        var act = () => new Cosine(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*k must be at least 1*");
    }
}
