using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Commands;

public sealed class DedupCommandTests : IDisposable
{
    private const string Story = Stories.FloodBarrier;

    private const string Other = Stories.Football;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Dedup_Folder_JsonGroupsEveryDocumentOnce()
    {
        temp.Write("story.txt", Story);
        temp.Write("copy.TXT", Story.Replace(". ", ".\n", StringComparison.Ordinal));
        temp.Write("README.md", Story);
        temp.Write("sub/reprint.txt", Story[..(Story.Length * 7 / 10)]);
        temp.Write("football.txt", Other);
        temp.Write("ignored.csv", Story);

        var (code, output, error) = CliRunner.Run("dedup", temp.Root, "--quiet");

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
        temp.Write("a/report.txt", Story);
        temp.Write("b/report.txt", Other);

        var (code, output, _) = CliRunner.Run("dedup", temp.Root, "--quiet");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString())
            .Should().Equal("a/report.txt", "b/report.txt");
    }

    [Fact]
    public void Dedup_Glob_SelectsFiles()
    {
        temp.Write("one.news", Story);
        temp.Write("two.news", Story);
        temp.Write("three.txt", Story);

        var (code, output, _) = CliRunner.Run("dedup", temp.Root, "--glob", "*.news", "--format", "text");

        code.Should().Be(0);
        output.Should().StartWith("2 documents, 1 groups").And.Contain("exact").And.NotContain("three.txt");
    }

    [Fact]
    public void Dedup_Index_SecondRunFindsEarlierDocuments_CorruptIndexRejected()
    {
        var first = temp.Write("first/story.txt", Story);
        var second = temp.Write("second/reprint.txt", Story.Replace("four years", "five years", StringComparison.Ordinal));
        var index = temp["corpus.lsh"];

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
        temp.Write("story.txt", Story);
        temp.Write("edited.txt", Story.Replace("310 million", "320 million", StringComparison.Ordinal));
        temp.Write("other.txt", Other);

        var (code, output, error) = CliRunner.Run("dedup", temp.Root, "--format", "html", "--threshold", "0.5");

        code.Should().Be(0, error);
        output.Should().StartWith("<!DOCTYPE html>").And.Contain("data-relation=\"near-duplicate\"").And.Contain("1 singleton (no copy found)")
            .And.MatchRegex("<del>3[12]0</del> <ins>3[12]0</ins>");
    }

    [Fact]
    public void Dedup_Markdown_TablesOfGroupsWithCopies()
    {
        temp.Write("story.txt", Story);
        temp.Write("again.txt", Story);

        var (code, output, _) = CliRunner.Run("dedup", temp.Root, "--format", "markdown");

        code.Should().Be(0);
        output.Should().Contain("| member | relation | score | Jaccard | containment |").And.Contain("| exact |");
    }

    [Fact]
    public void Dedup_CharacterShingles_SameGroups()
    {
        temp.Write("story.txt", Story);
        temp.Write("edited.txt", Story.Replace("four years", "five years", StringComparison.Ordinal));
        temp.Write("football.txt", Other);

        var (code, output, error) = CliRunner.Run("dedup", temp.Root, "--shingle", "char", "--k", "9", "--format", "text");

        code.Should().Be(0, error);
        output.Should().StartWith("3 documents, 2 groups, 1 with copies").And.Contain("near-duplicate")
            .And.Contain("story.txt").And.Contain("edited.txt").And.NotContain("football.txt");
    }

    [Fact]
    public void Dedup_IndexBuiltWithOldDefaults_IsRejectedNamingTheOption()
    {
        // --k 5 is the shingling of the defaults before word edits; an index built that way does not fit a default run.
        var story = temp.Write("story.txt", Story);
        var index = temp["corpus.lsh"];
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

        temp.Write("story.txt", Story);
        temp.Write("edited.txt", string.Join(' ', words));
        temp.Write("football.txt", Other);

        var (code, output, error) = CliRunner.Run("dedup", temp.Root, "--format", "json");

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
        var (code, _, error) = CliRunner.Run("dedup", temp["nope"]);

        code.Should().Be(1);
        error.Should().Contain("nope").And.Contain("no such file or folder").And.NotContain("   at ");
    }

    [Fact]
    public void Dedup_FolderWithNoMatchingFile_ExitsOneNamingFolderAndPattern()
    {
        temp.Write("notes.csv", Story);

        var (code, output, error) = CliRunner.Run("dedup", temp.Root);

        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain(temp.Root).And.Contain("*.txt").And.Contain("--glob");
    }

    [Fact]
    public void Dedup_IndexWithSimHash_IsRejected()
    {
        temp.Write("story.txt", Story);

        var (code, _, error) = CliRunner.Run("dedup", temp.Root, "--method", "simhash", "--index", temp["x.lsh"]);

        code.Should().Be(2);
        error.Should().Contain("--index works with --method minhash only");
    }

    [Fact]
    public void Dedup_ThresholdOutOfRange_ErrorNamesTheOption()
    {
        temp.Write("story.txt", Story);

        var (code, _, error) = CliRunner.Run("dedup", temp.Root, "--threshold", "1.5");

        code.Should().Be(2);
        error.Should().Contain("--threshold must be in (0, 1]; got 1.5").And.NotContain("DedupOptions");
    }
}
