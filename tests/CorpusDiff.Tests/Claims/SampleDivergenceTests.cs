using System.Text.Json;
using CorpusDiff.Claims;
using CorpusDiff.Reports;
using CorpusDiff.Tests.TestSupport;
using Xunit.Abstractions;

namespace CorpusDiff.Tests.Claims;

/// <summary>Scores the checker against the planted divergences and must-not-flag items of <c>samples/gold/divergences.json</c>.</summary>
public class SampleDivergenceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_SampleGold_CatchesEveryPlantedDivergenceWithItsRelationAndSeverity(bool throughCompare)
    {
        var gold = GoldDivergences.Load();
        var result = gold.Evaluate(throughCompare);
        foreach (var line in result.Lines)
        {
            output.WriteLine(line);
        }

        result.MustNotFlagFired.Should().BeEmpty("no mustNotFlag item may fire");
        result.Caught.Should().Be(result.Planted, "every planted divergence is caught with the kind, relation and severity the gold gives it");
    }
}
