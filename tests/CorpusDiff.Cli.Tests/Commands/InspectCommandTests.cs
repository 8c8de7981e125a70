using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Commands;

public class InspectCommandTests
{
    [Fact]
    public void Inspect_MissingFile_ExitsNonZeroWithMessageAndNoStackTrace()
    {
        var (code, _, error) = CliRunner.Run("inspect", "no-such-file.txt");

        code.Should().NotBe(0);
        error.Should().Contain("no-such-file.txt").And.NotContain("   at ");
    }

    [Fact]
    public void Inspect_UnknownFormat_IsUsageError()
    {
        var (code, _, error) = CliRunner.Run("inspect", "x.txt", "--format", "xml");

        code.Should().Be(2);
        error.Should().Contain("xml");
    }

    [Fact]
    public void Inspect_File_PrintsDocumentsJsonWithExactOffsets()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cd-{Guid.NewGuid():N}.txt");
        const string text = "First sentence here. Second one follows.\n\nA new paragraph.";
        File.WriteAllText(path, text);
        try
        {
            var (code, output, _) = CliRunner.Run("inspect", path);

            code.Should().Be(0);
            using var json = JsonDocument.Parse(output);
            var sentences = json.RootElement.GetProperty("documents")[0].GetProperty("sentences");
            sentences.GetArrayLength().Should().Be(3);
            foreach (var s in sentences.EnumerateArray())
            {
                var start = s.GetProperty("start").GetInt32();
                var end = s.GetProperty("end").GetInt32();
                text[start..end].Should().Be(s.GetProperty("text").GetString());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
