using System.Diagnostics;
using System.Text.Json;
using CorpusDiff.Dedup;

namespace CorpusDiff.Cli.Tests.Reliability;

public sealed class DedupIndexReliabilityTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Index_SeveralProcessesAtOnce_EveryRunsEntriesLand()
    {
        const int Runs = 4;
        const int PerRun = 150;
        var index = temp["shared.lsh"];
        for (var run = 0; run < Runs; run++)
        {
            for (var i = 0; i < PerRun; i++)
            {
                temp.Write($"run{run}/s{i}.txt", Stories.Story((run * PerRun) + i));
            }
        }

        var processes = Enumerable.Range(0, Runs)
            .Select(run => CliProcess.Start(null, "dedup", temp[$"run{run}"], "--index", index, "--quiet", "--out", temp[$"report{run}.json"]))
            .ToList();
        foreach (var p in processes)
        {
            p.StandardOutput.ReadToEnd();
            var error = p.StandardError.ReadToEnd();
            p.WaitForExit();
            p.ExitCode.Should().Be(0, error);
            p.Dispose();
        }

        var loaded = LshIndex.Load(index);
        loaded.Count.Should().Be(Runs * PerRun);
        for (var run = 0; run < Runs; run++)
        {
            loaded.Contains(Path.GetFullPath(temp[$"run{run}/s0.txt"])).Should().BeTrue();
            using var report = JsonDocument.Parse(File.ReadAllText(temp[$"report{run}.json"]));
            report.RootElement.GetProperty("index").GetProperty("saved").GetInt32().Should().BeGreaterThanOrEqualTo(PerRun);
        }

        Directory.GetFiles(temp.Root).Select(Path.GetFileName).Should().NotContain(f => f!.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Index_ReportCannotBeWritten_IndexIsUnchanged()
    {
        var index = temp["corpus.lsh"];
        temp.Write("first/a.txt", Stories.Story(1));
        CliProcess.Run("dedup", temp["first"], "--index", index, "--quiet").ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(index);
        temp.Write("second/b.txt", Stories.Story(2));

        var (code, _, error) = CliProcess.Run("dedup", temp["second"], "--index", index, "--quiet", "--out", temp["no-such-folder/r.json"]);

        code.Should().Be(1);
        error.Should().Contain("cannot write the report");
        File.ReadAllBytes(index).Should().Equal(before);
        Directory.GetFiles(temp.Root).Should().BeEquivalentTo([index, index + ".lock"]);
    }

    [Fact]
    public async Task Index_Interrupted_IndexIsUnchanged()
    {
        // Ctrl-C is a signal only on Unix. A process started with SIGINT ignored (any job a non-interactive shell starts
        // with `&`) passes that on to its children, as POSIX requires, so no child of this one could be interrupted.
        if (OperatingSystem.IsWindows() || SigIntIgnored())
        {
            return;
        }

        var index = temp["corpus.lsh"];
        temp.Write("first/a.txt", Stories.Story(1));
        CliProcess.Run("dedup", temp["first"], "--index", index, "--quiet").ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(index);

        // Another run holds the lock, so the interrupted run is certainly waiting inside its update when Ctrl-C comes.
        using var holder = new FileStream(LshIndexSession.LockPath(index), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        temp.Write("second/b.txt", Stories.Story(2));
        using var run = CliProcess.Start(null, "dedup", temp["second"], "--index", index, "--out", temp["r.json"]);

        // The closing progress line says the documents are signed: the run is now at its index update.
        string? line;
        while ((line = run.StandardError.ReadLine()) is not null && !line.Contains("signed", StringComparison.Ordinal))
        {
        }

        line.Should().NotBeNull();
        var error = run.StandardError.ReadToEndAsync();
        using (var kill = Process.Start("kill", ["-INT", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        run.WaitForExit(60_000).Should().BeTrue();
        run.ExitCode.Should().Be(130, await error);
        File.ReadAllBytes(index).Should().Equal(before);
        File.Exists(temp["r.json"]).Should().BeFalse();
    }

    [Fact]
    public void Index_LockHeldTooLong_FailsWithMessageAndLeavesIndex()
    {
        var index = temp["corpus.lsh"];
        temp.Write("first/a.txt", Stories.Story(1));
        CliProcess.Run("dedup", temp["first"], "--index", index, "--quiet").ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(index);
        using var holder = new FileStream(LshIndexSession.LockPath(index), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var (code, _, error) = CliProcess.Run(new Dictionary<string, string> { ["CORPUSDIFF_INDEX_LOCK_TIMEOUT"] = "0.5" }, "dedup", temp["first"], "--index", index, "--quiet");

        code.Should().Be(1);
        error.Should().Contain("another run has been updating the index");
        File.ReadAllBytes(index).Should().Equal(before);
    }

    [Fact]
    public void Index_MatchesUseTheDeduplicatorsRule_ShortExcerptIsNotContained()
    {
        var index = temp["corpus.lsh"];
        var story = string.Join(" ", Enumerable.Range(1, 8).Select(Stories.Story));
        temp.Write("first/long.txt", story);
        CliProcess.Run("dedup", temp["first"], "--index", index, "--quiet").ExitCode.Should().Be(0);

        // One sentence in ten of the story is contained in it but below MinContainedRatio: not a reprint in batch, so not in the index either.
        temp.Write("second/excerpt.txt", story[..(story.Length / 12)]);
        temp.Write("second/copy.txt", story);
        var (code, output, error) = CliProcess.Run("dedup", temp["second"], "--index", index, "--quiet");

        code.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var matched = json.RootElement.GetProperty("index").GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        matched.Should().Equal("copy.txt");
    }

    /// <summary>Whether this process ignores SIGINT (bit 2 of the <c>SigIgn</c> mask in <c>/proc/self/status</c>, Linux only).</summary>
    private static bool SigIntIgnored()
    {
        const string Field = "SigIgn:";
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(Field, StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line[Field.Length..].Trim(), 16) & 0x2) != 0;
    }
}
