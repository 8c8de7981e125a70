using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

/// <summary>Boilerplate removal: each rule, its report, and switching it off.</summary>
public partial class DocumentParserTests
{
    private const string FooterText =
        "Xi urges Shanghai to build a modern metropolis\n\nThe body has one sentence. And another one.\n\n" +
        "Copyright\u00A9 | About us | Contact us\n\nWebsite Identification Code bm01000001 Registration Number: 05070218\n\n" +
        "All rights reserved. The content published in this site belongs to\n\n" +
        "Without written authorization from, such content shall not be republished or used in any form.\n\n\n\n" +
        "Copyright\u00A9 | Contact us\n\nWebsite Identification Code bm01000001\n\nRegistration Number: 05070218";

    [Fact]
    public void Parse_RepeatedCopyrightFooter_RemovesTwoBlocksWithExactOffsets()
    {
        var doc = Parse(FooterText);

        doc.Removed.Should().HaveCount(2).And.OnlyContain(r => r.Kind == BoilerplateKinds.CopyrightFooter);
        var first = doc.Removed[0];
        first.Text.Should().StartWith("Copyright\u00A9 | About us").And.EndWith("used in any form.");
        FooterText[first.Start..first.End].Should().Be(first.Text);
        doc.Removed[1].Text.Should().Be("Copyright\u00A9 | Contact us\n\nWebsite Identification Code bm01000001\n\nRegistration Number: 05070218");
        doc.Sentences.Select(s => s.Text).Should().Equal("The body has one sentence.", "And another one.");
        doc.Removed[0].KindName.Should().Be("copyright-footer");
    }

