using CorpusDiff.Reports;

namespace CorpusDiff.Tests.Reports;

public class SafeTextTests
{
    [Fact]
    public void Escape_PlainText_ReturnsTheSameInstance()
    {
        var text = "Zürich, 上海 — «quoted»\tand a\nline.";

        SafeText.Escape(text).Should().BeSameAs(text);
    }

    [Theory]
    [InlineData("\u001b[31mred", "\\x1B[31mred")]
    [InlineData("a\rb", "a\\x0Db")]
    [InlineData("bell\u0007", "bell\\x07")]
    [InlineData("c1\u009b2J", "c1\\x9B2J")]
    [InlineData("\u202Eevil", "\\u202Eevil")]
    [InlineData("del\u007F", "del\\x7F")]
    public void Escape_ControlCharacters_BecomeVisible(string text, string expected)
    {
        SafeText.Escape(text).Should().Be(expected);
    }

    [Fact]
    public void Escape_RandomText_LeavesNoControlCharacterButTabAndNewline()
    {
        var random = new Random(3);
        for (var round = 0; round < 500; round++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0x2100)).ToArray();

            var escaped = SafeText.Escape(new string(chars));

            escaped.Any(c => (char.IsControl(c) && c is not ('\t' or '\n')) || (c >= '\u202A' && c <= '\u202E')).Should().BeFalse(escaped);
        }
    }
}
