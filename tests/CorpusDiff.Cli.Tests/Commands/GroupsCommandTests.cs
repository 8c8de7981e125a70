using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Commands;

public sealed class GroupsCommandTests : IDisposable
{
    private const string Story =
        "Officials in the river city opened a new flood barrier on Monday after four years of construction. "
        + "The barrier spans two kilometres and cost 310 million dollars, according to the regional water agency. "
        + "Engineers said it can hold back a surge three metres higher than the record flood of 1998. "
        + "Residents of the low-lying eastern districts welcomed the project but complained about the noise. "
        + "The mayor said the city would next repair the old harbour walls, which date from the nineteenth century. "
        + "Work on the harbour is expected to begin in the spring and to last at least two years.";

    private const string Other =
        "The national football team lost its opening match of the tournament two goals to one on Saturday evening. "
        + "The coach blamed the heat and a slippery pitch, and promised changes to the line-up for Wednesday's game.";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cd-groups-cli-{Guid.NewGuid():N}");

    public GroupsCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Groups_FileIndexFilledByTwoRuns_GroupsEveryIndexedDocument()
    {
        Write("one/story.txt", Story);
        Write("one/football.txt", Other);
        Write("two/copy.txt", Story.Replace(". ", ".\n", StringComparison.Ordinal));
        Write("two/reprint.txt", Story[..(Story.Length * 7 / 10)]);
        var index = Path.Combine(folder, "corpus.lsh");
        CliRunner.Run("dedup", Path.Combine(folder, "one"), "--index", index, "--quiet").ExitCode.Should().Be(0);
        CliRunner.Run("dedup", Path.Combine(folder, "two"), "--index", index, "--quiet").ExitCode.Should().Be(0);

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
        var missing = Path.Combine(folder, "none.lsh");

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

    private void Write(string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
