using System.Text.Json;

namespace CorpusDiff.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private const string Source = "Net profit climbed 11% to 512 million euros. The minister opened one terminal on Tuesday.";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cd-eval-{Guid.NewGuid():N}");

    public EvalCommandTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Pair(string dataset, string summary, int label) =>
        JsonSerializer.Serialize(new { id = Guid.NewGuid().ToString("N"), dataset, source = Source, summary, label });

    private string Labelled(params string[] extra)
    {
        var path = Path.Combine(folder, "labelled.jsonl");
        File.WriteAllLines(path,
        [
            Pair("alpha", "Net profit climbed 11% to 512 million euros.", 1),
            Pair("alpha", "The minister opened one terminal on Tuesday.", 1),
            Pair("alpha", "Net profit climbed 11% to 521 million euros.", 0),
            Pair("alpha", "Rain fell over Lisbon all week long yesterday.", 0),
            Pair("beta", "The minister opened one terminal.", 1),
            Pair("beta", "The minister did not open one terminal in Madrid.", 0),
            .. extra,
        ]);
        return path;
    }

    [Fact]
    public void Eval_Text_PrintsAucAndBalancedAccuracyPerDatasetAndOverall()
    {
        var (code, output, error) = CliRunner.Run("eval", "--jsonl", Labelled());

        code.Should().Be(0, error);
        output.Should().Contain("AUC").And.Contain("bal.acc");
        var alpha = output.Split('\n').Single(l => l.StartsWith("alpha", StringComparison.Ordinal));
        alpha.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3].Should().Be("1.000", "the consistent pairs score above the drifted ones");
        output.Split('\n').Should().Contain(l => l.StartsWith("beta", StringComparison.Ordinal)).And.Contain(l => l.StartsWith("overall", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_Json_HasFiguresPerDataset()
    {
        var (code, output, _) = CliRunner.Run("eval", "--jsonl", Labelled(), "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var datasets = json.RootElement.GetProperty("datasets").EnumerateArray().ToList();
        datasets.Select(d => d.GetProperty("dataset").GetString()).Should().Equal("alpha", "beta", "overall");
        datasets[0].GetProperty("pairs").GetInt32().Should().Be(4);
        datasets[0].GetProperty("rocAuc").GetDouble().Should().Be(1.0);
        datasets[2].GetProperty("balancedAccuracy").GetDouble().Should().BeInRange(0, 1);
        json.RootElement.GetProperty("threshold").GetDouble().Should().BeInRange(0, 1);
    }

    [Fact]
    public void Eval_LineWithoutLabel_IsReportedAndTheRestEvaluated()
    {
        var path = Labelled(JsonSerializer.Serialize(new { id = "n", dataset = "alpha", source = Source, summary = "x" }));

        var (code, output, error) = CliRunner.Run("eval", "--jsonl", path);

        code.Should().NotBe(0);
        error.Should().Contain("labelled.jsonl:7:").And.Contain("label");
        output.Should().Contain("alpha");
    }
}
