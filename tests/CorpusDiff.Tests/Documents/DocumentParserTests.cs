using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

/// <summary>Header parsing and the document-level guarantees. Boilerplate and readers are in the other parts.</summary>
public partial class DocumentParserTests
{
    private static Document Parse(string text, DocumentOptions? options = null) =>
        (options is null ? DocumentParser.Default : new DocumentParser(options)).Parse(text, "t");

    [Theory]
    // One continental mark anywhere (1.200.000, 4,5) makes the report's 2.500 two thousand five hundred too.
    [InlineData("Velorin cuts 2.500 jobs. Output was 1.200.000 cars.", "2.500", "2,500")]
    [InlineData("Velorin cuts 2.500 jobs. Shares fell 4,5 percent.", "2.500", "2,500")]
    [InlineData("Velorin cuts 2.500 jobs. Shares fell 4.5 percent.", "2.500", "2.500")]
    [InlineData("The euro rose to 1.125 dollars.", "1.125", "1.125")]
    [InlineData("Some 3.000 workers marched.", "3.000", "3,000")]
    [InlineData("Some 3\u00A0000 workers marched.", "3\u00A0000", "3,000")]
    // A report that groups with spaces or marks decimals with a comma groups every number so: 1 900 is one number there.
    [InlineData("It buys milk from 1 900 farms. It employs 14 000 people.", "1 900", "1,900")]
    [InlineData("It buys milk from 1 900 farms. Sales were 5,1 billion pounds.", "1 900", "1,900")]
    public void Parse_NumbersInEitherStyle_AreWrittenTheEnglishWayWithTheirOriginalOffsets(string body, string written, string english)
    {
        var doc = Parse(body);

        var token = doc.Tokens.Single(t => doc.Text[t.Start..t.End] == written);
        token.Text.Should().Be(english);
        token.Kind.Should().Be(TokenKind.Number);
    }

    [Theory]
    [InlineData("On May 2 500 workers left. Sales were 5.1 billion pounds.")]
    [InlineData("It buys milk from 1 900 farms. Sales were 5.1 billion pounds.")]
    public void Parse_PlainSpaceInAnEnglishReport_SeparatesTwoNumbers(string body)
    {
        // Without a continental or spaced number elsewhere, two numbers may stand side by side.
        var doc = Parse(body);

        doc.Tokens.Where(t => t.Kind == TokenKind.Number).Should().HaveCount(3);
    }

    [Fact]
    public void Parse_DateThenHeadlineOnOneLine_ReadsPublishedAndTitle()
    {
        const string text = " date 2023-12-04 Xi Jinping Emphasizes Shanghai\u2019s Role in Building International Metropolis\n\nDuring a recent inspection, Xi spoke.\n";

        var doc = Parse(text);

        doc.Published.Should().Be(new DateOnly(2023, 12, 4));
        doc.Title.Should().Be("Xi Jinping Emphasizes Shanghai\u2019s Role in Building International Metropolis");
        text[doc.TitleSpan!.Value.Start..doc.TitleSpan.Value.End].Should().Be(doc.Title);
        doc.Sentences.Select(s => s.Text).Should().Equal("During a recent inspection, Xi spoke.");
    }

    [Fact]
    public void Parse_DateThenBodyTextOnOneLine_KeepsTextAsFirstSentenceWithoutTitle()
    {
        const string text = " date 2023-11-30 Xi Jinping, General Secretary, held a symposium in Shanghai. It mattered.\n\nMore text here.";

        var doc = Parse(text);

        doc.Published.Should().Be(new DateOnly(2023, 11, 30));
        doc.Title.Should().BeNull();
        doc.Sentences[0].Text.Should().Be("Xi Jinping, General Secretary, held a symposium in Shanghai.");
        doc.Sentences[0].Start.Should().Be(text.IndexOf("Xi Jinping", StringComparison.Ordinal));
        doc.Sentences.Should().HaveCount(3);
    }

    [Fact]
    public void Parse_DateThenStrayComma_BodyStartsAtFirstWord()
    {
        const string text = " date 2023-11-30 ,[The region] We should focus on security. Can go,\u201D Xi said.\n";

        var doc = Parse(text);

        doc.Published.Should().Be(new DateOnly(2023, 11, 30));
        doc.Title.Should().BeNull();
        doc.Sentences.Select(s => s.Text).Should().Equal("[The region] We should focus on security.", "Can go,\u201D Xi said.");
    }

