using CorpusDiff.Comparison;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Comparison;

public class EventSignalsTests
{
    [Theory]
    [InlineData("Growers in the Kelby Valley say the frost destroyed the blossom.")]
    [InlineData("Officials in Brussels said the talks would resume.")]
    [InlineData("Residents near Marlow Cross said the river had risen.")]
    public void Of_NameAfterAPlacePreposition_IsNoSpeaker(string sentence)
    {
        // The name says where the speakers are; the speakers are the growers, officials or residents.
        var signals = Signals(sentence);

        signals.Actors.Should().BeEmpty();
        signals.SpeakerNames.Should().BeEmpty();
    }

    [Fact]
    public void Of_SentencesFirstWordTheReportNeverCapitalisesInside_IsNoSpeaker()
    {
        // "Campaigners" has its capital from the sentence; "Li" is a name, since the report writes "Premier Li Qiang".
        var campaigners = Signals("The ward will close in April. Campaigners say they will fight the closure.");
        var li = Signals("Premier Li Qiang visited the port. Li said trade would grow.");

        campaigners.Actors.Should().BeEmpty();
        li.Actors.Should().Contain("li");
    }

    [Theory]
    [InlineData("Its chair, Helen Varga, said many farms would struggle.", "Helen Varga")]
    [InlineData("The Ministry of Health said the ward would reopen.", "Health")]
    public void Of_NameRightBeforeASpeechVerb_IsASpeaker(string sentence, string expected)
    {
        var signals = Signals(sentence);

        signals.SpeakerNames.Should().ContainSingle().Which.Should().EndWith(expected);
    }

    [Theory]
    [InlineData("\"Our members have had no rise in three years,\" said Marta Keel, regional secretary of the union.", "Marta Keel")]
    [InlineData("The trust would recruit more midwives, said chief executive Dr Priya Nand.", "Priya Nand")]
    [InlineData("\"We would urge anyone who saw it to call us,\" said Inspector Sarah Quinn.", "Sarah Quinn")]
    [InlineData("\"This brings two businesses together,\" said Halvorsen's chief executive, Margaret Oyelaran.", "Margaret Oyelaran")]
    [InlineData("\"He is the forward we wanted,\" said Northam's manager, Graham Kettle.", "Graham Kettle")]
    public void Of_NameRightAfterAnInvertedSpeechVerb_IsASpeaker(string sentence, string expected)
        => ShouldReadOnlySpeaker(sentence, expected);

