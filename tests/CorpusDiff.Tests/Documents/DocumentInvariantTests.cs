using System.Text;
using CorpusDiff.Documents;
using CorpusDiff.Language;

namespace CorpusDiff.Tests.Documents;

/// <summary>
/// Property tests over generated messy news files (fixed seed): whatever the input, every offset the model reports
/// slices exactly the text it claims, and nothing overlaps.
/// </summary>
public class DocumentInvariantTests
{
    private static readonly string[] Fragments =
    [
        "Xi visited the Shanghai Futures Exchange on Nov. 28.", "The U.S. President Joe Biden met Xi.", "It ranked No. 1 in Asia.",
        "\u201CWe must act,\u201D he said.", "\u201CIt works.\u201D", "Is.", "Can go,\u201D Xi said.", "He paused... Then he left.",
        "areas. , as well as nature. .", "习近平在上海考察。", "他强调创新！", "Mr. Li and J. R. Smith agreed.", "GDP rose 5.2% to $1,999.5 billion.",
        "Growth \u2013 or not \u2014 continued", "city\u2019s future", "inter\u00ADnational", "\U00020000\u4E0A", ",[The region]", "post-Covid",
        "Updated: December 5, 2023 21:46 Xinhua", " date 2023-12-04 ", "SHANGHAI/YANCHENG, Jiangsu, Dec. 5 --", "Photo: Xinhua",
        "Copyright\u00A9 | About us | Contact us", "Registration Number: 05070218", "Previous How Doctor Strange 2 explains the ad",
        "Next 'Stamp Guy' found guilty of fraud", "Chinese President Xi Jinping visits Shanghai in first post-Covid visit", "?", "\u2026", "\"",
    ];

    private static readonly string[] Breaks = [" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\t", "  "];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 12345; seed < 12345 + 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_GeneratedDocument_OffsetsSliceExactlyAndDoNotOverlap(int seed)
    {
        var text = Generate(new Random(seed));

        foreach (var options in new[] { DocumentOptions.Default, new DocumentOptions { ParseHeaders = false, RemoveBoilerplate = BoilerplateKinds.None } })
        {
            AssertInvariants(new DocumentParser(options).Parse(text, "g"));
        }
    }

    [Fact]
    public void Tokenize_RandomCharacters_TokensSliceTheirSourceAndAreNormalized()
    {
        var random = new Random(12345);
        const string alphabet = "aZ9 .,-'\u2019%$:\u00AD上\u3002\n\r\u2212\u00A5";
        for (var round = 0; round < 500; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var tokens = Tokenizer.Tokenize(text);

            var previousEnd = 0;
            foreach (var token in tokens)
            {
                token.Start.Should().BeGreaterThanOrEqualTo(previousEnd, text);
                token.End.Should().BeGreaterThan(token.Start, text);
                token.Text.Should().Be(TextNormalizer.Normalize(text[token.Start..token.End]), text);
                previousEnd = token.End;
            }
        }
    }

    private static string Generate(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 30);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
            builder.Append(Breaks[random.Next(Breaks.Length)]);
        }

        return builder.ToString();
    }

    private static void AssertInvariants(Document doc)
    {
        var text = doc.Text;
        var claimed = new List<(int Start, int End, string What)>();

        if (doc.TitleSpan is { } title)
        {
            text[title.Start..title.End].Should().Be(doc.Title);
            claimed.Add((title.Start, title.End, "title"));
        }

        if (doc.Dateline is { } dateline)
        {
            claimed.Add((dateline.Start, dateline.End, "dateline"));
        }

        foreach (var removed in doc.Removed)
        {
            text[removed.Start..removed.End].Should().Be(removed.Text);
            removed.Text.Should().Be(removed.Text.Trim());
            claimed.Add((removed.Start, removed.End, removed.KindName));
        }

        var tokenCount = 0;
        for (var i = 0; i < doc.Sentences.Count; i++)
        {
            var sentence = doc.Sentences[i];
            sentence.Index.Should().Be(i);
            text[sentence.Start..sentence.End].Should().Be(sentence.Text);
            sentence.Text.Should().NotBeEmpty().And.Be(sentence.Text.Trim());
            sentence.FirstToken.Should().Be(tokenCount);
            tokenCount += sentence.TokenCount;
            foreach (var token in doc.TokensOf(sentence))
            {
                token.Start.Should().BeGreaterThanOrEqualTo(sentence.Start);
                token.End.Should().BeLessThanOrEqualTo(sentence.End);
                var normalized = TextNormalizer.Normalize(text[token.Start..token.End]);
                if (token.Kind == TokenKind.Number)
                {
                    // Numbers are written the English way, a single point before three digits as the report reads it.
                    new[] { English.EnglishDigits(normalized, false), English.EnglishDigits(normalized, true) }.Should().Contain(token.Text);
                }
                else
                {
                    token.Text.Should().Be(normalized);
                }
            }

            var paragraph = doc.Paragraphs[sentence.ParagraphIndex];
            sentence.Start.Should().BeGreaterThanOrEqualTo(paragraph.Start);
            sentence.End.Should().BeLessThanOrEqualTo(paragraph.End);
            claimed.Add((sentence.Start, sentence.End, "sentence"));
        }

        tokenCount.Should().Be(doc.Tokens.Count);
        foreach (var paragraph in doc.Paragraphs)
        {
            paragraph.SentenceCount.Should().BePositive();
            doc.Sentences[paragraph.FirstSentence].ParagraphIndex.Should().Be(paragraph.Index);
        }

        var ordered = claimed.OrderBy(c => c.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            ordered[i].Start.Should().BeGreaterThanOrEqualTo(ordered[i - 1].End, $"{ordered[i - 1].What} and {ordered[i].What} must not overlap in {text}");
        }

        doc.Removed.Select(r => r.Start).Should().BeInAscendingOrder();
        doc.Sentences.Select(s => s.Start).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Parse_RandomCharacters_NeverThrowsAndKeepsInvariants()
    {
        var random = new Random(12345);
        const string alphabet = "aZQ \n\r\t.,;:!?\"'\u201C\u201D\u2019-\u2014/|()[]$%\u00A9\u3002\u4E0A\uD800\uDC00\u0000\u2028\u00AD\uFEFF09";
        for (var round = 0; round < 300; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            AssertInvariants(DocumentParser.Default.Parse(text, "fuzz"));
        }
    }

    [Fact]
    public void Parse_LongAllCapitalsOpening_ParsesWithoutTimeout()
    {
        var text = string.Concat(Enumerable.Repeat("SHANGHAI BEIJING ", 5_000)) + "and more.";

        var doc = DocumentParser.Default.Parse(text, "caps");

        doc.Dateline.Should().BeNull();
        doc.Sentences.Should().ContainSingle();
    }
}
