using System.Text;
using System.Text.Json;
using CorpusDiff.Claims;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Cli.Tests.Fuzzing;

public sealed class JsonlFuzzTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cd-fuzz-{Guid.NewGuid():N}");

    public JsonlFuzzTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Lines_RandomAndMutatedBytes_EveryLineNumberedOnceAndDecodedOrReported()
    {
        var seeds = Seeds();
        var random = FuzzBudget.Random(11);
        for (var i = FuzzBudget.Iterations(2000); i > 0; i--)
        {
            var bytes = FuzzBudget.Case(random, seeds);

            var lines = JsonlLines.Read(new MemoryStream(bytes)).ToList();

            var expected = bytes.Count(b => b == (byte)'\n') + (bytes.Length > 0 && bytes[^1] != (byte)'\n' ? 1 : 0);
            lines.Select(l => l.Number).Should().Equal(Enumerable.Range(1, expected));
            lines.All(l => (l.Text == null) != (l.Error == null)).Should().BeTrue();
            foreach (var line in lines.Where(l => l.Text is not null))
            {
                try
                {
                    PairLine.Parse(line.Number, line.Text!, needLabel: false);
                }
                catch (FormatException)
                {
                    // documented: reported with the line number, the run goes on
                }
            }
        }
    }

    [Fact]
    public void Check_MutatedFiles_EveryNonBlankLineGivesAResultOrAnError()
    {
        var seeds = Seeds();
        var random = FuzzBudget.Random(12);
        var path = Path.Combine(folder, "fuzz.jsonl");
        for (var i = FuzzBudget.Iterations(2000) / 10; i > 0; i--)
        {
            var bytes = FuzzBudget.Case(random, seeds);
            File.WriteAllBytes(path, bytes);

            var results = JsonlPairs.Check(path, needLabel: false, ClaimChecker.Default).ToList();

            var nonBlank = JsonlLines.Read(new MemoryStream(bytes)).Count(l => l.Error is not null || !string.IsNullOrWhiteSpace(l.Text));
            results.Should().HaveCount(nonBlank);
            results.All(r => (r.Error == null) == (r.Report != null)).Should().BeTrue();
        }
    }

    private static List<byte[]> Seeds()
    {
        string Pair(int id, string source, string summary) =>
            JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["source"] = source, ["summary"] = summary, ["label"] = id % 2 });

        var lines = new[]
        {
            Pair(1, "Net profit climbed 11% to 512 million euros on Tuesday.", "Profit rose 12% to 512 million euros."),
            Pair(2, "Mr. Obama said the Fed would not raise rates in May.", "Barack Obama said the Federal Reserve would raise rates."),
            Pair(3, "Zürich — 上海 «quoted» 3月6日.", "上海 Zürich."),
        };
        return
        [
            Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"),
            Encoding.UTF8.GetBytes(string.Join("\r\n", lines)),
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(lines[0] + "\n\n" + lines[1])],
        ];
    }
}
