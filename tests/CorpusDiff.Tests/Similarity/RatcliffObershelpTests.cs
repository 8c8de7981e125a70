using CorpusDiff.Similarity;
using CorpusDiff.TestSupport.Baselines;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class RatcliffObershelpTests
{
    private readonly RatcliffObershelp ratcliff = new();

    [Theory]
    [InlineData("My string", "My tsring", 0.888888888888889)]
    [InlineData("My string", "My ntrisg", 0.777777777777778)]
    [InlineData("aleksander", "alexandre", 0.736842105263158)]
    [InlineData("pennsylvania", "pencilvaneya", 0.666666666666667)]
    [InlineData("WIKIMEDIA", "WIKIMANIA", 14.0 / 18)]
    [InlineData("GESTALT PATTERN MATCHING", "GESTALT PRACTICE", 2.0 * 12 / 40)]
    public void Similarity_PublishedExamples_Match(string s1, string s2, double expected) =>
        ratcliff.Similarity(s1, s2).Should().BeApproximately(expected, 1e-12);

    [Fact]
    public void Similarity_RandomPairs_EqualsRecursiveReference()
    {
        foreach (var (kind, s1, s2) in RandomTextPairs.Generate(12345, perKind: 250, maxLong: 400))
        {
            ratcliff.Similarity(s1, s2).Should().BeApproximately(F23StyleRatcliffObershelp.Similarity(s1, s2), 1e-12, "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
        }
    }

    [Fact]
    public void Similarity_RandomPairs_BoundedIdentity()
    {
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(12, perKind: 100))
        {
            ratcliff.Similarity(s1, s2).Should().BeInRange(0.0, 1.0);
            ratcliff.Similarity(s1, s1).Should().Be(1.0);
            ratcliff.Distance(s1, s2).Should().BeApproximately(1 - ratcliff.Similarity(s1, s2), 1e-15);
        }
    }

    [Fact]
    public void Similarity_LongTexts_NeitherOverflowsNorDiverges()
    {
        var random = new Random(12345);
        var a = RandomTextPairs.Text(random, "long", 1500);
        var b = RandomTextPairs.Edit(random, a, "abc ");
        var unrelated = new string('x', 3000);

        ratcliff.Similarity(a, b).Should().BeApproximately(F23StyleRatcliffObershelp.Similarity(a, b), 1e-12);
        ratcliff.Similarity(unrelated, unrelated + "y").Should().BeApproximately(6000.0 / 6001, 1e-12);
    }

    [Fact]
    public void Similarity_EqualLengthTies_GoToFirstInS1SoOrderMatters()
    {
        // "ac" vs "cabc": 'a' is taken first, then "c" matches inside "bc": 2 · 2 / 6;
        // "cabc" vs "ac": 'c' is taken first, matching the last character and leaving nothing.
        ratcliff.Similarity("ac", "cabc").Should().BeApproximately(4.0 / 6, 1e-12);
        ratcliff.Similarity("cabc", "ac").Should().BeApproximately(2.0 / 6, 1e-12);
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("", "abc", 0.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Similarity_EdgeCases_Defined(string s1, string s2, double expected) =>
        ratcliff.Similarity(s1, s2).Should().Be(expected);

    [Fact]
    public void Similarity_NullArgument_ThrowsArgumentNullException()
    {
        var act = () => ratcliff.Similarity("a", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("s2");
    }
}