    [Fact]
    public void Of_PossessiveBeforeAnUnnamedTitle_IsNoSpeaker()
    {
        // The possessive names whose chief executive spoke; the company itself said nothing.
        var signals = Signals("\"This brings two businesses together,\" said Halvorsen's chief executive.");

        signals.SpeakerNames.Should().BeEmpty();
        signals.Actors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Helen Marsh, who runs the council, said it was too soon to know.", "Helen Marsh")]
    [InlineData("Ruth Calloway, the detective leading the inquiry, said the thieves knew the case.", "Ruth Calloway")]
    [InlineData("Tom Avery, 52, said staff were devastated.", "Tom Avery")]
    public void Of_NameBeforeAClauseSetOffByCommas_IsASpeaker(string sentence, string expected)
        => ShouldReadOnlySpeaker(sentence, expected); // the clause describes the speaker; the name before it spoke

    /// <summary>Asserts that <paramref name="expected"/> is the sentence's one speaker, as written and as actor words.</summary>
    private static void ShouldReadOnlySpeaker(string sentence, string expected)
    {
        var signals = Signals(sentence);

        signals.SpeakerNames.Should().Equal(expected);
        signals.Actors.Should().BeEquivalentTo(expected.ToLowerInvariant().Split(' '));
    }

    [Theory]
    [InlineData("In Dunmere, the council, which runs the bins, said collections would go on.")]
    [InlineData("\"We will not pay,\" the board, under pressure, said.")]
    public void Of_ClauseWithNoNameBeforeIt_ReadsNoSpeakerBeforeIt(string sentence)
    {
        // The clause describes a lower-case noun (the council, the board), which is no name.
        var signals = Signals(sentence);

        signals.SpeakerNames.Should().BeEmpty();
    }

    [Theory]
    [InlineData("The talks would resume, said the union.")]
    [InlineData("The talks would resume, said Monday's statement.")]
    [InlineData("The talks would resume, officials said Monday.")]
    [InlineData("Ministers said Labour had no plan.")]
    public void Of_NoNameAfterTheVerbOrAVerbNotInverted_ReadsNoSpeakerAfterIt(string sentence)
    {
        // The union is no name, Monday is a date, and a verb with its speaker before it ("officials said", "Ministers
        // said") takes nothing after it: "Labour" is what they spoke about.
        var signals = Signals(sentence);

        signals.SpeakerNames.Should().NotContain(n => n.Contains("Monday", StringComparison.Ordinal) || n.Contains("Labour", StringComparison.Ordinal) || n.Contains("union", StringComparison.Ordinal));
    }

    [Fact]
    public void AllNamedIn_EverySpeakerWrittenInFull_IsTrueAndAPartNameIsNot()
    {
        var target = Signals("Li Qiang said the plan would go ahead.");

        target.AllNamedIn(DocumentParser.Default.Parse("Premier Li Qiang attended the meeting.", "s")).Should().BeTrue();
        target.AllNamedIn(DocumentParser.Default.Parse("Li Ganjie and Ding Xuexiang attended the meeting.", "s")).Should().BeFalse();
    }

    [Fact]
    public void Shown_WeekdayInAForecast_IsTheDayAheadAndAPastOneTheDayBefore()
    {
        // A Tuesday paper: the storm was on Sunday; rain warnings last until Wednesday, tomorrow.
        var signals = Signals("date 2026-12-01\n\nThe storm struck on Sunday. Rain warnings will last until Wednesday.");

        signals.Mentioned.Select(signals.Shown).Should().BeEquivalentTo([new DateOnly(2026, 11, 29), new DateOnly(2026, 12, 2)]);
        signals.BareWeekdays.Should().HaveCount(2);
    }

    [Fact]
    public void Shown_WeekdayInAFrontedPhraseBeforeAPastClause_IsThePastDay()
    {
        // A Saturday paper: "until Thursday" opens a clause in the past perfect, so it is the Thursday just gone; a road
        // shut until Monday is the Monday ahead.
        var past = Signals("date 2026-11-21\n\nUntil Thursday, all ten earlier launches had succeeded.");
        var ahead = Signals("date 2026-11-21\n\nUntil Monday, the road is shut to traffic.");

        past.Mentioned.Select(past.Shown).Should().Equal(new DateOnly(2026, 11, 19));
        ahead.Mentioned.Select(ahead.Shown).Should().Equal(new DateOnly(2026, 11, 23));
    }

    [Fact]
    public void Reports_BareWeekdayAWeekBeforeAStatedDate_IsTheStatedDayAsTheClaimCheckerReadsIt()
    {
        // A Friday preview's "on Sunday" resolves to last Sunday, but it is the November 29 the other report states.
        var preview = Signals("date 2026-11-27\n\nThe final will be played on Sunday.");
        var report = Signals("date 2026-11-30\n\nThe final was played on November 29.");

        var sunday = preview.Mentioned.Should().ContainSingle().Subject;
        report.Reports(sunday, preview.BareWeekdays.Contains(sunday), out var stated).Should().BeTrue();
        stated.Should().Be(new DateOnly(2026, 11, 29));
        report.Reports(sunday, dayIsBareWeekday: false, out _).Should().BeFalse();
    }

    private static EventSignals Signals(string text) => EventSignals.Of(DocumentParser.Default.Parse(text, "t"));
}
