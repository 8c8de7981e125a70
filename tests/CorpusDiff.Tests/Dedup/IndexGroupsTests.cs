using CorpusDiff.TestSupport;
using CorpusDiff.Dedup;
using CorpusDiff.Text;

namespace CorpusDiff.Tests.Dedup;

public class IndexGroupsTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public void Build_VerifiedPairsOfOneRun_SameGroupsAndRepresentativesAsTheRun(int seed)
    {
        var generator = new CorpusGenerator(300, seed);
        var run = Deduplicator.Default.Deduplicate(Enumerable.Range(0, generator.Count), i => Corpus.Parse(generator.TextOf(i), CorpusGenerator.IdOf(i)));
        var documents = run.Documents.Select(d => new IndexedDocument("/c/" + d.Id, d.Id, null, d.Published, d.Shingles, d.ExactHash, d.Signature!)).ToList();
        var edges = run.Pairs.Select(p => new IndexEdge("/c/" + p.A, "/c/" + p.B, p.Relation, p.Jaccard, p.Containment, Estimated: false)).ToList();

        var grouped = IndexGroups.Build(documents, edges, DedupOptions.Default);

        grouped.Documents.Select(d => d.Id).Should().Equal(run.Documents.Select(d => d.Id));
        Canonical(grouped).Should().BeEquivalentTo(Canonical(run));
        grouped.Groups.Select(g => g.Representative).Should().BeEquivalentTo(run.Groups.Select(g => g.Representative));
        grouped.Pairs.Should().HaveCount(run.Pairs.Count);
    }

    [Fact]
    public void Build_EdgeNamingAnAbsentDocument_IsIgnored()
    {
        var documents = Sign("a", "b");

        var grouped = IndexGroups.Build(documents, [new IndexEdge("a", "gone", DedupRelation.NearDuplicate, 0.9, 0.9, Estimated: true)], DedupOptions.Default);

        grouped.Groups.Should().HaveCount(2);
        grouped.Pairs.Should().BeEmpty();
    }

    [Fact]
    public void Build_VerifiedAndEstimatedEdgeForOnePair_KeepsTheVerifiedOne()
    {
        var documents = Sign("a", "b");
        IndexEdge[] edges =
        [
            new("a", "b", DedupRelation.Contained, 0.5, 0.85, Estimated: true),
            new("b", "a", DedupRelation.NearDuplicate, 0.91, 0.95, Estimated: false),
        ];

        var grouped = IndexGroups.Build(documents, edges, DedupOptions.Default);

        grouped.Pairs.Should().ContainSingle().Which.Relation.Should().Be(DedupRelation.NearDuplicate);
        grouped.Groups.Should().ContainSingle().Which.Members.Should().HaveCount(2);
    }

    [Fact]
    public void Build_SameFileNameFromTwoRuns_ShowsFullKeys()
    {
        var documents = Sign("/x/report.txt", "/y/report.txt", "/y/other.txt")
            .Select(d => d with { Id = Path.GetFileName(d.Key) }).ToList();

        var grouped = IndexGroups.Build(documents, [], DedupOptions.Default);

        grouped.Documents.Select(d => d.Id).Should().Equal("/x/report.txt", "/y/report.txt", "other.txt");
    }

    [Fact]
    public void Build_TiedMembersInEitherOrder_SameRepresentative()
    {
        // Equal length and no dates: only the tie-break decides, and it must not be the store's order.
        var documents = Sign("/c/b.txt", "/c/a.txt");
        IndexEdge[] edges = [new("/c/a.txt", "/c/b.txt", DedupRelation.NearDuplicate, 0.9, 0.9, Estimated: false)];

        var forward = IndexGroups.Build(documents, edges, DedupOptions.Default);
        var backward = IndexGroups.Build([.. Enumerable.Reverse(documents)], edges, DedupOptions.Default);

        forward.Groups.Should().ContainSingle().Which.Representative.Should().Be("/c/a.txt", "ties go to the smaller key");
        backward.Groups.Single().Representative.Should().Be(forward.Groups.Single().Representative);
    }

    private static List<IndexedDocument> Sign(params string[] keys)
    {
        var hasher = new MinHasher(128, 1);
        return [.. keys.Select((k, i) =>
        {
            ulong[] shingles = [.. Enumerable.Range(0, 50).Select(s => XxHash64.Mix((ulong)((i * 1000) + s)))];
            Array.Sort(shingles);
            return new IndexedDocument(k, k, null, null, shingles.Length, (ulong)i, hasher.Sign(shingles));
        })];
    }

    private static List<List<string>> Canonical(DedupResult result) =>
        [.. result.Groups.Select(g => g.Members.Select(m => m.Id).Order(StringComparer.Ordinal).ToList())];
}
