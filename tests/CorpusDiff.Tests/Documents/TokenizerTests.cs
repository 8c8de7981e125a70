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

    [Theory]
    // A comma before exactly three digits groups a number; before one or two it marks the decimals (the continental 4,5),
    // unless the numbers are a list written without spaces. What the marks mean is read for the whole report
    // (English.EnglishDigits), so "3,5" is never read as 35.
    [InlineData("It lasted 3,5 hours.", "3,5")]
    [InlineData("It lasted 30,00 hours.", "30,00")]
    [InlineData("It lasted 3,0000 hours.", "3", "0000")]
    [InlineData("More than 3,000 left.", "3,000")]
    [InlineData("Rooms 1,2,3 and 4.", "1", "2", "3", "4")]
    public void Tokenize_CommaInANumber_GroupsBeforeThreeDigitsAndMarksDecimalsBeforeFewer(string text, params string[] numbers) =>
        Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Number).Select(t => t.Text).Should().Equal(numbers);

    [Theory]
    [InlineData("It cost 1.200.000 euros.", "1.200.000")]
    [InlineData("It cost 2.500,75 euros.", "2.500,75")]
    [InlineData("Some 3\u00A0000 people and 1\u202F250\u202F000 more.", "3 000", "1 250 000")]
    [InlineData("Some 3 000 people and 1 200 000 more.", "3 000", "1 200 000")]
    // A plain space groups only before a last group of 000: two numbers may stand side by side.
    [InlineData("On May 2 500 workers left.", "2", "500")]
    [InlineData("Call 1300 224 636 or 555 123 4567.", "1300", "224", "636", "555", "123", "4567")]
    public void Tokenize_DigitsGroupedByPointsOrSpaces_AreOneNumber(string text, params string[] numbers)
    {
        var tokens = Tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Number).ToList();

        tokens.Select(t => t.Text).Should().Equal(numbers);
        tokens.Should().OnlyContain(t => char.IsDigit(text[t.Start]) && char.IsDigit(text[t.End - 1]));
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

    [Theory]
    [InlineData("defrauding Canada Post of $235,000", "defrauding|canada|post|of|$|235,000")]
    [InlineData("date 2023-12-04 headline", "date|2023-12-04|headline")]
    [InlineData("December 5, 2023 21:46 Xinhua", "december|5|2023|21:46|xinhua")]
    [InlineData("a post-Covid visit and COVID-19", "a|post-covid|visit|and|covid-19")]
    [InlineData("the 12th Congress in the 1990s", "the|12th|congress|in|the|1990s")]
    [InlineData("the 24-member body", "the|24|member|body")]
    [InlineData("1,2,3 and 1,000,000.25", "1|2|3|and|1,000,000.25")]
    [InlineData("fell −5% or -3.5%", "fell|-5%|or|-3.5%")]
    [InlineData("workers’ rights and 'Stamp Guy'", "workers|rights|and|stamp|guy")]
    [InlineData("5G and G20 networks", "5g|and|g20|networks")]
    [InlineData("inter­national", "international")]
    [InlineData("¥100 and €5", "¥|100|and|€|5")]
    public void Tokenize_NewsForms_SplitAsExpected(string text, string expected)
    {
        Tokenizer.Tokenize(text).Select(t => t.Text).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Tokenize_Kinds_AreAssigned()
    {
        var tokens = Tokenizer.Tokenize("$235,000 on 2023-12-04 at 21:46 for 5G 上");

        tokens.Select(t => t.Kind).Should().Equal(
            TokenKind.Symbol, TokenKind.Number, TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Number,
            TokenKind.Word, TokenKind.Word, TokenKind.Cjk);
    }

    [Fact]
    public void Tokenize_CjkExtensionBeyondBmp_IsOneToken()
    {
        var tokens = Tokenizer.Tokenize("\U00020000\u4E0A");

        tokens.Select(t => (t.Start, t.End, t.Kind)).Should().Equal((0, 2, TokenKind.Cjk), (2, 3, TokenKind.Cjk));
    }

    [Fact]
    public void Tokenize_Range_OffsetsIndexTheWholeText()
    {
        const string text = "skip THE City\u2019s skip";
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, 5, 15, tokens);

        tokens.Select(t => text[t.Start..t.End]).Should().Equal("THE", "City\u2019s");
        tokens.Select(t => t.Text).Should().Equal("the", "city's");
    }

    [Fact]
    public void Tokenize_PunctuationOnly_HasNoTokens()
    {
        Tokenizer.Tokenize(" .,;:!?()\u201C\u201D-- ").Should().BeEmpty();
    }

    [Theory]
    [InlineData("they do n't know", "they|don't|know")]
    [InlineData("the city 's mayor", "the|city's|mayor")]
    [InlineData("we 're here and they 've left", "we're|here|and|they've|left")]
    [InlineData("-lrb- cnn -rrb- the school", "cnn|the|school")]
    [InlineData("the commission - lrb - accc - rrb - said", "the|commission|accc|said")]
    [InlineData("-LRB- CNN -RRB- There", "cnn|there")]
    public void Tokenize_TreebankText_MatchesUntokenisedText(string text, string expected)
    {
        Tokenizer.Tokenize(text).Select(t => t.Text).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Tokenize_DetachedClitic_SpansBothPartsExactly()
    {
        const string text = "he did n't say";

        var token = Tokenizer.Tokenize(text)[1];

        text[token.Start..token.End].Should().Be("did n't");
        token.Text.Should().Be("didn't");
    }

    [Theory]
    [InlineData("the 'so' key")]
    [InlineData("an x-lrb-y code")]
    public void Tokenize_ApostropheOrBracketLookalike_IsNotTreebank(string text)
    {
        Tokenizer.Tokenize(text).Select(t => t.Text).Should().NotContain(t => t.Contains(' '));
        Tokenizer.Tokenize(text).Count.Should().BeGreaterThan(1);
    }

    [Fact]
    public void Tokenize_WithWordPool_SameTokensAsWithoutAndOneStringPerText()
    {
        var random = new Random(2024);
        string[] pieces = ["The", "the", "THE", "city", " 's", "do", " n't", "U.S.", "45%", "1,999.5", "2023-12-04", "习近平", "\uD840\uDC00", "Caf\u00E9", "e\u0301", "\uFB01ne", "-lrb-", "$", "\u2019s", "-", "."];
        for (var round = 0; round < 200; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var plain = new List<Token>();
            var pooled = new List<Token>();
            var pool = WordPool.Rent();

            Tokenizer.Tokenize(text, 0, text.Length, plain);
            Tokenizer.Tokenize(text, 0, text.Length, pooled, pool);
            WordPool.Return(pool);

            pooled.Should().Equal(plain, text);
            pooled.GroupBy(t => t.Text, StringComparer.Ordinal)
                .Where(g => g.Select(t => t.Text).Distinct(ReferenceEqualityComparer.Instance).Count() > 1)
                .Select(g => g.Key)
                .Should().BeEmpty("each distinct text is one string");
        }
    }
}
