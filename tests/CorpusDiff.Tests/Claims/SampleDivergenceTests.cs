using System.Text.Json;
using CorpusDiff.Claims;
using CorpusDiff.Reports;
using CorpusDiff.Tests.TestSupport;
using Xunit.Abstractions;

namespace CorpusDiff.Tests.Claims;

/// <summary>Scores the checker against the planted divergences and must-not-flag items of <c>samples/gold/divergences.json</c>.</summary>
public class SampleDivergenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Check_SampleGold_CatchesPlantedDivergencesAndFlagsNoMustNotItem()
    {
        var gold = GoldDivergences.Load();
        var result = gold.Evaluate();
        foreach (var line in result.Lines)
        {
            output.WriteLine(line);
        }

        result.MustNotFlagFired.Should().BeEmpty("no mustNotFlag item may fire");
        result.Caught.Should().BeGreaterThanOrEqualTo(9, "the planted drifts of rewrite-drift.txt and most background claims are caught");
    }
}
