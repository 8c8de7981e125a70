namespace CorpusDiff.Cli.Tests.Reliability;

public sealed class HostileTextTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public void Compare_EscapesAndControlCharacters_NeverReachTheTerminalRaw(string format)
    {
        var story = Stories.Story(4);
        var source = temp.Write("source.txt", story);
        var target = temp.Write("target\u0007.txt", "Clear\u001b[2J screen \u202Edesrever\u202C text. " + story[..300] + " back\bspace.");

        var (code, output, error) = CliProcess.Run("compare", source, target, "--format", format);

        code.Should().Be(0, error);
        output.Should().NotContainAny("\u001b", "\u0007", "\u202E", "\b");
        output.Should().Contain("\\x1B[2J").And.Contain("\\u202E");
    }

    [Fact]
    public void Inspect_Text_EscapesControlCharacters()
    {
        var file = temp.Write("a.txt", "Title\u001b]0;pwned\u0007\n\nA sentence with \u009b31m a C1 escape.");

        var (code, output, error) = CliProcess.Run("inspect", file, "--format", "text");

        code.Should().Be(0, error);
        output.Should().NotContainAny("\u001b", "\u0007", "\u009b").And.Contain("\\x1B]0;pwned\\x07");
    }
}
