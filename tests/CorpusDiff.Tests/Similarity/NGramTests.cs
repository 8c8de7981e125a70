using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class NGramTests
{
    [Fact]
    public void Distance_F23ReadmeExamples_MatchWhatF23Computes()
    {
        // F23's README prints 0.416666 and 0.97222, but those are 1 − distance (F23 issue #17); F23 returns these.
        new NGram(2).Distance("ABCD", "ABTUIO").Should().BeApproximately(3.5 / 6, 1e-12);
        new NGram(4).Distance(
            "Adobe CreativeSuite 5 Master Collection from cheap 4zp",
            "Adobe CreativeSuite 5 Master Collection from cheap d1x").Should().BeApproximately(1.5 / 54, 1e-12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Distance_RandomPairs_EqualsFullMatrixReference(int n)
    {
        var ngram = new NGram(n);
        foreach (var (kind, s1, s2) in RandomTextPairs.Generate(12345 + n, perKind: 80, maxLong: 250))
        {
            ngram.Distance(s1, s2).Should().BeApproximately(ReferenceNGram.Distance(s1, s2, n), 1e-12, "{0}: \"{1}\" vs \"{2}\"", kind, s1, s2);
        }
    }

    [Fact]
    public void Distance_RandomPairs_SymmetricBoundedIdentity()
    {
        var ngram = new NGram();
        foreach (var (_, s1, s2) in RandomTextPairs.Generate(11, perKind: 100, maxLong: 300))
        {
            var value = ngram.Distance(s1, s2);
            value.Should().BeApproximately(ngram.Distance(s2, s1), 1e-12).And.BeInRange(0.0, 1.0);
            ngram.Distance(s1, s1).Should().Be(0.0);
            if (s1 != s2)
            {
                value.Should().BeGreaterThan(0.0);
            }
        }
    }

    [Theory]
    [InlineData("a", "b", 1.0)]
    [InlineData("", "", 0.0)]
    [InlineData("", "SIJK", 1.0)]
    [InlineData("SIJK", "", 1.0)]
    public void Distance_ShortAndEmptyStrings_FollowKondrak(string s1, string s2, double expected) =>
        new NGram(2).Distance(s1, s2).Should().Be(expected);

    [Fact]
    public void Distance_LineFeedOnlyInput_IsFinite()
    {
        // F23 pads with '\n' and divides by zero here.
        var value = new NGram(2).Distance("\n\n", "\n\n\n");

        value.Should().BeInRange(0.0, 1.0);
    }

    [Fact]
    public void Constructor_NBelowOne_ThrowsWithMessage()
    {
        var act = () => new NGram(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n").WithMessage("*at least 1*");
    }

    [Fact]
    public void Distance_NullArgument_ThrowsArgumentNullException()
    {
        var act = () => new NGram().Distance(null!, "a");

        act.Should().Throw<ArgumentNullException>().WithParameterName("s1");
    }
}
