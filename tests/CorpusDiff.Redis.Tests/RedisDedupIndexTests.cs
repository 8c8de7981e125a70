using CorpusDiff.Dedup;
using CorpusDiff.Redis.Tests.TestSupport;
using StackExchange.Redis;

namespace CorpusDiff.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class RedisDedupIndexTests(RedisServers servers)
{
    private static readonly LshIndexOptions Layout = SharedIndexUpdate.IndexOptionsFor(DedupOptions.Default);

    [RedisTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Query_AfterAdd_FindsPlantedCopiesOnly(bool cluster)
    {
        var documents = PlantedCorpus.Sign(300);
        using var index = Open(cluster, out _);

        index.Add(documents);
        var found = index.Query([.. documents.Select(d => d.Signature)]);

        index.Count().Should().Be(documents.Count);
        var reference = new LshIndex(index.Options);
        foreach (var d in documents)
        {
            reference.Add(d.Key, d.Signature);
        }

        for (var i = 0; i < documents.Count; i++)
        {
            // The in-memory index is the reference: same layout, same candidates.
            found[i].Select(d => d.Key).Should().BeEquivalentTo(reference.QueryKeys(documents[i].Signature));
            found[i].Select(d => d.Key).Should().Contain(documents[i].Key);
        }

        index.RoundTrips.Should().BeLessThan(documents.Count / 10, "buckets and documents travel in pipelined batches, not one round trip per band");
    }

    [RedisTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Add_SameKeyTwice_ReplacesTheDocumentAndItsBuckets(bool cluster)
    {
        var documents = PlantedCorpus.Sign(40);
        using var index = Open(cluster, out _);
        var first = documents[0];
        var replacement = documents[1] with { Key = first.Key, Id = first.Id };

        index.Add([first]);
        index.Add([first]);
        index.Add([replacement]);

        index.Count().Should().Be(1);
        index.Documents().Should().ContainSingle().Which.Signature.Values.ToArray().Should().Equal(replacement.Signature.Values.ToArray());
        index.Query([first.Signature])[0].Should().BeEmpty("the old version's buckets were removed with it");
    }

    [RedisTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Remove_ThenReAdd_DeletesBucketsAndEdgesThenRestoresTheDocument(bool cluster)
    {
        var documents = PlantedCorpus.Sign(20);
        using var index = Open(cluster, out _);
        index.Add(documents);
        index.AddEdges([new IndexEdge(documents[0].Key, documents[1].Key, DedupRelation.NearDuplicate, 0.9, 0.95, Estimated: false)]);
        index.Edges().Should().ContainSingle();

        index.Remove([documents[0].Key, "/not/indexed"]).Should().Be(1);

        index.Count().Should().Be(documents.Count - 1);
        index.Documents().Select(d => d.Key).Should().NotContain(documents[0].Key);
        index.Query([documents[0].Signature])[0].Select(d => d.Key).Should().NotContain(documents[0].Key);
        index.Edges().Should().BeEmpty();

        index.Add([documents[0]]);
        index.Count().Should().Be(documents.Count);
        index.Query([documents[0].Signature])[0].Select(d => d.Key).Should().Contain(documents[0].Key);
    }

    [RedisFact]
    public void Open_IndexBuiltWithOtherShingles_IsRefused()
    {
        using var index = Open(cluster: false, out var name);
        index.Add(PlantedCorpus.Sign(3));
        using var connection = ConnectionMultiplexer.Connect(servers.Single);

        var open = () => RedisDedupIndex.Open(connection, name, Layout with { Tag = "word:4" });

        open.Should().Throw<RedisIndexException>().WithMessage("*shingles 'word:3'*'word:4'*");
    }

    [RedisFact]
    public void Open_NoIndexAndNothingToCreate_IsRefused()
    {
        using var connection = ConnectionMultiplexer.Connect(servers.Single);

        var open = () => RedisDedupIndex.Open(connection, "missing-" + Guid.NewGuid().ToString("N"), null);

        open.Should().Throw<RedisIndexException>().WithMessage("*no index*");
    }

    [RedisTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Documents_DocumentWithoutCompletionMarker_IsInvisible(bool cluster)
    {
        var documents = PlantedCorpus.Sign(2);
        using var index = Open(cluster, out var name);
        index.Add([documents[0]]);
        using var connection = ConnectionMultiplexer.Connect(servers.Hosts(cluster));
        var keys = new RedisKeys(name);
        var id = RedisKeys.Id(documents[0].Key);

        // What a run killed between writing a document and marking it complete leaves behind.
        connection.GetDatabase().HashDelete(keys.Document(id), "ok");

        index.Documents().Should().BeEmpty();
        index.Query([documents[0].Signature])[0].Should().BeEmpty();
    }

    [RedisFact]
    public void Add_OnCluster_KeepsDocumentAndEdgesInOneSlotAndSpreadsBuckets()
    {
        var documents = PlantedCorpus.Sign(100);
        using var index = Open(cluster: true, out var name);
        index.Add(documents);
        using var connection = ConnectionMultiplexer.Connect(servers.Cluster);
        var keys = new RedisKeys(name);

        foreach (var d in documents)
        {
            var id = RedisKeys.Id(d.Key);
            connection.HashSlot(keys.Document(id)).Should().Be(connection.HashSlot(keys.Edges(id)));
        }

        var bucketsPerNode = connection.GetServers().Where(s => !s.IsReplica)
            .Select(s => s.Keys(pattern: $"cd:{name}:b:*", pageSize: 1000).Count()).ToList();
        bucketsPerNode.Should().HaveCount(3).And.OnlyContain(n => n > 0, "band buckets carry no hash tag, so they spread over every node");
    }

    private RedisDedupIndex Open(bool cluster, out string name)
    {
        name = "t-" + Guid.NewGuid().ToString("N")[..12];
        return RedisDedupIndex.Open(RedisIndexAddress.Parse($"redis://{servers.Hosts(cluster)}/{name}", null, null), Layout);
    }
}
