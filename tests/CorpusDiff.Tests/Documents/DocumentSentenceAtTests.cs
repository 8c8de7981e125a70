namespace CorpusDiff.Tests.Documents;

public class DocumentSentenceAtTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(19)]
    public void SentenceAt_EveryOffset_MatchesALinearScan(int seed)
    {
        var random = new Random(seed);
        var words = new[] { "The", "mayor", "said", "on", "Tuesday", "that", "roads", "would", "reopen", "soon" };
        var text = string.Join("  ", Enumerable.Range(0, 12).Select(_ =>
            string.Join(' ', Enumerable.Range(0, random.Next(3, 9)).Select(_ => words[random.Next(words.Length)])) + "."));
        var document = Corpus.Parse(text, "d");

        for (var offset = -1; offset <= text.Length + 1; offset++)
        {
            var inside = document.Sentences.FirstOrDefault(s => s.Start <= offset && offset < s.End);
            var after = document.Sentences.FirstOrDefault(s => s.End > offset) ?? document.Sentences[^1];

            document.SentenceAt(offset).Should().Be(inside?.Index, "offset {0}", offset);
            document.SentenceAtOrAfter(offset).Should().Be(inside?.Index ?? after.Index, "offset {0}", offset);
        }
    }
}
