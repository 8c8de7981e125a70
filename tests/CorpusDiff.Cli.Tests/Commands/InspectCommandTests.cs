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

    [Fact]
    public void Inspect_TextFormat_ShowsHeadersDatelineAndRemovedSpans()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cd-{Guid.NewGuid():N}.txt");
        const string text = "Xi urges Shanghai to build a metropolis\nUpdated: December 5, 2023 21:46 Xinhua\n\n" +
            "SHANGHAI/YANCHENG, Jiangsu, Dec. 5 -- Xi spoke. He left.\n\nCopyright\u00A9 | About us | Contact us\n\nRegistration Number: 05070218";
        File.WriteAllText(path, text);
        try
        {
            var (code, output, _) = CliRunner.Run("inspect", path, "--format", "text");

            code.Should().Be(0);
            output.Should().Contain("title:     Xi urges Shanghai to build a metropolis [0-39]")
                .And.Contain("outlet:    Xinhua")
                .And.Contain("published: 2023-12-05")
                .And.Contain("dateline:  SHANGHAI / YANCHENG / Jiangsu, 2023-12-05")
                .And.Contain("Xi spoke.")
                .And.Contain("copyright-footer")
                .And.Contain("Copyright\u00A9 | About us | Contact us \u23CE Registration Number: 05070218");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Inspect_Json_ReportsRemovedSpansWithKindAndOffsets()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cd-{Guid.NewGuid():N}.txt");
        const string text = "First paragraph here.\r\n\r\nXi inspected an exhibition. Photo: Xinhua\r\n\r\nLast paragraph here.";
        File.WriteAllText(path, text);
        try
        {
            var (code, output, _) = CliRunner.Run("inspect", path, "--format", "json");

            code.Should().Be(0);
            using var json = JsonDocument.Parse(output);
            var removed = json.RootElement.GetProperty("documents")[0].GetProperty("removed");
            removed.GetArrayLength().Should().Be(1);
            removed[0].GetProperty("kind").GetString().Should().Be("photo-caption");
            var start = removed[0].GetProperty("start").GetInt32();
            var end = removed[0].GetProperty("end").GetInt32();
            text[start..end].Should().Be(removed[0].GetProperty("text").GetString()).And.Be("Xi inspected an exhibition. Photo: Xinhua");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Inspect_InvalidUtf8_ExitsNonZeroNamingFileAndByteOffset()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cd-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [0x41, 0x42, 0x43, 0xFF, 0x44]);
        try
        {
            var (code, _, error) = CliRunner.Run("inspect", path);

            code.Should().Be(1);
            error.Should().Contain(path).And.Contain("byte offset 3").And.NotContain("   at ");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
