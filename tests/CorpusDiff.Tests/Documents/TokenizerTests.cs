using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

public class TokenizerTests
{
    [Fact]
    public void Tokenize_NumbersWithSeparatorsAndPercent_AreSingleTokens()
    {
        var tokens = Tokenizer.Tokenize("It rose 45% to 1,999.5 tonnes.");

        tokens.Select(t => t.Text).Should().Equal("it", "rose", "45%", "to", "1,999.5", "tonnes");
        tokens.Where(t => t.Kind == TokenKind.Number).Select(t => t.Text).Should().Equal("45%", "1,999.5");
    }

    [Fact]
    public void Tokenize_Abbreviation_KeepsDots()
    {
        var tokens = Tokenizer.Tokenize("The U.S. and China");

        tokens.Select(t => t.Text).Should().Equal("the", "u.s.", "and", "china");
    }

    [Fact]
    public void Tokenize_CjkText_OneTokenPerCharacter()
    {
        var tokens = Tokenizer.Tokenize("习近平在上海");

        tokens.Should().HaveCount(6).And.OnlyContain(t => t.Kind == TokenKind.Cjk && t.End - t.Start == 1);
    }

    [Fact]
    public void Tokenize_CurlyApostrophe_IsFoldedButOffsetsPointAtOriginal()
    {
        const string text = "the city\u2019s role";
        var tokens = Tokenizer.Tokenize(text);

        tokens[1].Text.Should().Be("city's");
        text[tokens[1].Start..tokens[1].End].Should().Be("city\u2019s");
    }
}
