using System.Text.Json;
using CorpusDiff;
using CorpusDiff.Claims;
using CorpusDiff.Reports;

namespace CorpusDiff.Tests.Reports;

public class CheckLineJsonTests
{
    [Fact]
    public void WriteLine_NonAsciiText_StaysReadableLikeEveryOtherReport()
    {
        var report = ClaimChecker.Default.Check(
            Corpus.Parse("The port of Köln reported a profit of 512 million euros.", "s"), Corpus.Parse("The port of Köln reported a profit of 612 million euros.", "t"));
        var writer = new StringWriter();

        CheckLineJson.WriteLine(writer, "\"köln-1\"", report, consistent: false);

        var line = writer.ToString();
        line.Should().Contain("köln-1").And.NotContain("\\u00F6", "one encoder policy keeps non-ASCII raw in every report");
        line.TrimEnd().Should().NotContain("\n", "a check line is one line");
        using var json = JsonDocument.Parse(line);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("id", "consistency", "consistent", "divergences");
        json.RootElement.GetProperty("id").GetString().Should().Be("köln-1");
    }
}
