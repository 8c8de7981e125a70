using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

public class SentenceSegmenterTests
{
    private static string[] Split(string text) => SentenceSegmenter.Segment(text).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("On the afternoon of Nov. 28, Xi visited the exchange. He left on Dec. 2.", "On the afternoon of Nov. 28, Xi visited the exchange.", "He left on Dec. 2.")]
    [InlineData("SHANGHAI, Dec. 5 -- Xi spoke. He left.", "SHANGHAI, Dec. 5 -- Xi spoke.", "He left.")]
    [InlineData("It ranked No. 1 in Asia. Others followed.", "It ranked No. 1 in Asia.", "Others followed.")]
    [InlineData("Mr. Xi met Dr. Smith and Gov. Newsom. They talked.", "Mr. Xi met Dr. Smith and Gov. Newsom.", "They talked.")]
    [InlineData("J. R. Smith arrived. He spoke.", "J. R. Smith arrived.", "He spoke.")]
    [InlineData("The U.S. President Joe Biden met Xi. They talked.", "The U.S. President Joe Biden met Xi.", "They talked.")]
    [InlineData("Curbs came from the U.S. The talks failed.", "Curbs came from the U.S.", "The talks failed.")]
    [InlineData("The meeting ended at 5 p.m. on Friday. Both sides left.", "The meeting ended at 5 p.m. on Friday.", "Both sides left.")]
    [InlineData("Growth was 5.2 percent. It rose.", "Growth was 5.2 percent.", "It rose.")]
    [InlineData("It ended in Dec. The next year began.", "It ended in Dec.", "The next year began.")]
    public void Segment_Abbreviations_DoNotEndSentences(string text, params string[] expected)
    {
        Split(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("\u201CWe must act,\u201D he said. Others agreed.", "\u201CWe must act,\u201D he said.", "Others agreed.")]
    [InlineData("\u201CWe must act.\u201D Next, he left.", "\u201CWe must act.\u201D", "Next, he left.")]
    [InlineData("He said: \u201CIt works.\u201D \u201CReally?\u201D she asked.", "He said: \u201CIt works.\u201D", "\u201CReally?\u201D she asked.")]
    [InlineData("\"We act.\" They left.", "\"We act.\"", "They left.")]
    [InlineData("He said. \"We act,\" she replied.", "He said.", "\"We act,\" she replied.")]
    [InlineData("Why now? Because it works! Fine.", "Why now?", "Because it works!", "Fine.")]
    [InlineData("(It was late.) They left.", "(It was late.)", "They left.")]
    public void Segment_Quotes_EndSentencesOnlyWhereTheSentenceEnds(string text, params string[] expected)
    {
        Split(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("He paused... and went on. Then he left.", "He paused... and went on.", "Then he left.")]
    [InlineData("He paused\u2026 Then he left.", "He paused\u2026", "Then he left.")]
    [InlineData("It was over... The end.", "It was over...", "The end.")]
    public void Segment_Ellipses_EndSentencesOnlyBeforeANewSentence(string text, params string[] expected)
    {
        Split(text).Should().Equal(expected);
    }

    [Fact]
    public void Segment_BrokenMachineTranslation_KeepsFragmentsAsSentences()
    {
        const string text = "The US measures seriously harmed China\u2019s legitimate interests. Is.";

        Split(text).Should().Equal("The US measures seriously harmed China\u2019s legitimate interests.", "Is.");
    }

    [Fact]
    public void Segment_FragmentBeforeQuoteAttribution_IsItsOwnSentence()
    {
        Split("We should strengthen our foundation for secure development. Can go,\u201D Xi said.")
            .Should().Equal("We should strengthen our foundation for secure development.", "Can go,\u201D Xi said.");
    }

    [Fact]
    public void Segment_PeriodBeforeLowerCaseWord_ContinuesTheSentence()
    {
        Split("More than 45 percent Is responsible for. of China\u2019s gross domestic product. It also includes more.")
            .Should().Equal("More than 45 percent Is responsible for. of China\u2019s gross domestic product.", "It also includes more.");
    }

    [Fact]
    public void Segment_StrayPunctuation_StaysInsideTheSentence()
    {
        const string text = "He wants balanced development between urban and rural areas. , as well as harmony with nature. . He also spoke.";

        Split(text).Should().Equal(
            "He wants balanced development between urban and rural areas. , as well as harmony with nature. .",
            "He also spoke.");
    }

    [Fact]
    public void Segment_TrailingLonePeriod_JoinsThePreviousSentence()
    {
        Split("It will improve its risk resilience. .").Should().Equal("It will improve its risk resilience. .");
    }

    [Fact]
    public void Segment_LeadingStrayComma_IsTrimmed()
    {
        Split(",[The region] We should focus on security.").Should().Equal("[The region] We should focus on security.");
    }

    [Fact]
    public void Segment_CjkTerminators_EndSentencesWithoutSpaces()
    {
        Split("习近平在上海考察。他说：“要创新！”这是真的吗？好").Should().Equal("习近平在上海考察。", "他说：“要创新！”", "这是真的吗？", "好");
    }

    [Fact]
    public void Segment_BlankLine_EndsSentenceEvenWithoutPunctuation()
    {
        Split("A headline without period\r\n\r\nThe body.").Should().Equal("A headline without period", "The body.");
    }

    [Fact]
    public void Segment_SingleLineBreak_DoesNotEndSentence()
    {
        Split("A sentence broken\nacross lines. Next one.").Should().Equal("A sentence broken\nacross lines.", "Next one.");
    }

    [Fact]
    public void Segment_EmptyOrPunctuationOnly_HasNoSentences()
    {
        SentenceSegmenter.Segment(string.Empty).Should().BeEmpty();
        SentenceSegmenter.Segment(" . ,; ").Should().BeEmpty();
    }

    [Fact]
    public void Segment_Range_ReturnsOffsetsIntoTheWholeText()
    {
        const string text = "IGNORED. First here. Second here. IGNORED.";
        var spans = new List<TextSpan>();

        SentenceSegmenter.Segment(text, 9, 33, spans);

        spans.Select(s => text[s.Start..s.End]).Should().Equal("First here.", "Second here.");
    }

    [Fact]
    public void Segment_InvalidRange_Throws()
    {
        FluentActions.Invoking(() => SentenceSegmenter.Segment("abc", 2, 1, [])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SentenceSegmenter.Segment("abc", 0, 4, [])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SentenceSegmenter.Segment(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Segment_QuoteContinuedByAttribution_StaysOneSentence()
    {
        Split("\u201CNobody here is against new cranes. We are against new cranes without people,\u201D Mr. Bakker said. He left.")
            .Should().Equal("\u201CNobody here is against new cranes. We are against new cranes without people,\u201D Mr. Bakker said.", "He left.");
    }

    [Fact]
    public void Segment_StraightQuoteContinuedByAttribution_StaysOneSentence()
    {
        Split("\"We build. They run,\" he said. Done.").Should().Equal("\"We build. They run,\" he said.", "Done.");
    }

    [Fact]
    public void Segment_QuoteEndingWithPeriod_SplitsInside()
    {
        Split("\u201CWe build. They run.\u201D He left.").Should().Equal("\u201CWe build.", "They run.\u201D", "He left.");
    }

    [Theory]
    [InlineData("burnley . andros townsend scored . the winger was praised .", "burnley .", "andros townsend scored .", "the winger was praised .")]
    [InlineData("apple's lawyers agreed. however the company does not accept it. mr. cook said so.", "apple's lawyers agreed.", "however the company does not accept it.", "mr. cook said so.")]
    [InlineData("he left on dec. 5 to see the u.s. embassy . it was shut .", "he left on dec. 5 to see the u.s. embassy .", "it was shut .")]
    public void Segment_LowerCasedText_SplitsBeforeLowerCaseWords(string text, params string[] expected)
    {
        Split(text).Should().Equal(expected);
    }

    [Fact]
    public void Segment_TreebankText_SplitsAtDetachedPeriods()
    {
        const string text = "-LRB- CNN -RRB- The school was under investigation . It has never expelled a student . ` ` We will act , '' she said .";

        Split(text).Should().Equal(
            "-LRB- CNN -RRB- The school was under investigation .",
            "It has never expelled a student .",
            "` ` We will act , '' she said .");
    }

    [Fact]
    public void Segment_AllCapsText_SplitsAtPeriods()
    {
        Split("THE MAYOR OPENED THE BRIDGE ON DEC. 5. HE SAID IT WAS SAFE. MR. LEE AGREED.")
            .Should().Equal("THE MAYOR OPENED THE BRIDGE ON DEC. 5.", "HE SAID IT WAS SAFE.", "MR. LEE AGREED.");
    }

    [Theory]
    [InlineData("The port reopened on Monday.Officials said traffic was normal.", "The port reopened on Monday.", "Officials said traffic was normal.")]
    [InlineData("Shipping resumed.The strike ended.", "Shipping resumed.", "The strike ended.")]
    public void Segment_MissingSpaceAfterPeriod_SplitsTheSentences(string text, params string[] expected)
    {
        Split(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("See xinhua.net for more.")]
    [InlineData("It runs on Node.Js servers.")]
    [InlineData("Growth was 5.2 percent.")]
    public void Segment_DottedNames_StayOneSentence(string text)
    {
        Split(text).Should().Equal(text);
    }
}