    [Fact]
    public void Parse_ImpossibleDate_IsNotAHeaderAndStaysInText()
    {
        var doc = Parse("date 2023-13-45 Something happened today.\n");

        doc.Published.Should().BeNull();
        doc.Sentences.Should().ContainSingle().Which.Text.Should().Be("date 2023-13-45 Something happened today.");
    }

    [Fact]
    public void Parse_HeadlineThenUpdatedLine_ReadsTitlePublishedAndOutlet()
    {
        const string text = "Xi urges Shanghai to accelerate the building of a metropolis\nUpdated: December 5, 2023 21:46 Xinhua\n\nBody sentence one. Body sentence two.";

        var doc = Parse(text);

        doc.Title.Should().Be("Xi urges Shanghai to accelerate the building of a metropolis");
        doc.TitleSpan.Should().Be(new TextSpan(0, doc.Title!.Length));
        doc.Published.Should().Be(new DateOnly(2023, 12, 5));
        doc.Outlet.Should().Be("Xinhua");
        doc.Sentences.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Updated: Dec. 5, 2023 Xinhua", 2023, 12, 5, "Xinhua")]
    [InlineData("Updated: 2023-12-05 21:46 | China Daily", 2023, 12, 5, "China Daily")]
    [InlineData("Published: September 30, 2022", 2022, 9, 30, null)]
    [InlineData("Updated: Sept 1, 2022 09:05 AM (GMT+8)", 2022, 9, 1, null)]
    public void Parse_UpdatedLineVariants_ReadDateAndOutlet(string line, int year, int month, int day, string? outlet)
    {
        var doc = Parse($"{line}\n\nThe body follows here.");

        doc.Published.Should().Be(new DateOnly(year, month, day));
        doc.Outlet.Should().Be(outlet);
        doc.Sentences.Should().ContainSingle().Which.Text.Should().Be("The body follows here.");
    }

    [Fact]
    public void Parse_UnknownHeaderLine_StaysInBody()
    {
        var doc = Parse("Source: Global Times | 2023/12/05\n\nThe body follows here.");

        doc.Published.Should().BeNull();
        doc.Outlet.Should().BeNull();
        doc.Sentences.Select(s => s.Text).Should().Contain("The body follows here.");
        doc.Sentences.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_WireDateline_ReadsPlacesAndDateResolvedAgainstPublishedYear()
    {
        const string text = "Headline of the wire story today\nUpdated: December 5, 2023 21:46 Xinhua\n\nSHANGHAI/YANCHENG, Jiangsu, Dec. 5 -- During his recent tour, Xi spoke. He left.";

        var doc = Parse(text);

        doc.Dateline.Should().NotBeNull();
        var dateline = doc.Dateline!;
        dateline.Places.Should().Equal("SHANGHAI", "YANCHENG", "Jiangsu");
        dateline.Date.Should().Be(new DateOnly(2023, 12, 5));
        text[dateline.Start..dateline.End].Should().Be("SHANGHAI/YANCHENG, Jiangsu, Dec. 5 --");
        doc.Sentences[0].Text.Should().Be("During his recent tour, Xi spoke.");
        doc.Paragraphs[0].Start.Should().Be(doc.Sentences[0].Start);
    }

    [Fact]
    public void Parse_DatelineWithoutPublishedDate_HasPlacesButNoDate()
    {
        var doc = Parse("BEIJING, Nov. 28 (Xinhua) -- Officials met today.");

        doc.Dateline!.Places.Should().Equal("BEIJING");
        doc.Dateline.Date.Should().BeNull();
        doc.Outlet.Should().Be("Xinhua");
        doc.Sentences.Should().ContainSingle().Which.Text.Should().Be("Officials met today.");
    }

    [Fact]
    public void Parse_DecemberDatelineOnJanuaryStory_ResolvesToPreviousYear()
    {
        var doc = Parse("date 2024-01-02\nHONG KONG, Dec. 30 -- The market closed higher.");

        doc.Dateline!.Date.Should().Be(new DateOnly(2023, 12, 30));
        doc.Dateline.Places.Should().Equal("HONG KONG");
    }

    [Fact]
    public void Parse_HyphenatedOpening_IsNotADateline()
    {
        var doc = Parse("US-China talks resumed on Tuesday. Both sides spoke.");

        doc.Dateline.Should().BeNull();
        doc.Sentences[0].Text.Should().Be("US-China talks resumed on Tuesday.");
    }

    [Fact]
    public void Parse_FirstLineEndingWithPeriod_IsNotATitle()
    {
        var doc = Parse("The congress opens today.\n\nIt will last a week.");

        doc.Title.Should().BeNull();
        doc.Sentences.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_SingleShortLine_IsBodyNotTitle()
    {
        var doc = Parse("Party Secretary outlines his vision");

        doc.Title.Should().BeNull();
        doc.Sentences.Should().ContainSingle().Which.Text.Should().Be("Party Secretary outlines his vision");
    }

    [Fact]
    public void Parse_ParseHeadersOff_KeepsHeaderLinesAsBody()
    {
        const string text = "Xi urges Shanghai to build a metropolis\nUpdated: December 5, 2023 21:46 Xinhua\n\nBEIJING, Dec. 5 -- Body text here.";

        var doc = Parse(text, new DocumentOptions { ParseHeaders = false });

        doc.Title.Should().BeNull();
        doc.Published.Should().BeNull();
        doc.Outlet.Should().BeNull();
        doc.Dateline.Should().BeNull();
        doc.Sentences.Select(s => s.Text).Should().Contain(s => s.StartsWith("Updated:", StringComparison.Ordinal));
        doc.Sentences.Should().Contain(s => s.Text.StartsWith("BEIJING, Dec. 5 --", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MaxTitleWords_LongerFirstLineIsBody()
    {
        const string text = "Xi urges Shanghai to accelerate the building of a metropolis\n\nBody.";

        Parse(text, new DocumentOptions { MaxTitleWords = 5 }).Title.Should().BeNull();
        Parse(text, new DocumentOptions { MaxTitleWords = 10 }).Title.Should().NotBeNull();
    }

    [Fact]
    public void Parse_Paragraphs_FromBlankLinesAndSingleLineBreaks()
    {
        const string text = "First paragraph here. Still first.\nSecond paragraph.\n\n\nThird paragraph.";

        var doc = Parse(text);

        doc.Paragraphs.Should().HaveCount(3);
        doc.Paragraphs[0].SentenceCount.Should().Be(2);
        doc.Sentences.Select(s => s.ParagraphIndex).Should().Equal(0, 0, 1, 2);
        doc.Paragraphs.Select(p => text[p.Start..p.End]).Should().Equal("First paragraph here. Still first.", "Second paragraph.", "Third paragraph.");
    }

    [Fact]
    public void Parse_CrLfText_OffsetsIndexTheTextIncludingCarriageReturns()
    {
        const string text = "A headline without a period\r\n\r\nFirst sentence here. Second one.\r\nThird line.\r\n";

        var doc = Parse(text);

        doc.Title.Should().Be("A headline without a period");
        doc.Sentences.Select(s => s.Text).Should().Equal("First sentence here.", "Second one.", "Third line.");
        doc.Sentences.Should().OnlyContain(s => text.Substring(s.Start, s.End - s.Start) == s.Text && !s.Text.Contains('\r'));
    }

    [Fact]
    public void Parse_CarriageReturnOnlyLineBreaks_SplitParagraphs()
    {
        const string text = "First para.\rSecond para.\r\rThird para.";

        var doc = Parse(text);

        doc.Paragraphs.Should().HaveCount(3);
        doc.Sentences.Select(s => s.Text).Should().Equal("First para.", "Second para.", "Third para.");
    }

    [Fact]
    public void Parse_CjkText_SplitsSentencesAndTokenizesPerCharacter()
    {
        const string text = "习近平在上海考察。他强调创新！这是真的吗？";

        var doc = Parse(text);

        doc.Sentences.Select(s => s.Text).Should().Equal("习近平在上海考察。", "他强调创新！", "这是真的吗？");
        doc.TokensOf(doc.Sentences[0]).Select(t => t.Text).Should().Equal("习", "近", "平", "在", "上", "海", "考", "察");
    }

    [Fact]
    public void Parse_EmptyText_IsAValidEmptyDocument()
    {
        var doc = Parse(string.Empty);

        doc.Text.Should().BeEmpty();
        doc.Title.Should().BeNull();
        doc.Paragraphs.Should().BeEmpty();
        doc.Sentences.Should().BeEmpty();
        doc.Tokens.Should().BeEmpty();
        doc.Removed.Should().BeEmpty();
    }

    [Fact]
    public void Parse_WhitespaceOnly_IsAValidEmptyDocument()
    {
        var doc = Parse(" \r\n\t\n  ");

        doc.Sentences.Should().BeEmpty();
        doc.Paragraphs.Should().BeEmpty();
    }

    [Fact]
    public void Parse_TextIsKeptUnaltered()
    {
        const string text = "\uFEFFHeadline of some kind here\r\n\r\n\u201CQuoted,\u201D he said.  ";

        Parse(text).Text.Should().BeSameAs(text);
    }

    [Fact]
    public void Parse_Tokens_BelongToTheirSentencesAndAreNormalized()
    {
        const string text = "The City\u2019s GDP rose 5.2% in 2023. Mr. Li agreed.";

        var doc = Parse(text);

        doc.TokensOf(doc.Sentences[0]).Select(t => t.Text).Should().Equal("the", "city's", "gdp", "rose", "5.2%", "in", "2023");
        doc.TokensOf(doc.Sentences[1]).Select(t => t.Text).Should().Equal("mr", "li", "agreed");
        doc.Tokens.Should().HaveCount(10);
    }

    [Fact]
    public void Parse_NullArguments_Throw()
    {
        var parser = DocumentParser.Default;

        parser.Invoking(p => p.Parse((string)null!, "id")).Should().Throw<ArgumentNullException>();
        parser.Invoking(p => p.Parse("text", null!)).Should().Throw<ArgumentNullException>();
        parser.Invoking(p => p.Parse((Stream)null!, "id")).Should().Throw<ArgumentNullException>();
        parser.Invoking(p => p.ParseFile(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new DocumentParser(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheOption()
    {
        FluentActions.Invoking(() => new DocumentParser(new DocumentOptions { MaxTitleWords = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MaxTitleWords");
        FluentActions.Invoking(() => new DocumentParser(new DocumentOptions { RemoveBoilerplate = (BoilerplateKinds)64 }))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("RemoveBoilerplate");
    }

    [Fact]
    public void Parse_DateThenCjkHeadline_ReadsTitle()
    {
        const string text = "date 2024-03-08 斯海尔德港务局集装箱吞吐量创新高 首个码头启用\n\n港务局宣布吞吐量创纪录。净利润增长11%。";

        var doc = Parse(text);

        doc.Title.Should().Be("斯海尔德港务局集装箱吞吐量创新高 首个码头启用");
        doc.Sentences.Select(s => s.Text).Should().Equal("港务局宣布吞吐量创纪录。", "净利润增长11%。");
    }

    [Fact]
    public void Parse_HardWrappedWireStory_SentencesSpanWrappedLines()
    {
        const string text = "Port authority posts record container volumes as minister opens first Delta Gate terminal\n" +
            "Updated: March 7, 2024 18:05 Harbor News Agency\n\n" +
            "ROTTERDAM/ANTWERP, March 7 -- The Scheldt-Maas Port Authority (SMPA)\n" +
            "handled a record 15.2 million twenty-foot equivalent units (TEU) in\n" +
            "2023, its chief executive, Dr. Marieke de Vries, told the\n" +
            "authority's annual results press conference in Rotterdam on Tuesday.\n" +
            "Total cargo throughput rose 3.4% to 467.3 million tonnes, while net\n" +
            "profit climbed 11% to 512 million euros.\n";

        var doc = Parse(text);

        doc.Title.Should().StartWith("Port authority posts");
        doc.Outlet.Should().Be("Harbor News Agency");
        doc.Dateline!.Places.Should().Equal("ROTTERDAM", "ANTWERP");
        doc.Paragraphs.Should().ContainSingle();
        doc.Sentences.Should().HaveCount(2);
        doc.Sentences[0].Text.Should().StartWith("The Scheldt-Maas").And.EndWith("on Tuesday.").And.Contain("\n");
    }
}
