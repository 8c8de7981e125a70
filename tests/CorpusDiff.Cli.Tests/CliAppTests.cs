namespace CorpusDiff.Cli.Tests;

public class CliAppTests
{
    [Theory]
    [InlineData("inspect")]
    [InlineData("compare")]
    [InlineData("check")]
    [InlineData("eval")]
    [InlineData("dedup")]
    public void Run_VerbHelp_ShowsUsageUnderTheToolsName(string verb)
    {
        var (code, output, error) = CliRunner.Run(verb, "--help");

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain($"corpusdiff {verb}");
    }

    [Fact]
    public void Run_NoVerb_IsUsageErrorListingHowToGetHelp()
    {
        var (code, output, error) = CliRunner.Run();

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("corpusdiff --help");
    }

    [Fact]
    public void Run_UnknownVerb_IsUsageErrorNamingIt()
    {
        var (code, _, error) = CliRunner.Run("frobnicate");

        code.Should().Be(2);
        error.Should().Contain("frobnicate").And.NotContain("   at ");
    }
}
