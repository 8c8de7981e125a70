using CorpusDiff.Alignment;

namespace CorpusDiff.Tests.Alignment;

public class StemmerTests
{
    [Theory]
    [InlineData("speed", "speed")]
    [InlineData("proceeds", "proceed")]
    [InlineData("spring", "spring")]
    [InlineData("exchanges", "exchang")]
    [InlineData("raised", "rais")]
    [InlineData("housing", "hous")]
    public void Stem_Word_KeepsRealStems(string word, string expected)
    {
        Stemmer.Stem(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("warnings", "warning")]
    [InlineData("buildings", "building")]
    [InlineData("evenings", "evening")]
    [InlineData("things", "thing")]
    public void Stem_PluralOfAnIngNoun_MeetsItsSingular(string plural, string singular)
    {
        Stemmer.Stem(plural).Should().Be(Stemmer.Stem(singular));
    }

    [Theory]
    [InlineData("emphasizes")]
    [InlineData("developments")]
    [InlineData("promoted")]
    public void IsGeneric_InflectedGenericWord_IsGeneric(string word)
    {
        StopWords.IsGeneric(word).Should().BeTrue();
    }

    [Theory]
    [InlineData("standing")]
    [InlineData("bureau")]
    [InlineData("committee")]
    public void IsTitleWord_OfficialTitleWord_IsTitle(string word)
    {
        StopWords.IsTitleWord(word).Should().BeTrue();
    }

    [Theory]
    [InlineData("roughly")]
    [InlineData("upwards")]
    [InlineData("approximately")]
    public void IsGeneric_HedgeOnAFigure_IsGeneric(string word)
    {
        StopWords.IsGeneric(word).Should().BeTrue();
    }

    [Theory]
    [InlineData("midweek")]
    [InlineData("weekend")]
    [InlineData("overnight")]
    public void IsDateWord_TimeExpression_IsDateWord(string word)
    {
        StopWords.IsDateWord(word).Should().BeTrue();
    }
}
