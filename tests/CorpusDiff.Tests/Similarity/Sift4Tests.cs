using CorpusDiff.Similarity;
using CorpusDiff.TestSupport.Baselines;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class Sift4Tests
{
    [Fact]
    public void Distance_F23Examples_Match()
    {
        new Sift4 { MaxOffset = 5 }.Distance("This is the first string", "And this is another string").Should().Be(11);
        new Sift4(10).Distance(
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "Amet Lorm ispum dolor sit amet, consetetur adixxxpiscing elit.").Should().Be(12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(40)]
    public void Distance_RandomPairs_EqualsListBasedReference(int maxOffset)
    {
        var sift4 = new Sift4(maxOffset);
        foreach (var (kind, s1, s2) in RandomTextPairs.Generate(12345 + maxOffset, perKind: 200))
        {
            sift4.Distance(s1, s2).Should().Be(F23StyleSift4.Distance(s1, s2, maxOffset), "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
        }
    }

    [Fact]
    public void Distance_RandomPairs_IdentityAndLengthBounds()
    {
        var sift4 = new Sift4();
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(13, perKind: 100))
        {
            sift4.Distance(s1, s1).Should().Be(0);
            sift4.Distance(s1, s2).Should().BeGreaterThanOrEqualTo(Math.Abs(s1.Length - s2.Length));
        }
    }

    [Fact]
    public void Distance_ArgumentOrder_CanChangeTheResult()
    {
        new Sift4().Distance("baba", "bba").Should().Be(1);
        new Sift4().Distance("bba", "baba").Should().Be(2, "resynchronizing the other way counts a transposition");
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abcd", "", 4)]
    public void Distance_EmptyStrings_IsOtherLength(string s1, string s2, double expected) =>
        SimilarityMetrics.Sift4.Distance(s1, s2).Should().Be(expected);

    [Fact]
    public void MaxOffset_Negative_ThrowsWithMessage()
    {
        var act = () => new Sift4 { MaxOffset = -1 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxOffset").WithMessage("*at least 0*");
    }

    [Fact]
    public void Distance_NullArgument_ThrowsArgumentNullException()
    {
        var act = () => new Sift4().Distance(null!, "a");

        act.Should().Throw<ArgumentNullException>().WithParameterName("s1");
    }
}
