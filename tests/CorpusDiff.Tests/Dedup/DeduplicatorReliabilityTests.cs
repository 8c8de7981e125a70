using CorpusDiff.Dedup;

namespace CorpusDiff.Tests.Dedup;

public class DeduplicatorReliabilityTests
{
    private const string Story =
        "Officials in the river city opened a new flood barrier on Monday after four years of construction. "
        + "The barrier spans two kilometres and cost 310 million dollars, according to the regional water agency. "
        + "Engineers said it can hold back a surge three metres higher than the record flood of 1998.";

    [Theory]
    [InlineData(DedupMethod.MinHash)]
    [InlineData(DedupMethod.SimHash)]
    [InlineData(DedupMethod.Exact)]
    public void Deduplicate_EmptyDocuments_AreAloneAndMarkedEmpty(DedupMethod method)
    {
        var dedup = new Deduplicator(DedupOptions.Default with { Method = method });
        var docs = new[] { Corpus.Parse(string.Empty, "e1"), Corpus.Parse("  \n\n ", "e2"), Corpus.Parse(Story, "s1"), Corpus.Parse(Story, "s2") };

        var result = dedup.Deduplicate(docs);

        result.Documents.Where(d => d.IsEmpty).Select(d => d.Id).Should().Equal("e1", "e2");
        result.Groups.Should().HaveCount(3);
        result.Pairs.Should().ContainSingle().Which.Relation.Should().Be(DedupRelation.Exact);
        result.Groups.Single(g => g.Members.Count == 2).Members.Select(m => m.Id).Should().BeEquivalentTo("s1", "s2");
    }

    [Fact]
    public void Deduplicate_LoaderReturnsNull_SourceIsLeftOutAndTheRestGrouped()
    {
        var texts = new[] { Story, "unreadable", Story, "The national team lost its opening match two goals to one on Saturday evening in the heat." };

        var result = Deduplicator.Default.Deduplicate(Enumerable.Range(0, texts.Length), i => i == 1 ? null : Corpus.Parse(texts[i], $"d{i}"));

        result.Documents.Select(d => d.Id).Should().Equal("d0", "d2", "d3");
        result.Groups.Should().HaveCount(2);
        result.Pairs.Should().ContainSingle().Which.Should().Match<DedupPair>(p => p.A == "d0" && p.B == "d2");
    }

    [Theory]
    [InlineData(0.9, 0.95, 100, 100, DedupRelation.NearDuplicate)]
    [InlineData(0.5, 0.95, 50, 100, DedupRelation.Contained)]
    [InlineData(0.1, 0.95, 10, 100, null)]
    [InlineData(0.5, 0.5, 50, 100, null)]
    public void Relate_FollowsThresholdContainmentAndMinContainedRatio(double jaccard, double containment, int a, int b, DedupRelation? expected)
    {
        new Deduplicator(DedupOptions.ShingleSetDefaults).Relate(jaccard, containment, a, b).Should().Be(expected);
    }
}
