using CorpusDiff.Alignment;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Alignment;

public class TermProfileTests
{
    [Theory]
    [InlineData("Profit rose 12% to £2.4bn.", "Profit rose 12 per cent to 2.4 billion pounds.")]
    [InlineData("Profit rose 12% to £2.4bn.", "Profit rose 12 percent to £2.4 billion.")]
    [InlineData("It will spend £300m on prices.", "It will spend £300 million on prices.")]
    [InlineData("It will spend $5bn on prices.", "It will spend 5 bn dollars on prices.")]
    [InlineData("The crash happened at 7.40am.", "The crash happened at 07:40.")]
    [InlineData("The crash happened at 7:05pm.", "The crash happened at 19:05.")]
    [InlineData("The crash happened at 7.05 p.m.", "The crash happened at 19:05.")]
    [InlineData("Forty-one patients fell ill.", "41 patients fell ill.")]
    [InlineData("Since then twenty-five patients fell ill.", "Since then 25 patients fell ill.")]
    [InlineData("The record of 37.9C stood.", "The record of 37.9 degrees stood.")]
    [InlineData("The record of 37.9C stood.", "The record of 37.9 degrees Celsius stood.")]
    [InlineData("The record of 37.9 °C stood.", "The record of 37.9 Celsius stood.")]
    [InlineData("Shares fell 6% in early trading.", "Shares fell 6 pct in early trading.")]
    [InlineData("More than 3,000 people slept outdoors.", "More than 3000 people slept outdoors.")]
    [InlineData("It raised £1,250m last year.", "It raised £1250 million last year.")]
    [InlineData("The crash happened at 2.30pm.", "The crash happened at 14.30.")]
    [InlineData("The crash happened at 9.15am.", "The crash happened at 09.15.")]
    [InlineData("The crash happened at 8.05am GMT.", "The crash happened at 8.05 GMT.")]
    [InlineData("It cost 2,500 euros, up 4.5%.", "It cost 2.500 euros, up 4,5%.")]
    [InlineData("It offered 415 pence a share.", "It offered 415p a share.")]
    [InlineData("It offered 2.5 pence a litre.", "It offered 2.5p a litre.")]
    [InlineData("It rejected an offer of 350 pence a share.", "It rejected an offer of 350p-a-share.")]
    public void Terms_AmountInAnotherHouseStyle_AreTheSameTerms(string one, string other) =>
        Terms(one).Should().BeEquivalentTo(Terms(other));

    [Theory]
    [InlineData("The runner finished the 300m race.", "The runner finished the 300 million race.")]
    [InlineData("Shares rose 12% on Monday.", "Shares rose 13% on Monday.")]
    [InlineData("The price was 7.40 on Monday.", "The price was 7:40 on Monday.")]
    [InlineData("The shares closed at 7.40 on Monday.", "The shares closed at 7:40 on Monday.")]
    [InlineData("The shares closed at 14.30 euros.", "The shares closed at 14:30 euros.")]
    [InlineData("Forty-one patients fell ill.", "42 patients fell ill.")]
    [InlineData("The record of 37.9C stood.", "The record of 38.7C stood.")]
    [InlineData("It offered 415 pence a share.", "It offered 425p a share.")]
    [InlineData("It closed 4% of its shops.", "It closed 4 of its shops.")]
    [InlineData("It was fined 4 per cent of its turnover.", "It was fined 4 of its turnover.")]
    public void Terms_DifferentAmounts_StayDifferent(string one, string other) =>
        Terms(one).Should().NotBeEquivalentTo(Terms(other));

    [Theory]
    [InlineData("The two sides met again.", "two")]
    [InlineData("It closed three of its wards.", "three")]
    [InlineData("A well-known doctor spoke.", "known")]
    public void Terms_PlainNumberWordOrOtherCompound_StaysWords(string text, string word) =>
        Terms(text).Should().Contain(word).And.NotContain(t => t.All(char.IsAsciiDigit));

    [Theory]
    [InlineData("Stay away for 48 hours.", "Stay away for two days.")]
    [InlineData("It opened 24 months late.", "It opened two years late.")]
    [InlineData("The match lasted 90 minutes.", "The match lasted 1.5 hours.")]
    [InlineData("The strike lasted 14 days.", "The strike lasted two weeks.")]
    [InlineData("The dam took three centuries to silt up.", "The dam took 300 years to silt up.")]
    public void Terms_LengthInOtherUnits_SharesOneLengthTerm(string one, string other) =>
        Lengths(one).Should().ContainSingle().And.Equal(Lengths(other));

    [Theory]
    [InlineData("Stay away for 36 hours.", "Stay away for two days.")]
    [InlineData("The strike lasted 30 days.", "The strike lasted one month.")]
    [InlineData("The strike lasted 12 weeks.", "The strike lasted three months.")]
    public void Terms_DifferentLengthsOrLadders_ShareNoLengthTerm(string one, string other)
    {
        var first = Lengths(one);

        first.Should().ContainSingle();
        Lengths(other).Should().ContainSingle().Which.Should().NotBe(first.Single());
    }

    [Theory]
    [InlineData("The fault was put right by the afternoon.", "The fault was fixed by the afternoon.")]
    [InlineData("The council has put off the vote.", "The council has postponed the vote.")]
    [InlineData("The safety system blew it up.", "The safety system exploded.")]
    [InlineData("The club will call them off on Friday.", "The club will cancel them on Friday.")]
    [InlineData("Prices will come down in March.", "Prices will fall in March.")]
    public void Terms_PhrasalVerb_AreThePlainWordsTerms(string phrasal, string plain) =>
        Terms(phrasal).Should().BeEquivalentTo(Terms(plain));

    [Fact]
    public void Terms_NumberInAHyphenatedCompound_IsTheNumber()
    {
        var profile = new TermProfile(DocumentParser.Default.Parse("The 52-year-old pleaded not guilty.", "t"));
        var id = profile.SentenceTerms[0].Single(k => profile.Terms[k] == "52");

        profile.IsNumber[id].Should().BeTrue();
    }

    [Theory]
    [InlineData("The risk is greatest for the over-65s.", "65")]
    [InlineData("Tickets are free for under-18s.", "18")]
    public void Terms_NumberPluralInACompound_IsTheNumber(string text, string number)
    {
        var profile = new TermProfile(DocumentParser.Default.Parse(text, "t"));
        var id = profile.SentenceTerms[0].Single(k => profile.Terms[k] == number);

        profile.IsNumber[id].Should().BeTrue();
    }

    /// <summary>The length terms of the text's first sentence.</summary>
    private static List<string> Lengths(string text)
    {
        var profile = new TermProfile(DocumentParser.Default.Parse(text, "t"));
        return [.. profile.SentenceTerms[0].Where(k => profile.IsLength[k]).Select(k => profile.Terms[k])];
    }

    [Theory]
    [InlineData("The club called his bluff.", "call")]
    [InlineData("She put it on the table.", "put")]
    public void Terms_PronounBeforeAnUnlistedParticle_KeepsTheVerb(string text, string verb) =>
        Terms(text).Should().Contain(Stemmer.Stem(verb));

    private static IEnumerable<string> Terms(string text)
    {
        var profile = new TermProfile(DocumentParser.Default.Parse(text, "t"));
        return profile.SentenceTerms[0].Select(id => profile.Terms[id]);
    }
}
