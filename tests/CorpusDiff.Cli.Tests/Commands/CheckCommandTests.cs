using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cd-check-{Guid.NewGuid():N}");

    public CheckCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Pair(object id, string source, string summary) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["source"] = source, ["summary"] = summary, ["extra"] = 1 });

    private const string Source = "Net profit climbed 11% to 512 million euros. Xi inspected a financial institution in the city.";

    [Fact]
    public void Check_Jsonl_WritesOneLinePerPairInInputOrder()
    {
        var path = Write("pairs.jsonl",
            Pair("a", Source, "Net profit climbed 11% to 512 million euros."),
            Pair(2, Source, "Net profit climbed 11% to 521 million euros."),
            Pair("c", Source, "Xi visited financial institutions in the city."));

        var (code, output, error) = CliRunner.Run("check", "--jsonl", path);

        code.Should().Be(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(3);
        lines[0].GetProperty("id").GetString().Should().Be("a");
        lines[1].GetProperty("id").GetInt32().Should().Be(2);
        lines[0].GetProperty("divergences").GetArrayLength().Should().Be(0);
        lines[0].GetProperty("consistency").GetDouble().Should().Be(1.0);
        lines[0].GetProperty("consistent").GetBoolean().Should().BeTrue();

        var number = lines[1].GetProperty("divergences")[0];
        number.GetProperty("kind").GetString().Should().Be("number");
        number.GetProperty("severity").GetString().Should().Be("high");
        var span = number.GetProperty("targetSpan");
        "Net profit climbed 11% to 521 million euros."[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()].Should().Be("521 million euros");
        var sourceSpan = number.GetProperty("sourceSpan");
        Source[sourceSpan.GetProperty("start").GetInt32()..sourceSpan.GetProperty("end").GetInt32()].Should().Be("512 million euros");
        lines[1].GetProperty("consistency").GetDouble().Should().BeLessThan(1.0);

        lines[2].GetProperty("divergences")[0].GetProperty("kind").GetString().Should().Be("quantity");
    }

    [Fact]
    public void Check_MalformedLines_AreReportedWithLineNumbersAndOthersStillChecked()
    {
        var path = Write("mixed.jsonl",
            Pair("ok1", Source, "Net profit climbed 11% to 512 million euros."),
            "{not json",
            "{\"id\":\"x\",\"source\":\"only a source\"}",
            string.Empty,
            Pair("ok2", Source, "Xi inspected a financial institution."));

        var (code, output, error) = CliRunner.Run("check", "--jsonl", path);

        code.Should().NotBe(0);
        error.Should().Contain("mixed.jsonl:2:").And.Contain("mixed.jsonl:3:").And.Contain("\"summary\"").And.NotContain("   at ");
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        ids.Should().Equal("ok1", "ok2");
    }

    [Fact]
    public void Check_ManyLines_KeepInputOrderAcrossParallelBatches()
    {
        var lines = Enumerable.Range(0, 150).Select(i => Pair(i, Source, i % 2 == 0 ? "Net profit climbed 11% to 512 million euros." : $"Profit was {i + 1000} euros.")).ToArray();
        var path = Write("many.jsonl", lines);
        var outPath = Path.Combine(folder, "out.jsonl");

        var (code, output, _) = CliRunner.Run("check", "--jsonl", path, "--out", outPath);

        code.Should().Be(0);
        output.Should().BeEmpty();
        var results = File.ReadAllLines(outPath).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        results.Select(r => r.GetProperty("id").GetInt32()).Should().Equal(Enumerable.Range(0, 150));
        results.Where((r, i) => i % 2 == 1).Should().OnlyContain(r => r.GetProperty("divergences").GetArrayLength() > 0);
    }

    [Fact]
    public void Check_MissingFile_ExitsNonZeroWithMessage()
    {
        var (code, _, error) = CliRunner.Run("check", "--jsonl", Path.Combine(folder, "nope.jsonl"));

        code.Should().NotBe(0);
        error.Should().Contain("nope.jsonl").And.Contain("no such file");
    }

    [Fact]
    public void Check_WithoutJsonl_IsUsageError()
    {
        var (code, _, _) = CliRunner.Run("check");

        code.Should().Be(2);
    }
}
