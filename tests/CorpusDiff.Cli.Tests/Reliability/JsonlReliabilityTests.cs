using System.Text;
using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Reliability;

public sealed class JsonlReliabilityTests : IDisposable
{
    private const string Source = "Net profit climbed 11% to 512 million euros. Xi inspected a financial institution in the city.";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(3, 2)]
    [InlineData(1000, 500)]
    public void Check_BadUtf8ByteOnOneLine_ReportsTrueLineAndChecksAllOthers(int lines, int bad)
    {
        var path = WriteJsonl("pairs.jsonl", lines, bad);

        var (code, output, error) = CliProcess.Run("check", "--jsonl", path);

        code.Should().Be(1);
        error.Should().Contain($"pairs.jsonl:{bad}: not valid UTF-8").And.NotContain("   at ");
        error.Split('\n').Count(l => l.Contains("pairs.jsonl:", StringComparison.Ordinal)).Should().Be(1);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()).ToList();
        ids.Should().Equal(Enumerable.Range(1, lines).Where(i => i != bad));
    }

    [Fact]
    public void Eval_BadUtf8ByteOnOneLine_EvaluatesTheRestAndExits1()
    {
        var path = WriteJsonl("labelled.jsonl", 40, 7, labelled: true);

        var (code, output, error) = CliProcess.Run("eval", "--jsonl", path, "--format", "json");

        code.Should().Be(1);
        error.Should().Contain("labelled.jsonl:7: not valid UTF-8");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("datasets")[0].GetProperty("pairs").GetInt32().Should().Be(39);
        json.RootElement.GetProperty("failedLines").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Lines_CrLfBomAndMissingFinalNewline_AreDecodedWithTrueNumbers()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("a\r\n\r\nb\nA"u8.ToArray()).Concat(new byte[] { 0xC3 }).ToArray();

        var lines = JsonlLines.Read(new MemoryStream(bytes)).ToList();

        lines.Select(l => l.Number).Should().Equal(1, 2, 3, 4);
        lines[0].Text.Should().Be("a");
        lines[1].Text.Should().BeEmpty();
        lines[2].Text.Should().Be("b");
        lines[3].Error.Should().Contain("byte 0xC3 at byte 2");
    }

    private string WriteJsonl(string name, int lines, int bad, bool labelled = false)
    {
        using var buffer = new MemoryStream();
        for (var i = 1; i <= lines; i++)
        {
            var pair = new Dictionary<string, object> { ["id"] = i, ["source"] = Source, ["summary"] = $"Net profit climbed 11% to {500 + (i % 20)} million euros." };
            if (labelled)
            {
                pair["label"] = i % 2;
                pair["dataset"] = "d";
            }

            var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(pair));
            if (i == bad)
            {
                // A lone continuation byte inside the summary string.
                var at = Array.LastIndexOf(line, (byte)'.');
                line[at] = 0x80;
            }

            buffer.Write(line);
            buffer.WriteByte((byte)'\n');
        }

        return temp.WriteBytes(name, buffer.ToArray());
    }
}
