using System.Text;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Fuzzing;

public class DocumentParserFuzzTests
{
    [Fact]
    public void Parse_RandomAndMutatedBytes_OnlyDocumentFormatExceptionAndValidOffsets()
    {
        var seeds = Directory.GetFiles(Path.Combine(Repository.Root, "samples"), "*.txt").Select(File.ReadAllBytes)
            .Concat([Encoding.Unicode.GetBytes("Headline\n\nBERLIN, May 3 (Reuters) - A sentence. Another one."), [0xFF, 0xFE, 0x41, 0x00], [0xEF, 0xBB, 0xBF, 0x41]])
            .ToList();
        var random = FuzzBudget.Random(1);
        var rejected = 0;
        for (var i = FuzzBudget.Iterations(400); i > 0; i--)
        {
            var bytes = FuzzBudget.Case(random, seeds);
            Document document;
            try
            {
                document = DocumentParser.Default.Parse(new MemoryStream(bytes), "fuzz");
            }
            catch (DocumentFormatException ex)
            {
                ex.ByteOffset.Should().BeInRange(0, Math.Max(0, bytes.Length));
                rejected++;
                continue;
            }

            foreach (var sentence in document.Sentences)
            {
                sentence.Start.Should().BeGreaterThanOrEqualTo(0);
                sentence.End.Should().BeLessThanOrEqualTo(document.Text.Length).And.BeGreaterThanOrEqualTo(sentence.Start);
            }

            foreach (var token in document.Tokens)
            {
                token.End.Should().BeLessThanOrEqualTo(document.Text.Length);
            }
        }

        rejected.Should().BeGreaterThan(0, "the mutations include bad bytes");
    }
}
