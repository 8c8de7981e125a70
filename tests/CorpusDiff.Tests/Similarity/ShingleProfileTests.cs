using System.Text.RegularExpressions;
using CorpusDiff.Similarity;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Similarity;

public class ShingleProfileTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    public void Create_RandomTexts_CountsMatchDictionaryProfile(int k)
    {
        var random = new Random(12345 + k);
        foreach (var kind in RandomTextPairs.Kinds)
        {
            for (var i = 0; i < 60; i++)
            {
                var text = RandomTextPairs.Text(random, kind);
                var reference = ReferenceSetMetrics.Profile(text, k);
                var profile = ShingleProfile.Create(text, k);

                if (profile.IsShort)
                {
                    reference.Should().ContainSingle().Which.Key.Should().StartWith("\u0001short:");
                    profile.DistinctCount.Should().Be(0);
                    continue;
                }

                // Exact for k ≤ 4 (packed shingles); for longer shingles a collision would show up here too.
                profile.DistinctCount.Should().Be(reference.Count, "{0} text \"{1}\"", kind, text);
                profile.TotalCount.Should().Be(reference.Values.Sum());
                profile.Counts.ToArray().Order().Should().Equal(reference.Values.Order());
            }
        }
    }

    [Fact]
    public void Create_AnyText_HashesStrictlyAscendingAndCountsSumToTotal()
    {
        var profile = ShingleProfile.Create("the cat sat on the mat; the cat sat on the hat", 3);

        profile.Hashes.ToArray().Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        profile.Counts.ToArray().Sum().Should().Be((int)profile.TotalCount);
        profile.TotalCount.Should().Be(46 - 3 + 1);
        profile.Counts.ToArray().Max().Should().Be(4, "\"the\", \"he \" and \"at \" occur four times");
    }

    [Fact]
    public void Create_WhitespaceRuns_CollapseToOneSpace()
    {
        var spaced = ShingleProfile.Create("a \t\n b\u00A0\u2003c", 3);
        var plain = ShingleProfile.Create("a b c", 3);

        spaced.Hashes.ToArray().Should().Equal(plain.Hashes.ToArray());
        spaced.Counts.ToArray().Should().Equal(plain.Counts.ToArray());
    }

    [Fact]
    public void CharIsWhiteSpace_SameSetAsRegexBackslashS()
    {
        // The collapse uses char.IsWhiteSpace where F23 used the regular expression \s+; they must agree.
        var regex = new Regex("^\\s$");
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch))
            {
                continue;
            }

            char.IsWhiteSpace(ch).Should().Be(regex.IsMatch(ch.ToString()), "U+{0:X4}", c);
        }
    }

    [Fact]
    public void Create_TextShorterThanK_IsShortAndEmptyIsNot()
    {
        var shortProfile = ShingleProfile.Create("ab", 3);
        var empty = ShingleProfile.Create(string.Empty, 3);

        shortProfile.IsShort.Should().BeTrue();
        shortProfile.TotalCount.Should().Be(0);
        empty.IsShort.Should().BeFalse();
        empty.DistinctCount.Should().Be(0);
        ShingleProfile.Create("a   ", 3).IsShort.Should().BeTrue("white space collapses to \"a \"");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Create_KBelowOne_ThrowsWithMessage(int k)
    {
        var act = () => ShingleProfile.Create("text", k);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k").WithMessage("*at least 1*");
    }

    [Fact]
    public void Create_Null_ThrowsArgumentNullException()
    {
        var act = () => ShingleProfile.Create(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Similarity_ProfilesWithDifferentK_ThrowsNamingTheProfile()
    {
        var jaccard = new Jaccard(3);
        var act = () => jaccard.Similarity(ShingleProfile.Create("abcdef", 3), ShingleProfile.Create("abcdef", 2));

        act.Should().Throw<ArgumentException>().WithParameterName("profile2").WithMessage("*k = 2*");
    }
}
