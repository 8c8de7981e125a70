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
}