    [Fact]
    public void Parse_CaptionShapedLineLongerThanACaption_IsBodyText()
    {
        // A few "words" but 1.2 MB long: longer than any caption, so it is text, and no pattern runs over it.
        var line = "Photo: " + new string('x', 600_000) + " " + new string('y', 600_000);
        var doc = Parse("The body has one sentence.\n\n" + line);

        doc.Removed.Should().NotContain(r => r.Kind == BoilerplateKinds.PhotoCaption);
        doc.Sentences.Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void Parse_SentenceAboutCopyright_IsBodyText()
    {
        var doc = Parse("Copyright disputes rose sharply last year, officials said.\n\nAll agreed.");

        doc.Removed.Should().BeEmpty();
        doc.Sentences.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_PreviousNextLinks_AreRemovedAsNavigation()
    {
        const string text = "Li said Shanghai should improve its public health system.\n\n" +
            "Previous How Doctor Strange 2 explains WandaVision's confusing ad\nNext 'Stamp Guy' found guilty of defrauding Canada Post of $235,000";

        var doc = Parse(text);

        doc.Removed.Select(r => (r.Kind, r.Text)).Should().Equal(
            (BoilerplateKinds.Navigation, "Previous How Doctor Strange 2 explains WandaVision's confusing ad"),
            (BoilerplateKinds.Navigation, "Next 'Stamp Guy' found guilty of defrauding Canada Post of $235,000"));
        doc.Sentences.Should().ContainSingle();
    }

    [Theory]
    [InlineData("Next year the city will open ten new parks.")]
    [InlineData("Previously, the plan had been delayed twice.")]
    [InlineData("Next, officials visited the port, he said.")]
    public void Parse_SentenceStartingWithNextOrPrevious_IsBodyText(string sentence)
    {
        var doc = Parse($"The first paragraph is here.\n\n{sentence}");

        doc.Removed.Should().BeEmpty();
        doc.Sentences.Select(s => s.Text).Should().Contain(sentence);
    }

    [Theory]
    [InlineData("Xi inspected an exhibition on Shanghai\u2019s science-technology innovations. Photo: Xinhua")]
    [InlineData("Workers at the port on Monday. (Photo by Wang Ye/China Daily)")]
    [InlineData("Xi Jinping visits the New Fourth Army Memorial Hall in Yancheng. (Xinhua/Li Xueren)")]
    [InlineData("Visitors tour the exhibition in Shanghai. [Photo/Xinhua]")]
    public void Parse_PhotoCaption_IsRemovedAndReported(string caption)
    {
        var text = $"The first paragraph is here.\n\n{caption}\n\nThe last paragraph is here.";

        var doc = Parse(text);

        doc.Removed.Should().ContainSingle().Which.Should().Be(
            new RemovedSpan(BoilerplateKinds.PhotoCaption, text.IndexOf(caption, StringComparison.Ordinal), text.IndexOf(caption, StringComparison.Ordinal) + caption.Length, caption));
        doc.Sentences.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_HeadlineRepeatedWithStraightApostrophe_IsRemovedWithItsSubHeadline()
    {
        const string text = "Party Secretary outlines his vision for the city\u2019s future\n\n" +
            "The 12th Congress of the Communist Party of China in Shanghai opens today.\n\n" +
            "He said the city will improve services.\n\n" +
            "Party Secretary outlines his vision for the city's future\n\n" +
            "The 12th Congress of the Communist Party of China in Shanghai\n\n" +
            "\u201CTo achieve these visions, we need development,\u201D Li said.";

        var doc = Parse(text);

        doc.Title.Should().Be("Party Secretary outlines his vision for the city\u2019s future");
        doc.Removed.Select(r => (r.Kind, r.Text)).Should().Equal(
            (BoilerplateKinds.RepeatedHeadline, "Party Secretary outlines his vision for the city's future"),
            (BoilerplateKinds.RepeatedHeadline, "The 12th Congress of the Communist Party of China in Shanghai"));
        doc.Sentences.Should().HaveCount(3);
    }

    [Fact]
    public void Parse_SubHeadlineRepeatingTheLead_IsRemovedEvenWithoutTitle()
    {
        const string text = "The 12th Congress of the Communist Party of China in Shanghai opens today.\n\n" +
            "Delegates arrived early.\n\nThe 12th Congress of the Communist Party of China in Shanghai\n\nThey voted.";

        var doc = Parse(text);

        doc.Removed.Should().ContainSingle().Which.Kind.Should().Be(BoilerplateKinds.RepeatedHeadline);
    }

    [Fact]
    public void Parse_HeadlineOfAnotherArticleBetweenParagraphs_IsRemovedAsEmbeddedHeadline()
    {
        const string text = "\u201CIt is necessary to expand the opening up of the financial sector.\u201D\n\n" +
            "Chinese President Xi Jinping visits Shanghai in first post-Covid visit\n\n" +
            "Xi earlier on Tuesday visited the Shanghai Futures Exchange, CCTV reported.";

        var doc = Parse(text);

        doc.Removed.Should().ContainSingle().Which.Should().Be(new RemovedSpan(
            BoilerplateKinds.EmbeddedHeadline, text.IndexOf("Chinese", StringComparison.Ordinal),
            text.IndexOf("Chinese", StringComparison.Ordinal) + 70, "Chinese President Xi Jinping visits Shanghai in first post-Covid visit"));
        doc.Sentences.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_ShortHeadlineShapedLastLine_IsNotEmbeddedHeadline()
    {
        // Without body text after it, a trailing phrase is not "pasted between paragraphs"; it stays.
        var doc = Parse("The first paragraph is here.\n\nReporting by Zhang San and Li Si in Beijing");

        doc.Removed.Should().BeEmpty();
        doc.Sentences.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_BodyParagraphsEndingWithQuotes_AreNeverRemoved()
    {
        const string text = "Opening paragraph of the story.\n\n" +
            "Xi has repeatedly said, \u201CCities are built by the people and for the people\u201D.\n\n" +
            "\u201CWe must let children grow,\u201D he said. \u201CWe should enable people to lead healthy lives.\u201D\n\n" +
            "Closing paragraph of the story.";

        Parse(text).Removed.Should().BeEmpty();
    }

    [Theory]
    [InlineData(BoilerplateKinds.CopyrightFooter)]
    [InlineData(BoilerplateKinds.Navigation)]
    [InlineData(BoilerplateKinds.PhotoCaption)]
    [InlineData(BoilerplateKinds.RepeatedHeadline)]
    [InlineData(BoilerplateKinds.EmbeddedHeadline)]
    public void Parse_RuleSwitchedOff_KeepsItsLinesAsBodyAndStillRemovesOthers(BoilerplateKinds off)
    {
        const string text = "Party Secretary outlines his vision\n\nFirst body paragraph here.\n\n" +
            "Chinese President Xi Jinping visits Shanghai in first post-Covid visit\n\n" +
            "Second body paragraph here.\n\nXi inspected an exhibition. Photo: Xinhua\n\n" +
            "Party Secretary outlines his vision\n\nThird body paragraph here.\n\n" +
            "Previous How Doctor Strange 2 explains the ad\n\nCopyright\u00A9 | About us | Contact us";

        var all = Parse(text);
        var doc = Parse(text, new DocumentOptions { RemoveBoilerplate = BoilerplateKinds.All & ~off });

        all.Removed.Select(r => r.Kind).Should().Equal(
            BoilerplateKinds.EmbeddedHeadline, BoilerplateKinds.PhotoCaption, BoilerplateKinds.RepeatedHeadline,
            BoilerplateKinds.Navigation, BoilerplateKinds.CopyrightFooter);
        doc.Removed.Select(r => r.Kind).Should().Equal(all.Removed.Select(r => r.Kind).Where(k => k != off));
        var kept = all.Removed.Single(r => r.Kind == off);
        doc.Paragraphs.Should().Contain(p => p.Start == kept.Start && p.End == kept.End);
    }

    [Fact]
    public void Parse_RemoveBoilerplateNone_KeepsEveryLine()
    {
        var doc = Parse(FooterText, new DocumentOptions { RemoveBoilerplate = BoilerplateKinds.None });

        doc.Removed.Should().BeEmpty();
        doc.Sentences.Should().Contain(s => s.Text.StartsWith("Copyright", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FooterLineOpeningWithOutletName_JoinsTheFooterBlock()
    {
        const string text = "Body paragraph one.\n\nCopyright\u00A9 | About us | Contact us\n\n" +
            "Harbor News Agency Website Identification Code hna0200417 Registration Number: 11380442\n\n" +
            "All rights reserved. The content published in this site belongs to Harbor News Agency.";

        var doc = Parse(text);

        doc.Removed.Should().ContainSingle().Which.Text.Should().StartWith("Copyright").And.EndWith("Harbor News Agency.");
        doc.Sentences.Should().ContainSingle();
    }

    [Fact]
    public void Parse_WrappedCaption_IsRemovedWhole()
    {
        const string text =
            "The authority handled a record 15.2 million units in 2023, its\n" +
            "chief executive told the annual results press conference today.\n" +
            "\n" +
            "Minister Pieter Jansen (centre) and SMPA chief executive Marieke de\n" +
            "Vries walk along the Delta Gate quay on March 6, 2024. Photo: Harbor\n" +
            "News Agency\n" +
            "\n" +
            "Revenue rose 6.2% to 1.46 billion euros in 2023, chief financial\n" +
            "officer J.R. Hendriks told reporters at the press conference.\n";

        var doc = Parse(text);

        doc.Removed.Should().ContainSingle().Which.Text.Should().StartWith("Minister Pieter Jansen").And.EndWith("Photo: Harbor\nNews Agency");
        doc.Sentences.Should().HaveCount(2);
    }
}
