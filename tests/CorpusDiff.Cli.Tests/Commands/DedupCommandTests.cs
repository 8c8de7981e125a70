using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Commands;

public sealed class DedupCommandTests : IDisposable
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

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cd-dedup-cli-{Guid.NewGuid():N}");

    public DedupCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Dedup_Folder_JsonGroupsEveryDocumentOnce()
    {
        Write("story.txt", Story);
        Write("copy.TXT", Story.Replace(". ", ".\n", StringComparison.Ordinal));
        Write("README.md", Story);
        Write("sub/reprint.txt", Story[..(Story.Length * 7 / 10)]);
        Write("football.txt", Other);
        Write("ignored.csv", Story);

        var (code, output, error) = CliRunner.Run("dedup", folder, "--quiet");

        code.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .Should().BeEquivalentTo("story.txt", "copy.TXT", "reprint.txt", "football.txt");
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        groups.Should().HaveCount(2);
        var members = groups.SelectMany(g => g.GetProperty("members").EnumerateArray()).ToList();
        members.Select(m => m.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems().And.HaveCount(4);
        var storyGroup = groups.Single(g => g.GetProperty("members").GetArrayLength() == 3);
        storyGroup.GetProperty("representative").GetString().Should().BeOneOf("story.txt", "copy.TXT");
        error.Should().Contain("skipped 2 file(s)").And.Contain("2 not matching the glob");
        members.Single(m => m.GetProperty("id").GetString() == "reprint.txt").GetProperty("relation").GetString().Should().Be("contained");
        members.Single(m => m.GetProperty("id").GetString() == "football.txt").GetProperty("relation").GetString().Should().Be("representative");
        var pair = root.GetProperty("pairs").EnumerateArray().First();
        pair.TryGetProperty("a", out _).Should().BeTrue();
        pair.GetProperty("jaccard").GetDouble().Should().BeInRange(0, 1);
        pair.GetProperty("containment").GetDouble().Should().BeInRange(0, 1);
    }

    [Fact]
    public void Dedup_SameFileNameInTwoFolders_IdsArePathsRelativeToTheArgument()
    {
        Write("a/report.txt", Story);
        Write("b/report.txt", Other);

        var (code, output, _) = CliRunner.Run("dedup", folder, "--quiet");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .Should().Equal("a/report.txt", "b/report.txt");
    }

    [Fact]
    public void Dedup_Glob_SelectsFiles()
    {
        Write("one.news", Story);
        Write("two.news", Story);
        Write("three.txt", Story);

        var (code, output, _) = CliRunner.Run("dedup", folder, "--glob", "*.news", "--format", "text");

        code.Should().Be(0);
        output.Should().StartWith("2 documents, 1 groups").And.Contain("exact").And.NotContain("three.txt");
    }

    [Fact]
    public void Dedup_Index_SecondRunFindsEarlierDocuments_CorruptIndexRejected()
    {
        var first = Write("first/story.txt", Story);
        var second = Write("second/reprint.txt", Story.Replace("four years", "five years", StringComparison.Ordinal));
        var index = Path.Combine(folder, "corpus.lsh");

        var (code1, out1, err1) = CliRunner.Run("dedup", first, "--index", index, "--quiet");
        var (code2, out2, err2) = CliRunner.Run("dedup", second, "--index", index, "--quiet");

        code1.Should().Be(0, err1);
        code2.Should().Be(0, err2);
        using (var json = JsonDocument.Parse(out1))
        {
            json.RootElement.GetProperty("index").GetProperty("saved").GetInt32().Should().Be(1);
        }

        using (var json = JsonDocument.Parse(out2))
        {
            var report = json.RootElement.GetProperty("index");
            report.GetProperty("loaded").GetInt32().Should().Be(1);
            report.GetProperty("saved").GetInt32().Should().Be(2);
            var match = report.GetProperty("matches").EnumerateArray().Should().ContainSingle().Subject;
            match.GetProperty("id").GetString().Should().Be("reprint.txt");
            match.GetProperty("indexed").GetString().Should().Be(Path.GetFullPath(first));
        }

        var bytes = File.ReadAllBytes(index);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(index, bytes);
        var (code3, _, err3) = CliRunner.Run("dedup", second, "--index", index, "--quiet");

        code3.Should().Be(1);
        err3.Should().Contain(index).And.Contain("checksum").And.NotContain("   at ");
    }

    [Fact]
    public void Dedup_Html_GroupsWithMemberDiffsAgainstTheRepresentative()
    {
        Write("story.txt", Story);
        Write("edited.txt", Story.Replace("310 million", "320 million", StringComparison.Ordinal));
        Write("other.txt", Other);

        var (code, output, error) = CliRunner.Run("dedup", folder, "--format", "html", "--threshold", "0.5");

        code.Should().Be(0, error);
        output.Should().StartWith("<!DOCTYPE html>").And.Contain("data-relation=\"near-duplicate\"").And.Contain("1 singleton (no copy found)")
            .And.MatchRegex("<del>3[12]0</del> <ins>3[12]0</ins>");
    }

    [Fact]
    public void Dedup_Markdown_TablesOfGroupsWithCopies()
    {
        Write("story.txt", Story);
        Write("again.txt", Story);

        var (code, output, _) = CliRunner.Run("dedup", folder, "--format", "markdown");

        code.Should().Be(0);
        output.Should().Contain("| member | relation | score | Jaccard | containment |").And.Contain("| exact |");
    }

    [Fact]
    public void Dedup_CharacterShingles_SameGroups()
    {
        Write("story.txt", Story);
        Write("edited.txt", Story.Replace("four years", "five years", StringComparison.Ordinal));
        Write("football.txt", Other);

        var (code, output, error) = CliRunner.Run("dedup", folder, "--shingle", "char", "--k", "9", "--format", "text");

        code.Should().Be(0, error);
        output.Should().StartWith("3 documents, 2 groups, 1 with copies").And.Contain("near-duplicate")
            .And.Contain("story.txt").And.Contain("edited.txt").And.NotContain("football.txt");
    }

    [Fact]
    public void Dedup_IndexBuiltWithOldDefaults_IsRejectedNamingTheOption()
    {
        // --k 5 is the shingling of the defaults before word edits; an index built that way does not fit a default run.
        var story = Write("story.txt", Story);
        var index = Path.Combine(folder, "corpus.lsh");
        CliRunner.Run("dedup", story, "--index", index, "--k", "5", "--quiet").ExitCode.Should().Be(0);

        var (code, _, error) = CliRunner.Run("dedup", story, "--index", index, "--quiet");

        code.Should().Be(1);
        error.Should().Contain(index).And.Contain("word:5").And.Contain("word:3").And.Contain("--k 5");
        CliRunner.Run("dedup", story, "--index", index, "--k", "5", "--quiet").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Dedup_EditedCopy_JoinsByWordEditsWithScore()
    {
        var words = Story.Split(' ');
        for (var i = 3; i < words.Length; i += 9)
        {
            words[i] = "lantern";
        }

        Write("story.txt", Story);
        Write("edited.txt", string.Join(' ', words));
        Write("football.txt", Other);

        var (code, output, error) = CliRunner.Run("dedup", folder, "--format", "json");

        code.Should().Be(0, error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        json.RootElement.GetProperty("measure").GetString().Should().Be("word-edits");
        var pair = json.RootElement.GetProperty("pairs").EnumerateArray().Should().ContainSingle().Subject;
        pair.GetProperty("relation").GetString().Should().Be("near-duplicate");
        pair.GetProperty("score").GetDouble().Should().BeInRange(0.8, 0.95);
    }

    [Fact]
    public void Dedup_MissingInput_ExitsOneWithMessage()
    {
        var (code, _, error) = CliRunner.Run("dedup", Path.Combine(folder, "nope"));

        code.Should().Be(1);
        error.Should().Contain("nope").And.Contain("no such file or folder").And.NotContain("   at ");
    }

    [Fact]
    public void Dedup_FolderWithNoMatchingFile_ExitsOneNamingFolderAndPattern()
    {
        Write("notes.csv", Story);

        var (code, output, error) = CliRunner.Run("dedup", folder);

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain(folder).And.Contain("*.txt").And.Contain("--glob");
    }

    [Fact]
    public void Dedup_IndexWithSimHash_IsRejected()
    {
        Write("story.txt", Story);

        var (code, _, error) = CliRunner.Run("dedup", folder, "--method", "simhash", "--index", Path.Combine(folder, "x.lsh"));

        code.Should().Be(2);
        error.Should().Contain("--index works with --method minhash only");
    }

    [Fact]
    public void Dedup_ThresholdOutOfRange_ErrorNamesTheOption()
    {
        Write("story.txt", Story);

        var (code, _, error) = CliRunner.Run("dedup", folder, "--threshold", "1.5");

        code.Should().Be(2);
        error.Should().Contain("--threshold must be in (0, 1]; got 1.5").And.NotContain("DedupOptions");
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
