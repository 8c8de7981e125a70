using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

public class ParagraphSplitterTests
{
    [Theory]
    [InlineData("One.\n\nTwo.\nThree.")]
    [InlineData("One.\r\n\r\nTwo.\r\nThree.")]
    [InlineData("One.\r\rTwo.\rThree.")]
    [InlineData("  One.  \n \t \n Two.\nThree.\n\n")]
    public void Split_AnyLineBreakStyle_GivesTrimmedParagraphs(string text)
    {
        ParagraphSplitter.Split(text).Select(s => text[s.Start..s.End]).Should().Equal("One.", "Two.", "Three.");
    }

    [Fact]
    public void Split_ByteOrderMarkAndZeroWidthSpace_AreTrimmed()
    {
        const string text = "\uFEFFOne.\u200B\nTwo.";

        ParagraphSplitter.Split(text).Should().Equal(new TextSpan(1, 5), new TextSpan(7, 11));
    }

    [Fact]
    public void Split_Empty_HasNoParagraphs()
    {
        ParagraphSplitter.Split(string.Empty).Should().BeEmpty();
    }

    [Fact]
    public void Split_HardWrappedText_JoinsWrappedLinesIntoParagraphs()
    {
        const string text =
            "ROTTERDAM, March 7 -- The Scheldt-Maas Port Authority (SMPA)\n" +
            "handled a record 15.2 million twenty-foot equivalent units in\n" +
            "2023, its chief executive told the annual press conference.\n" +
            "Total cargo throughput rose 3.4% to 467.3 million tonnes.\n" +
            "\n" +
            "A day later, on Wednesday, Dutch Minister of Infrastructure and\n" +
            "Water Management Pieter Jansen opened one terminal of the Delta\n" +
            "Gate complex.\n";

        var paragraphs = ParagraphSplitter.Split(text);

        paragraphs.Should().HaveCount(2);
        text[paragraphs[0].Start..paragraphs[0].End].Should().StartWith("ROTTERDAM").And.EndWith("million tonnes.");
        text[paragraphs[1].Start..paragraphs[1].End].Should().EndWith("Gate complex.");
    }

    [Fact]
    public void Split_ShortLinesThatWouldHaveFit_AreSeparateParagraphs()
    {
        // Lines of a list are short and end where the next word would still have fit: not a wrap.
        const string text = "Previous How Doctor Strange 2 explains WandaVision's confusing ad\nNext 'Stamp Guy' found guilty of fraud\nMore stories\nAnd a last line here";

        ParagraphSplitter.Split(text).Should().HaveCount(4);
    }
}
