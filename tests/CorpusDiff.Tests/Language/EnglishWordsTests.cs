using CorpusDiff.Claims;
using CorpusDiff.Language;

namespace CorpusDiff.Tests.Language;

public class EnglishWordsTests
{
    [Fact]
    public void List_AsShipped_IsInOrdinalOrderForTheSearchByHalves()
    {
        EnglishWords.IsInOrdinalOrder().Should().BeTrue();
    }

    [Theory]
    [InlineData("walked", true)]
    [InlineData("colour", true)]
    [InlineData("color", true)]
    [InlineData("government's", true)]
    [InlineData("clinton", true)]
    [InlineData("scotland", true)]
    [InlineData("varadkar", false)]
    [InlineData("rosamund", false)]
    public void Knows_Word_KnowsWordsAndWellKnownNamesButNotRareOnes(string word, bool expected)
    {
        EnglishWords.Knows(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("varadkar", true)]
    [InlineData("varadkar's", true)]
    [InlineData("anheuser-busch", true)]
    [InlineData("cost-cutting", false)]
    [InlineData("wi-fi", false)]
    [InlineData("justin", false)]
    [InlineData("saturday", false)]
    [InlineData("german", false)]
    [InlineData("slammed", false)]
    [InlineData("ab", false)]
    [InlineData("g7", false)]
    public void IsRareName_Word_IsTrueOnlyForWordsEnglishDoesNotKnow(string word, bool expected)
    {
        ConsistencyScorer.IsRareName(word).Should().Be(expected);
    }
}
