using CorpusDiff.Alignment;
using CorpusDiff.Language;

namespace CorpusDiff.Tests.Language;

public class NewsParaphrasesTests
{
    [Theory]
    [InlineData("five", 5)]
    [InlineData("dozen", 12)]
    [InlineData("nine", 9)]
    [InlineData("14", 14)]
    [InlineData("girder", 0)]
    [InlineData("2,300", 0)]
    public void NumberValue_Word_ReturnsItsValue(string word, int expected) =>
        NewsParaphrases.NumberValue(word).Should().Be(expected);

    [Fact]
    public void Classes_EveryClass_JoinsAtLeastTwoDistinctTerms()
    {
        // A class whose words all stem alike would join nothing: the stemmer already does.
        foreach (var words in NewsParaphrases.Classes)
        {
            words.Select(w => char.IsAsciiDigit(w[0]) ? w : Stemmer.Stem(w)).Distinct().Should().HaveCountGreaterThan(1, string.Join(",", words));
        }
    }

    [Fact]
    public void Classes_EveryWord_IsLowerCaseAndOneToken()
    {
        NewsParaphrases.ClassesOfWord.Keys.Should().OnlyContain(w => w == w.ToLowerInvariant() && !w.Contains(' '));
    }

    [Theory]
    [InlineData("rust", "corrosion")]
    [InlineData("corrosion", "rust")]
    [InlineData("nine", "9")]
    [InlineData("9", "nine")]
    [InlineData("household", "home")]
    [InlineData("kill", "death")]
    [InlineData("ruling", "judgment")]
    [InlineData("victory", "win")]
    [InlineData("lawyer", "solicitor")]
    [InlineData("equalised", "levelled")]
    [InlineData("beat", "victory")]
    [InlineData("crowd", "fans")]
    [InlineData("game", "match")]
    [InlineData("signatures", "petition")]
    [InlineData("turnout", "voters")]
    [InlineData("cause", "reason")]
    [InlineData("talks", "negotiate")]
    [InlineData("operations", "surgery")]
    [InlineData("births", "born")]
    [InlineData("plea", "pleaded")]
    [InlineData("europe", "european")]
    [InlineData("portuguese", "portugal")]
    [InlineData("thieves", "burglar")]
    [InlineData("raiders", "thief")]
    [InlineData("stole", "theft")]
    [InlineData("detectives", "police")]
    [InlineData("exit", "door")]
    [InlineData("illness", "sick")]
    [InlineData("contamination", "polluted")]
    [InlineData("bacteria", "germs")]
    [InlineData("apologised", "sorry")]
    [InlineData("inspectorate", "regulator")]
    [InlineData("wreckage", "debris")]
    [InlineData("spotted", "noticed")]
    [InlineData("strange", "unusual")]
    [InlineData("employ", "staff")]
    [InlineData("employed", "workers")]
    [InlineData("directors", "board")]
    [InlineData("bid", "offer")]
    [InlineData("contract", "deal")]
    public void SynonymsOf_StemmedTerm_ReturnsItsPartnersAsStems(string term, string partner) =>
        Synonyms.Of(Stemmer.Stem(term)).Should().Contain(char.IsAsciiDigit(partner[0]) ? partner : Stemmer.Stem(partner));

    [Theory]
    [InlineData("looked", "into", "investigate")]
    [InlineData("put", "off", "postpone")]
    [InlineData("stepped", "down", "resign")]
    [InlineData("broke", "into", "burgle")]
    [InlineData("fallen", "ill", "ill")]
    [InlineData("put", "right", "fix")]
    [InlineData("came", "down", "fall")]
    [InlineData("link", "up", "join")]
    [InlineData("straight", "away", "immediately")]
    [InlineData("right", "away", "immediately")]
    public void PhrasalMeaning_VerbAndItsParticle_IsThePlainWord(string verb, string next, string expected) =>
        NewsParaphrases.PhrasalMeaning(verb, next, null, out _).Should().Be(expected);

    [Theory]
    [InlineData("look", "at")]
    [InlineData("put", "on")]
    [InlineData("hand", "over")]
    [InlineData("into", "look")]
    [InlineData("right", "now")]
    public void PhrasalMeaning_UnlistedPair_IsNull(string verb, string next) =>
        NewsParaphrases.PhrasalMeaning(verb, next, null, out _).Should().BeNull();

    [Fact]
    public void SynonymsOf_UnlistedTerm_ReturnsNothing() => Synonyms.Of("asbesto").Should().BeEmpty();
}
