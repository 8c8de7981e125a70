using CorpusDiff.Alignment;
using CorpusDiff.Comparison;
using CorpusDiff.Documents;
using CorpusDiff.Tests.TestSupport;

namespace CorpusDiff.Tests.Comparison;

/// <summary>The seed corpus with 001 (the Xinhua story) as the source: the verdicts an editor gives.</summary>
public class SeedCorpusComparisonTests
{
    private static readonly Lazy<Document> SourceDocument = new(() => DocumentParser.Default.ParseFile(SeedCorpus.PathOf(SeedCorpus.Source)));

    private static ComparisonResult Compare(string file) =>
        CorpusComparer.Default.Compare(SourceDocument.Value, DocumentParser.Default.ParseFile(SeedCorpus.PathOf(file)));

    [SeedCorpusFact]
    public void Compare_SummaryOfTheInspection_IsSameEvent()
    {
        var result = Compare(SeedCorpus.Summary);

        result.SameEvent.Should().Be(SameEvent.Yes);
        result.TargetSupport.Should().BeGreaterThan(0.5);
    }

    [SeedCorpusFact]
    public void Compare_SummaryOfTheInspection_AlignsTheFuturesExchangeVisit()
    {
        var result = Compare(SeedCorpus.Summary);
        var target = result.Target.Sentences.Single(s => s.Text.Contains("New Era City Builders", StringComparison.Ordinal));

        var alignment = result.AlignmentOf(target.Index);

        alignment.Should().NotBeNull();
        alignment!.Source.Select(i => result.Source.Sentences[i].Text).Should().Contain(t => t.Contains("Minhang District", StringComparison.Ordinal));
    }

    [SeedCorpusFact]
    public void Compare_HongKongPieceWithTheSymposiumAndBackground_IsPartial()
    {
        Compare(SeedCorpus.PartialOverlap).SameEvent.Should().Be(SameEvent.Partial);
    }

    [SeedCorpusFact]
    public void Compare_YangtzeDeltaSymposium_IsNotTheSameEvent()
    {
        var result = Compare(SeedCorpus.RelatedEvent);

        result.SameEvent.Should().Be(SameEvent.No);
    }

    [SeedCorpusFact]
    public void Compare_PartyCongressOf2022_IsNotTheSameEvent()
    {
        var result = Compare(SeedCorpus.Distractor);

        result.SameEvent.Should().Be(SameEvent.No);
        result.Judgement.ActorsOverlap.Should().BeFalse("Li Qiang speaks, not Xi");
    }

    [SeedCorpusTheory]
    [InlineData(SeedCorpus.RelatedEvent)]
    [InlineData(SeedCorpus.Distractor)]
    public void Compare_OtherEvents_NoSentenceAlignsBetterThanPartial(string file)
    {
        var result = Compare(file);

        result.Alignments.Should().NotContain(a => a.Kind != AlignmentKind.Partial);
        result.TargetSupport.Should().BeLessThan(0.25);
    }

    [SeedCorpusFact]
    public void Compare_SymposiumReport_GenericSentencesStayUnaligned()
    {
        var result = Compare(SeedCorpus.RelatedEvent);
        var generic = result.Target.Sentences.Where(s => s.Text.Contains("new development pattern and promoting high-quality development", StringComparison.Ordinal)).ToList();

        generic.Should().NotBeEmpty();
        generic.Should().OnlyContain(s => result.AlignmentOf(s.Index) == null);
    }
}
