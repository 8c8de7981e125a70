namespace CorpusDiff.Cli.Tests.Reliability;

public sealed class UsageErrorTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("--threshold", "2", "--threshold must be in (0, 1]; got 2")]
    [InlineData("--threshold", "0", "--threshold must be in (0, 1]; got 0")]
    [InlineData("--k", "0", "--k must be between 1 and 32; got 0")]
    [InlineData("--glob", ";", "--glob ';' names no pattern")]
    public void Dedup_OptionOutOfRange_Exits2NamingTheOption(string option, string value, string message)
    {
        temp.Write("corpus/a.txt", Stories.Story(1));

        var (code, output, error) = CliProcess.Run("dedup", temp["corpus"], option, value);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain(message).And.NotContain("DedupOptions").And.NotContain("Parameter");
    }

    [Fact]
    public void Compare_OneFile_Exits2()
    {
        var file = temp.Write("a.txt", Stories.Story(1));

        var (code, _, error) = CliProcess.Run("compare", file);

        code.Should().Be(2);
        error.Should().Contain("at least one report to compare");
    }

    [Fact]
    public void Dedup_IndexIsAFolder_Exits2SayingSo()
    {
        temp.Write("corpus/a.txt", Stories.Story(1));

        var (code, _, error) = CliProcess.Run("dedup", temp["corpus"], "--index", temp["corpus"]);

        code.Should().Be(2);
        error.Should().Contain("is a folder");
    }
}
