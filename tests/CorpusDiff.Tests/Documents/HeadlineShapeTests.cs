using System.Text;
using CorpusDiff.Documents;

namespace CorpusDiff.Tests.Documents;

public class HeadlineShapeTests
{
    [Fact]
    public void Key_RandomLines_AgreesWithPlainReference()
    {
        var random = new Random(99);
        const string alphabet = "aBz09 \t'\u2019-/.,:\"\u201C\u00C9e\u0301\uFB01\u00A0\u4E0A`|";
        for (var round = 0; round < 2000; round++)
        {
            // Lengths cross the 512-character stack buffer.
            var length = random.Next(0, round % 20 == 0 ? 900 : 60);
            var asciiOnly = round % 2 == 0;
            var text = new string(Enumerable.Range(0, length)
                .Select(_ => asciiOnly ? alphabet[random.Next(11)] : alphabet[random.Next(alphabet.Length)])
                .ToArray());

            HeadlineShape.Key(text).Should().Be(Reference(text), text);
        }
    }

    [Theory]
    [InlineData("City\u2019s \u201CBig\u201D Plan \u2014 Part 2.", "citys big plan part 2")]
    [InlineData("  ", "")]
    [InlineData("U.S./China talks", "u s china talks")]
    public void Key_Headline_FoldsAndDropsPunctuation(string line, string expected)
    {
        HeadlineShape.Key(line).Should().Be(expected);
    }

    /// <summary>The definition, written plainly: normalize, keep letters and digits, one space where anything else (but an apostrophe) stood.</summary>
    private static string Reference(string line)
    {
        var builder = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in TextNormalizer.Normalize(line))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else if (c != '\'')
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
