using CorpusDiff.Claims;

namespace CorpusDiff.Tests.Claims;

/// <summary>
/// The classes of "swapped name" that faithful summaries of the dev sets were charged with (found by listing every
/// contradiction the check reports on a consistent pair): a common noun the source capitalises once, two names of
/// unknown kind in different phrases, and a clipped form of the source's name. Each is tested beside a real swap the
/// fix must still catch.
/// </summary>
public class SwapNoiseTests
{
    private const string Filler = "The weather was mild. Tickets sold out within a day. Fans travelled from across the region. ";

    private static List<Divergence> Contradictions(string source, string target) =>
        [.. TestDocuments.CheckPair(source, target).Divergences.Where(d => d.Relation == DivergenceRelation.Contradicts)];

    [Fact]
    public void Gazetteer_NameTheSourceWritesOnlyCapitalised_IsStillFoundInLowerCase()
    {
        var source = TestDocuments.Body("The ship docked at the Overseas Passenger Terminal. " + Filler + "A Harbour Pilot boarded. A harbour pilot is required.");
        var prepared = ClaimChecker.Default.Prepare(source);
        var target = TestDocuments.Body("the ship docked at the overseas passenger terminal after a harbour pilot boarded.");

        var names = ClaimExtractor.Default.Extract(target, prepared.Names).SelectMany(c => c).Where(c => c.Kind == ClaimKind.Entity).Select(c => c.Value).ToList();

        names.Should().Contain("overseas passenger terminal").And.NotContain("harbour pilot");
    }

    [Fact]
    public void Check_UntypedNameInAPhraseOfItsOwn_IsNoSwap()
    {
        const string source = "Manchester City goalkeeper Joe Hart, pictured with Frank Lampard, was disappointed with his side's display. "
            + Filler + "The England number one appeared devastated after the final whistle at Old Trafford.";

        Contradictions(source, "Joe Hart was disappointed with his side's display at Old Trafford.").Should().BeEmpty();
    }

    [Fact]
    public void Check_UntypedNameInTheRivalsPlace_IsStillASwap()
    {
        const string source = "Manchester City goalkeeper Joe Hart was disappointed with his side's display on Sunday. "
            + Filler + "Frank Lampard scored twice at Old Trafford last season.";

        Contradictions(source, "Manchester City goalkeeper Frank Lampard was disappointed with his side's display on Sunday.")
            .Should().ContainSingle(d => d.Kind == DivergenceKind.Entity && d.Message.Contains("Frank Lampard", StringComparison.Ordinal)
                && d.Message.Contains("Joe Hart", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ClippedFormOfTheAlignedSentencesName_IsNoSwap()
    {
        const string source = "Liberal Democrat leader Nick Clegg blasted Labour's policies as economically illiterate. "
            + Filler + "Lib Dem Chief Secretary Danny Alexander told a newspaper that the talks had stalled.";

        Contradictions(source, "Lib Dem leader Nick Clegg blasts Labour's policies as economically illiterate.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("lib dem", "liberal democrat", true)]
    [InlineData("lib dems", "liberal democrats", true)]
    [InlineData("liberal democrat", "lib dem", true)]
    [InlineData("nhs", "national health service", true)]
    [InlineData("new york", "newcastle united", false)]
    [InlineData("li de", "liberal democrat", false)]
    [InlineData("liberal democrat", "liberal democrat party", false)]
    [InlineData("joe hart", "frank lampard", false)]
    public void AreForms_TwoNames_TellsFormsOfOneNameFromOthers(string a, string b, bool expected)
    {
        EntityMatcher.AreForms(a.Split(' '), b.Split(' ')).Should().Be(expected);
    }
}
