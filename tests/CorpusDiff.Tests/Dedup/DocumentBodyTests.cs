using CorpusDiff.Dedup;
using CorpusDiff.Documents;
using CorpusDiff.Text;

namespace CorpusDiff.Tests.Dedup;

public class DocumentBodyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Plain ASCII text. Two sentences here.\n\nAnd a `quoted` PARAGRAPH\twith tabs.")]
    [InlineData("Caf\u00E9 \u201Cquotes\u201D \u2014 and \uFB01ne print.\n\nSecond\u00A0paragraph\u200B here.")]
    [InlineData("习近平在上海。他说：很好！")]
    public void ExactHash_Document_IsTheHashOfTheNormalizedBody(string text)
    {
        var document = DocumentParser.Default.Parse(text, "d");
        var normalized = DocumentBody.Normalized(document);

        DocumentBody.ExactHash(document).Should().Be((XxHash64.HashString(normalized), normalized.Length == 0));
    }

    [Fact]
    public void ExactHash_RandomDocuments_IsTheHashOfTheNormalizedBody()
    {
        var random = new Random(31);
        string[] pieces = ["The", "city", "said.", "U.S.", "Mr.", "Smith", "45%", "\n", "\n\n", "  ", "\t", "caf\u00E9", "\u2019s", "`", "ALL", "CAPS.", "e.g.", "\u201CQuote,\u201D", "he", "said."];
        for (var round = 0; round < 200; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 80)).Select(_ => pieces[random.Next(pieces.Length)]));
            var document = DocumentParser.Default.Parse(text, "d");
            var normalized = DocumentBody.Normalized(document);

            DocumentBody.ExactHash(document).Should().Be((XxHash64.HashString(normalized), normalized.Length == 0), text);
        }
    }
}
