using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Reliability;

public sealed class FolderWalkReliabilityTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Dedup_SymlinkLoops_EachRealFileReadOnce()
    {
        temp.Write("corpus/a.txt", Stories.Story(1));
        temp.Write("corpus/sub/b.txt", Stories.Story(2));
        Directory.CreateSymbolicLink(temp["corpus/sub/loop"], "..");
        Directory.CreateSymbolicLink(temp["corpus/sub/again"], temp["corpus"]);
        File.CreateSymbolicLink(temp["corpus/alias.txt"], temp["corpus/a.txt"]);

        var (code, output, error) = CliProcess.Run("dedup", temp["corpus"], "--quiet");

        code.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(2);
        json.RootElement.GetProperty("groups").GetArrayLength().Should().Be(2);
        error.Should().Contain("alias.txt: the same file as").And.Contain("already walked");
    }

    [Fact]
    public void Dedup_LinkToAFolderNotMatchingTheGlob_IsWalked()
    {
        // The listing says a link to a folder is a folder, so the glob (which names files) never hides it.
        temp.Write("corpus/a.txt", Stories.Story(1));
        temp.Write("elsewhere/b.txt", Stories.Story(2));
        Directory.CreateSymbolicLink(temp["corpus/linked"], temp["elsewhere"]);
        File.CreateSymbolicLink(temp["corpus/gone.txt"], temp["nowhere/missing.txt"]);

        var (code, output, error) = CliProcess.Run("dedup", temp["corpus"], "--quiet");

        code.Should().Be(1, "a dangling link is a bad input");
        error.Should().Contain("gone.txt: dangling link to").And.NotContain("   at ");
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        ids.Should().BeEquivalentTo(["a.txt", "b.txt"]);
    }

    [Fact]
    public void Dedup_NamedPipeInFolder_SkippedWithReasonNotOpened()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        temp.Write("corpus/a.txt", Stories.Story(1));
        temp.Write("corpus/copy.txt", Stories.Story(1));
        MakeFifo(temp["corpus/pipe.txt"]);
        MakeFifo(temp["corpus/sub/other-pipe.txt"]);

        // Nothing ever writes to the pipes: a walk that opened one would block until CliProcess's bound and fail.
        var (code, output, error) = CliProcess.Run("dedup", temp["corpus"], "--quiet");

        code.Should().Be(0, error);
        error.Should().Contain("pipe.txt: a named pipe (FIFO), not a regular file")
            .And.Contain("other-pipe.txt: a named pipe (FIFO)")
            .And.Contain("skipped 2 file(s): 2 special files (pipes, devices, sockets)");
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        ids.Should().BeEquivalentTo(["a.txt", "copy.txt"]);
    }

    [Fact]
    public void Dedup_OnlyANamedPipeInFolder_NoFileMatchesAndSaysWhy()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        MakeFifo(temp["corpus/pipe.txt"]);

        var (code, _, error) = CliProcess.Run("dedup", temp["corpus"], "--quiet");

        code.Should().Be(1);
        error.Should().Contain("no file in this folder or below matches").And.Contain("1 special files (pipes, devices, sockets)");
    }

    [Fact]
    public void Dedup_BadFiles_ReportedAndTheRestDeduplicated()
    {
        temp.Write("corpus/a.txt", Stories.Story(1));
        temp.Write("corpus/copy.txt", Stories.Story(1));
        temp.Write("corpus/other.txt", Stories.Story(2));
        temp.WriteBytes("corpus/undecodable.txt", [0x41, 0x42, 0xFF, 0x43]);
        temp.WriteBytes("corpus/binary.txt", [0x41, 0x42, 0x43, 0x00, 0x01, 0x02, 0xFF, 0x00, 0x7F, 0x00, 0x00, 0x00, 0x89, 0x50]);
        File.CreateSymbolicLink(temp["corpus/dangling.txt"], temp["corpus/missing.txt"]);
        var unreadable = temp.Write("corpus/unreadable.txt", Stories.Story(3));
        var canLock = !OperatingSystem.IsWindows() && Environment.UserName != "root";
        if (canLock && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(unreadable, UnixFileMode.None);
        }

        var report = temp["report.json"];
        var (code, _, error) = CliProcess.Run("dedup", temp["corpus"], "--quiet", "--out", report);

        code.Should().Be(1);
        error.Should().Contain("undecodable.txt: ").And.Contain("byte offset 2")
            .And.Contain("binary.txt: ").And.Contain("NUL byte")
            .And.Contain("dangling.txt: dangling link").And.NotContain("   at ");
        if (canLock)
        {
            error.Should().Contain("unreadable.txt: permission denied");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var ids = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        ids.Should().Contain(["a.txt", "copy.txt", "other.txt"]).And.NotContain(["undecodable.txt", "binary.txt", "dangling.txt"]);
        json.RootElement.GetProperty("groups").EnumerateArray().Should().Contain(g => g.GetProperty("members").GetArrayLength() == 2);
    }

    [Fact]
    public void Dedup_FailFast_StopsAtTheFirstBadFileWithoutReport()
    {
        temp.Write("corpus/a.txt", Stories.Story(1));
        temp.WriteBytes("corpus/bad.txt", [0x41, 0xFF]);
        var report = temp["report.json"];

        var (code, _, error) = CliProcess.Run("dedup", temp["corpus"], "--quiet", "--fail-fast", "--out", report);

        code.Should().Be(1);
        error.Should().Contain("bad.txt").And.Contain("--fail-fast");
        File.Exists(report).Should().BeFalse();
    }

    [Fact]
    public void Dedup_EmptyFiles_ListedAsEmptyNeverAsDuplicates()
    {
        temp.Write("corpus/a.txt", Stories.Story(1));
        temp.Write("corpus/empty1.txt", string.Empty);
        temp.Write("corpus/empty2.txt", "   \n\n");

        var (code, output, error) = CliProcess.Run("dedup", temp["corpus"], "--quiet");

        code.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("groups").GetArrayLength().Should().Be(3);
        json.RootElement.GetProperty("pairs").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("documents").EnumerateArray().Count(d => d.TryGetProperty("empty", out var e) && e.GetBoolean()).Should().Be(2);
    }

    [Fact]
    public void Dedup_Utf16WithoutBom_IsDecodedAndMatchesItsUtf8Copy()
    {
        temp.Write("corpus/a.txt", Stories.Story(1));
        temp.WriteBytes("corpus/b.txt", Encoding.Unicode.GetBytes(Stories.Story(1)));

        var (code, output, error) = CliProcess.Run("dedup", temp["corpus"], "--quiet", "--format", "text");

        code.Should().Be(0, error);
        output.Should().StartWith("2 documents, 1 groups").And.Contain("exact");
    }

    [Fact]
    public void Dedup_HostileNames_AreEscapedInTextAndMarkdown()
    {
        temp.Write("corpus/a\u001b[31mred.txt", Stories.Story(1));
        temp.Write("corpus/b.txt", Stories.Story(1));

        var text = CliProcess.Run("dedup", temp["corpus"], "--quiet", "--format", "text");
        var markdown = CliProcess.Run("dedup", temp["corpus"], "--quiet", "--format", "markdown");

        text.ExitCode.Should().Be(0, text.Error);
        text.Out.Should().NotContain("\u001b").And.Contain("a\\x1B[31mred.txt");
        markdown.Out.Should().NotContain("\u001b").And.Contain("\\x1B");
    }

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false })
            ?? throw new InvalidOperationException("could not start mkfifo");
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0, "mkfifo must create the pipe");
    }
}
