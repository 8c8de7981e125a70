using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Commands;

public sealed class GroupsCommandTests : IDisposable
{
    private const string Story = Stories.FloodBarrier;

    private const string Other = Stories.Football;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Groups_FileIndexFilledByTwoRuns_GroupsEveryIndexedDocument()
    {
        temp.Write("one/story.txt", Story);
        temp.Write("one/football.txt", Other);
        temp.Write("two/copy.txt", Story.Replace(". ", ".\n", StringComparison.Ordinal));
        temp.Write("two/reprint.txt", Story[..(Story.Length * 7 / 10)]);
        var index = temp["corpus.lsh"];
        CliRunner.Run("dedup", temp["one"], "--index", index, "--quiet").ExitCode.Should().Be(0);
        CliRunner.Run("dedup", temp["two"], "--index", index, "--quiet").ExitCode.Should().Be(0);

        var (code, output, error) = CliRunner.Run("groups", "--index", index);

        code.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .Should().BeEquivalentTo("story.txt", "football.txt", "copy.txt", "reprint.txt");
        var groups = json.RootElement.GetProperty("groups").EnumerateArray()
            .Select(g => g.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList()).ToList();
        groups.Should().HaveCount(2);
        groups.Should().ContainEquivalentOf(new[] { "story.txt", "copy.txt", "reprint.txt" });
        json.RootElement.GetProperty("pairs").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Groups_MissingIndexFile_FailsNamingIt()
    {
        var missing = temp["none.lsh"];

        var (code, _, error) = CliRunner.Run("groups", "--index", missing);

        code.Should().Be(1);
        error.Should().Contain(missing);
    }

    [Fact]
    public void Groups_NoIndex_IsAUsageError()
    {
        CliRunner.Run("groups").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Groups_MalformedRedisAddress_FailsWithoutAStackTrace()
    {
        var (code, _, error) = CliRunner.Run("groups", "--index", "redis://cache:notaport/news");

        code.Should().Be(1);
        error.Should().Contain("port").And.NotContain("   at ");
    }
}
