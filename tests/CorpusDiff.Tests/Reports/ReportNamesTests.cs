using CorpusDiff.Alignment;
using CorpusDiff.Claims;
using CorpusDiff.Comparison;
using CorpusDiff.Dedup;
using CorpusDiff.Diffing;
using CorpusDiff.Reports;

namespace CorpusDiff.Tests.Reports;

public class ReportNamesTests
{
    [Fact]
    public void Of_EveryEnumValue_HasADistinctLowerCaseName()
    {
        AssertNames(Enum.GetValues<DivergenceKind>().Select(ReportNames.Of));
        AssertNames(Enum.GetValues<DivergenceSeverity>().Select(ReportNames.Of));
        AssertNames(Enum.GetValues<DedupRelation>().Select(ReportNames.Of));
        AssertNames(Enum.GetValues<DedupMethod>().Select(ReportNames.Of));
        AssertNames(Enum.GetValues<AlignmentKind>().Select(ReportNames.Of));
        AssertNames(Enum.GetValues<SameEvent>().Select(ReportNames.Of));
        AssertNames(Enum.GetValues<DiffOperation>().Select(ReportNames.Of));
    }

    [Fact]
    public void Of_DedupRelation_SpellsTheDocumentedNames()
    {
        Enum.GetValues<DedupRelation>().Select(ReportNames.Of).Should().Equal("representative", "exact", "near-duplicate", "contained");
    }

    private static void AssertNames(IEnumerable<string> names)
    {
        var list = names.ToList();
        list.Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.Length > 0 && n == n.ToLowerInvariant());
    }
}
