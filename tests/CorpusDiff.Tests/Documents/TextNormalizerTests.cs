using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Shanghai\u2019s \u201CFive Centers\u201D", "shanghai's \"five centers\"")]
    [InlineData("export controls \u2013 and sanctions \u2014 harmed", "export controls - and sanctions - harmed")]
    [InlineData("  many   spaces\t\nand\u00A0lines  ", "many spaces and lines")]
    [InlineData("\uFF28\uFF45\uFF4C\uFF4C\uFF4F \uFF11\uFF12\uFF13", "hello 123")]
    [InlineData("\uFB01nance \u2460", "finance 1")]
    [InlineData("inter\u00ADnational zero\u200Bwidth", "international zerowidth")]
    [InlineData("CPC Central Committee", "cpc central committee")]
    [InlineData("\u00C9COLE \u00DCBER", "\u00E9cole \u00FCber")]
    public void Normalize_FoldsForComparison(string input, string expected)
    {
        TextNormalizer.Normalize(input).Should().Be(expected);
    }

    [Fact]
    public void Normalize_CjkIsKept()
    {
        TextNormalizer.Normalize("上海\u3000考察").Should().Be("上海 考察");
    }

    [Fact]
    public void Normalize_LoneSurrogate_DoesNotThrow()
    {
        TextNormalizer.Normalize("A\uD800B").Should().Be("a\uD800b");
    }

    [Fact]
    public void Normalize_SpanAndStringOverloads_Agree()
    {
        const string text = "The City\u2019s \u201CGDP\u201D";

        TextNormalizer.Normalize(text.AsSpan()).Should().Be(TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData('\u2018', '\'')]
    [InlineData('\u201D', '"')]
    [InlineData('\u2014', '-')]
    [InlineData('\u00A0', ' ')]
    [InlineData('Q', 'q')]
    [InlineData('.', '.')]
    public void Fold_MapsCharacters(char input, char expected)
    {
        TextNormalizer.Fold(input).Should().Be(expected);
    }

    [Fact]
    public void Normalize_Null_Throws()
    {
        FluentActions.Invoking(() => TextNormalizer.Normalize((string)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Normalize_RandomText_AgreesWithPlainReference()
    {
        var random = new Random(12345);
        const string alphabet = "aZ \t\n\u00A0\u3000\u2019\u201C\u2014\uFF21\uFB01\u00AD\u200B\u00C9e\u0301\u4E0A.,-";
        for (var round = 0; round < 1000; round++)
        {
            var length = random.Next(0, round % 10 == 0 ? 600 : 30);
            var text = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            TextNormalizer.Normalize(text).Should().Be(Reference(text), text);
        }
    }

    [Fact]
    public void Normalize_EveryAsciiCharacterBetweenLetters_AgreesWithPlainReference()
    {
        // ASCII folds through a fast path: every code point must come out as Fold and char.IsWhiteSpace say.
        for (var c = (char)0; c < 128; c++)
        {
            var text = $"A{c}b";

            TextNormalizer.Normalize(text).Should().Be(Reference(text), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void NormalizeAscii_RandomAsciiText_WritesWhatNormalizeReturns()
    {
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => (char)random.Next(0, 128)).ToArray());
            var buffer = new char[text.Length];

            var length = TextNormalizer.NormalizeAscii(text, buffer);

            new string(buffer, 0, length).Should().Be(TextNormalizer.Normalize(text));
        }
    }

    [Fact]
    public void NormalizeAscii_MostlySingleSpacedText_WritesWhatNormalizeReturns()
    {
        // Mostly letters, single spaces and backticks (the vector path), now and then a double space, a tab or a space
        // at either end (the path a character at a time).
        var random = new Random(11);
        const string Alphabet = "abcXYZ`'.,-09 ";
        for (var round = 0; round < 2000; round++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray();
            if (random.Next(4) == 0 && chars.Length > 0)
            {
                chars[random.Next(chars.Length)] = "\t\n\r\v\f "[random.Next(6)];
            }

            var text = new string(chars);
            var buffer = new char[text.Length];

            var length = TextNormalizer.NormalizeAscii(text, buffer);

            new string(buffer, 0, length).Should().Be(Reference(text), text);
        }
    }

    /// <summary>The definition, written plainly: NFKC, drop format characters, fold, collapse whitespace, trim.</summary>
    private static string Reference(string text)
    {
        var folded = string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC)
            .Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            .Select(TextNormalizer.Fold));
        return string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void NormalizeInto_RandomTexts_SameAsNormalize()
    {
        var random = new Random(17);
        string[] pieces = ["a", "Z", "Q", "9", "'", "`", "-", ".", " ", "  ", "\t", "\n", "\u0001", "\u007F", "\u00C9", "\u00A0", "\u2019", "\uFB01", "\u00BD", "\u00AD", "\uD800", "\u4E2D", "@", "[", "{"];
        var buffer = new char[64];
        for (var round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = TextNormalizer.Normalize(text);

            var n = TextNormalizer.NormalizeInto(text, buffer.AsSpan(0, random.Next(0, 2) == 0 ? buffer.Length : Math.Min(buffer.Length, text.Length)));

            if (n >= 0)
            {
                new string(buffer, 0, n).Should().Be(expected, "the text is {0}", text);
            }
            else
            {
                // Only a text whose NFKC form outgrows the buffer is refused, and that needs a character beyond ASCII.
                text.Should().Match(t => t.Any(c => c >= 128), "the text is {0}", text);
            }
        }
    }
}
