using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Reliability;

public sealed class OutputSafetyTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string> Verbs => new() { "check", "eval", "inspect", "compare", "dedup" };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Out_SamePathAsAnInput_IsRefusedAndTheInputKept(string verb)
    {
        var (args, input) = Arguments(verb);
        var before = File.ReadAllBytes(input);

        var (code, output, error) = CliProcess.Run([.. args, "--out", input]);

        code.Should().Be(2, error);
        error.Should().Contain("same file as the input").And.NotContain("   at ");
        output.Should().BeEmpty();
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Out_LinkToAnInput_IsRefused(string verb)
    {
        var (args, input) = Arguments(verb);
        var before = File.ReadAllBytes(input);
        var link = temp["link-to-input"];
        File.CreateSymbolicLink(link, input);

        var (code, _, error) = CliProcess.Run([.. args, "--out", link]);

        code.Should().Be(2, error);
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Fact]
    public void Out_HardLinkToAnInput_IsRefused()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (args, input) = Arguments("inspect");
        var before = File.ReadAllBytes(input);
        var link = temp["hard-link"];
        using (var ln = System.Diagnostics.Process.Start("ln", [input, link]))
        {
            ln.WaitForExit();
        }

        var (code, _, error) = CliProcess.Run([.. args, "--out", link]);

        code.Should().Be(2, error);
        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Fact]
    public void Out_Folder_SaysItIsAFolder()
    {
        var (args, _) = Arguments("inspect");

        var (code, _, error) = CliProcess.Run([.. args, "--out", temp.Root]);

        code.Should().Be(2);
        error.Should().Contain("is a folder").And.NotContain("denied");
    }

    [Fact]
    public void Out_FailedRun_LeavesThePreviousReportWholeAndNoTemporaryFile()
    {
        var report = temp.Write("report.json", "previous report");
        var bad = temp.WriteBytes("bad.txt", [0x41, 0xFF, 0x42]);

        var (code, _, _) = CliProcess.Run("inspect", Path.Combine(Samples, "wire-source.txt"), bad, "--out", report);

        code.Should().Be(1);
        File.ReadAllText(report).Should().Be("previous report");
        Directory.GetFiles(temp.Root).Should().BeEquivalentTo([report, bad]);
    }

    [Fact]
    public void Out_SuccessfulRun_ReplacesTheReportWithoutTemporaryFiles()
    {
        var report = temp.Write("report.json", "previous report");

        var (code, _, error) = CliProcess.Run("inspect", Path.Combine(Samples, "wire-source.txt"), "--out", report);

        code.Should().Be(0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(1);
        Directory.GetFiles(temp.Root).Should().Equal(report);
    }

    private (string[] Args, string Input) Arguments(string verb)
    {
        var pair = JsonSerializer.Serialize(new { id = 1, source = "Profit rose 11%.", summary = "Profit rose 12%.", label = 0, dataset = "d" });
        switch (verb)
        {
            case "check":
            case "eval":
                var jsonl = temp.Write("pairs.jsonl", pair + "\n");
                return ([verb, "--jsonl", jsonl], jsonl);
            case "inspect":
                var file = temp.Write("a.txt", Stories.Story(1));
                return (["inspect", file], file);
            case "compare":
                var source = temp.Write("a.txt", Stories.Story(1));
                var target = temp.Write("b.txt", Stories.Story(1)[..200]);
                return (["compare", source, target], target);
            default:
                temp.Write("corpus/a.txt", Stories.Story(1));
                var second = temp.Write("corpus/b.txt", Stories.Story(2));
                return (["dedup", temp["corpus"], "--quiet"], second);
        }
    }
}
