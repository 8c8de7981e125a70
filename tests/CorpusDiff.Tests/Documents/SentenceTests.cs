using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

public class SentenceTests
{
    private const string Body = "Port volumes rose 3.4% in 2023. The minister opened the terminal on Wednesday. “We moved more boxes,” she said.";

    [Fact]
    public void Text_ParsedSentence_IsItsSliceOfTheDocument()
    {
        var document = DocumentParser.Default.Parse(Body, "s.txt");

        document.Sentences.Should().HaveCountGreaterThan(1);
        foreach (var sentence in document.Sentences)
        {
            sentence.Text.Should().Be(document.Text[sentence.Start..sentence.End]);
            sentence.Chars.ToString().Should().Be(sentence.Text);
        }
    }

    [Fact]
    public void Equals_ParsedAndBuiltWithTheSameString_AreEqualWithEqualHashCodes()
    {
        var parsed = DocumentParser.Default.Parse(Body, "s.txt").Sentences[1];
        var built = new Sentence(parsed.Index, parsed.Start, parsed.End, new string(parsed.Text.AsSpan()), parsed.ParagraphIndex, parsed.FirstToken, parsed.TokenCount);
        var again = DocumentParser.Default.Parse(Body, "other.txt").Sentences[1];

        built.Should().Be(parsed);
        parsed.Should().Be(built);
        again.Should().Be(parsed);
        built.GetHashCode().Should().Be(parsed.GetHashCode());
        again.GetHashCode().Should().Be(parsed.GetHashCode());
        (parsed with { Text = "Something else." }).Should().NotBe(parsed);
        (parsed with { TokenCount = parsed.TokenCount + 1 }).Should().NotBe(parsed);
    }

    [Theory]
    [InlineData("Can they sue for defamation?", true)]
    [InlineData("\"Can they sue?\"", true)]
    [InlineData("Can they sue? ”)", true)]
    [InlineData("They can sue.", false)]
    [InlineData("\"Can they sue?\" he asked.", false)]
    [InlineData("", false)]
    public void IsQuestion_Sentence_IsWhetherItEndsInAQuestionMark(string text, bool question)
    {
        new Sentence(0, 0, text.Length, text, 0, 0, 0).IsQuestion.Should().Be(question);
    }

    [Fact]
    public void With_ParsedSentence_KeepsItsTextUnlessTextIsGiven()
    {
        var parsed = DocumentParser.Default.Parse(Body, "s.txt").Sentences[0];

        (parsed with { Start = 0, End = 3 }).Text.Should().Be(parsed.Text);
        (parsed with { Text = "Replaced." }).Text.Should().Be("Replaced.");
        var (_, _, _, text, _, _, _) = parsed;
        text.Should().Be(parsed.Text);
    }

    [Fact]
    public void Equals_NullTextAgainstEmptyText_AreNotEqual()
    {
        var nullText = new Sentence(0, 0, 0, (string)null!, 0, 0, 0);
        var empty = new Sentence(0, 0, 0, string.Empty, 0, 0, 0);

        nullText.Text.Should().BeNull();
        nullText.Should().NotBe(empty);
        nullText.Should().Be(new Sentence(0, 0, 0, (string)null!, 0, 0, 0));
    }
}
