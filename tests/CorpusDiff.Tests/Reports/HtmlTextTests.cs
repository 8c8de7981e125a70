using CorpusDiff.Reports;

namespace CorpusDiff.Tests.Reports;

public class HtmlTextTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=\"alert(1)\">", "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;")]
    [InlineData("</textarea>", "&lt;/textarea&gt;")]
    [InlineData("a' onmouseover='x", "a&#39; onmouseover=&#39;x")]
    [InlineData("AT&T", "AT&amp;T")]
    [InlineData("plain text, kept: “quotes” — and ünïcödé", "plain text, kept: “quotes” — and ünïcödé")]
    [InlineData("bell\u0007 null\0 tab\t line\n", "bell\uFFFD null\uFFFD tab\t line\n")]
    public void Escape_Text_ReplacesEveryMarkupCharacter(string text, string expected)
    {
        HtmlText.Escape(text).Should().Be(expected);
    }

    [Fact]
    public void Escape_RandomText_NeverLeavesAMarkupCharacterAndDecodesBack()
    {
        var random = new Random(20261130);
        const string alphabet = "<>&\"'/=ab c\u00E9\u4E0A\n\u0001";
        for (var n = 0; n < 500; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var escaped = HtmlText.Escape(text);

            escaped.Should().NotContainAny("<", ">", "\"", "'");
            System.Net.WebUtility.HtmlDecode(escaped).Should().Be(text.Replace('\u0001', '\uFFFD'));
        }
    }
}
