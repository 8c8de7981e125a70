using CorpusDiff.Alignment;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Text;

namespace CorpusDiff.Tests.Comparison;

public class PreparedDocumentTests
{
    private static readonly string[] Words = ["harbour", "authority", "opened", "the", "terminal", "freight", "rose", "42", "percent", "in", "March"];

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 5)]
    [InlineData(3, 9)]
    public void Shingles_RandomText_EqualTheSortedDistinctWordShingles(int seed, int size)
    {
        var document = DocumentParser.Default.Parse(RandomText(new Random(seed), 400), "d");
        var hashes = document.Tokens.Select(t => XxHash64.HashChars(t.Text)).ToArray();

        var shingles = PreparedDocument.For(document, size).Shingles;

        shingles.Should().Equal(ShingleHash.Words(hashes, size, wholeIfShort: false));
    }

    [Fact]
    public void Shingles_DocumentShorterThanAShingle_AreEmpty()
    {
        var document = DocumentParser.Default.Parse("Freight rose.", "d");

        PreparedDocument.For(document, 9).Shingles.Should().BeEmpty();
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Postings_RandomText_ListEachTermsSentencesAscending(int seed)
    {
        var document = DocumentParser.Default.Parse(RandomText(new Random(seed), 300), "d");
        var profile = new TermProfile(document);

        for (var id = 0; id < profile.Terms.Count; id++)
        {
            var expected = Enumerable.Range(0, profile.SentenceCount).Where(s => profile.SentenceTerms[s].Contains(id));
            profile.Postings[id].Should().Equal(expected, "term {0}", profile.Terms[id]);
        }
    }

    private static string RandomText(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => Words[random.Next(Words.Length)] + (random.Next(8) == 0 ? "." : string.Empty))) + ".";
}
