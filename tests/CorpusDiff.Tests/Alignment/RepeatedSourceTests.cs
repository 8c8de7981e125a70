using CorpusDiff.Alignment;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Alignment;

public class RepeatedSourceTests
{
    // The body of the sample wire story (its headline and "Updated" line dropped, so each copy is body text only).
    private static readonly string Body = string.Join(
        '\n',
        File.ReadAllLines(Path.Combine(Repository.Samples, "wire-source.txt")).Skip(2));

    private static readonly string Summary = File.ReadAllText(Path.Combine(Repository.Samples, "rewrite-summary.txt"));

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void Align_SourceRepeated_AlignsTheSameTargetSentencesToTheSameTexts(int copies)
    {
        var target = Corpus.Parse(Summary, "summary");
        var once = Corpus.Parse(Body, "source");
        var repeated = Corpus.Parse(string.Join("\n\n", Enumerable.Repeat(Body, copies)), "source");

        var expected = Describe(SentenceAligner.Default.Align(once, target), once);
        var actual = Describe(SentenceAligner.Default.Align(repeated, target), repeated);

        expected.Should().NotBeEmpty();
        actual.Should().Equal(expected);
    }

    [SeedCorpusTheory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void Align_SeedSourceRepeated_AlignsTheSummaryAsOnce(int copies)
    {
        // The seed wire story and its summary: before copies were one sentence to the aligner, each copy lowered the
        // weight of every word it repeats and stood as a rival to itself, so the summary lost alignments as copies were
        // added.
        // Only the body is repeated: a header line inside the text is body text, so it would not be a copy.
        var file = Corpus.Parse(File.ReadAllText(SeedCorpus.PathOf("001_023fab95e7753a28.txt")), "file");
        var body = file.Text[file.Sentences[0].Start..];
        var target = DocumentParser.Default.ParseFile(SeedCorpus.PathOf("000_24f175de8eac0e83.txt"));
        var once = Corpus.Parse(body, "source");
        var repeated = Corpus.Parse(string.Join("\n\n", Enumerable.Repeat(body, copies)), "source");

        var expected = Describe(SentenceAligner.Default.Align(once, target), once);
        var actual = Describe(SentenceAligner.Default.Align(repeated, target), repeated);

        expected.Should().NotBeEmpty();
        actual.Should().Equal(expected);
    }

    private static List<string> Describe(IReadOnlyList<SentenceAlignment> alignments, Document source) =>
        [.. alignments.Select(a => $"{string.Join(',', a.Target)} {a.Kind} <- {string.Join(" | ", a.Source.Select(s => source.Sentences[s].Text))}")];
}
