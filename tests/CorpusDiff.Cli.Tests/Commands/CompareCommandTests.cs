using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Commands;

public class CompareCommandTests
{
    private static readonly string Samples = FindSamples();

    private static string Sample(string file) => Path.Combine(Samples, file);

    [Fact]
    public void Compare_SourceAndTargets_PrintsJsonReport()
    {
        var (code, output, error) = CliRunner.Run("compare", Sample("wire-source.txt"), Sample("rewrite-summary.txt"), Sample("unrelated-similar-topic.txt"));

        code.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var comparisons = json.RootElement.GetProperty("comparisons");
        comparisons.GetArrayLength().Should().Be(2);
        comparisons[0].GetProperty("source").GetString().Should().Be("wire-source.txt");
        comparisons[0].GetProperty("sameEvent").GetString().Should().Be("yes");
        comparisons[1].GetProperty("sameEvent").GetString().Should().Be("no");
        comparisons[0].GetProperty("alignments").GetArrayLength().Should().BeGreaterThan(5);
        json.RootElement.GetProperty("documents").GetArrayLength().Should().Be(3);
        comparisons[1].GetProperty("sameEventReasons").EnumerateArray().Select(r => r.GetString())
            .Should().Contain(r => r!.Contains("speaker", StringComparison.Ordinal) || r.Contains("date", StringComparison.Ordinal));
        comparisons[0].GetProperty("consistency").GetDouble()
            .Should().BeGreaterThan(comparisons[1].GetProperty("consistency").GetDouble()).And.BeInRange(0, 1);
    }

    [Fact]
    public void Compare_AutoSource_ChoosesTheFullestReport()
    {
        var (code, output, _) = CliRunner.Run("compare", Sample("rewrite-summary.txt"), Sample("wire-source.txt"), Sample("rewrite-drift.txt"), "--auto-source");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("comparisons").EnumerateArray()
            .Should().OnlyContain(c => c.GetProperty("source").GetString() == "wire-source.txt");
    }

    [Theory]
    [InlineData("markdown", "**Same event: yes**")]
    [InlineData("text", "same event:  yes")]
    [InlineData("html", "<span class=\"cd-verdict\" data-verdict=\"yes\">yes</span>")]
    public void Compare_HumanFormats_ShowVerdictAndSentences(string format, string expected)
    {
        var (code, output, _) = CliRunner.Run("compare", Sample("wire-source.txt"), Sample("rewrite-summary.txt"), "--format", format);

        code.Should().Be(0);
        output.Should().Contain(expected).And.Contain("Delta Gate");
    }

    [Fact]
    public void Compare_OutFile_WritesReportThere()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cd-compare-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = CliRunner.Run("compare", Sample("wire-source.txt"), Sample("rewrite-drift.txt"), "--out", path);

            code.Should().Be(0);
            output.Should().BeEmpty();
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            json.RootElement.GetProperty("comparisons")[0].GetProperty("target").GetString().Should().Be("rewrite-drift.txt");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Compare_ManyFiles_ReportsProgressUnlessQuiet()
    {
        string[] files = ["wire-source.txt", "rewrite-summary.txt", "rewrite-drift.txt", "reprint-mt.txt", "wire-trimmed.txt", "unrelated-similar-topic.txt"];
        var args = new[] { "compare" }.Concat(files.Select(Sample)).ToArray();

        var loud = CliRunner.Run(args);
        var quiet = CliRunner.Run([.. args, "--quiet"]);

        loud.ExitCode.Should().Be(0);
        loud.Error.Should().Contain("compared 5/5");
        quiet.Error.Should().BeEmpty();
        quiet.Out.Should().Be(loud.Out);
    }

    [Fact]
    public void Compare_OnlyOneFile_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("compare", Sample("wire-source.txt"));

        code.Should().Be(2);
        error.Should().Contain("at least one report to compare");
    }

    [Fact]
    public void Compare_MissingFile_ExitsNonZeroNamingItWithoutStackTrace()
    {
        var (code, _, error) = CliRunner.Run("compare", Sample("wire-source.txt"), "no-such-report.txt");

        code.Should().Be(1);
        error.Should().Contain("no-such-report.txt").And.NotContain("   at ");
    }

    [Fact]
    public void Compare_UnknownFormat_IsUsageError()
    {
        var (code, _, error) = CliRunner.Run("compare", Sample("wire-source.txt"), Sample("rewrite-drift.txt"), "--format", "xml");

        code.Should().Be(2);
        error.Should().Contain("xml");
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CorpusDiff.sln")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new DirectoryNotFoundException("No CorpusDiff.sln above the test assembly.");
    }
}
