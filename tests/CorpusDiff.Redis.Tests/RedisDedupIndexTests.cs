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
        // The in-memory index over the signatures' low bits is the reference: same bands, same candidates.
        var reference = new LshIndex(index.Options);
        foreach (var d in documents)
        {
            reference.Add(d.Key, LowBitsSignature(d.Signature, index.SignatureBits));
        }

        for (var i = 0; i < documents.Count; i++)
        {
            found[i].Select(d => d.Key).Should().BeEquivalentTo(reference.QueryKeys(LowBitsSignature(documents[i].Signature, index.SignatureBits)));
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
        index.Documents().Should().ContainSingle().Which.Signature.Values.ToArray().Should().Equal(LowBits(replacement.Signature, index.SignatureBits));
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
        var layout = LayoutOf(index);
        var (page, slot) = layout.Place(OrdinalOf(connection, index, name, documents[0].Key));

        // What a run killed between writing a document and marking it complete leaves behind.
        connection.GetDatabase().StringSetRange(keys.Records(page), (long)slot * layout.SlotBytes, new byte[] { (byte)RecordSlotState.Written });

        index.Documents().Should().BeEmpty();
        index.Query([documents[0].Signature])[0].Should().BeEmpty();
    }

    [RedisFact]
    public void Add_OnCluster_SpreadsBucketAndRecordPagesOverEveryNode()
    {
        var documents = PlantedCorpus.Sign(300);
        using var index = Open(cluster: true, out var name);
        index.Add(documents);
        using var connection = ConnectionMultiplexer.Connect(servers.Cluster);

        foreach (var kind in new[] { "b", "r", "m" })
        {
            var perNode = connection.GetServers().Where(s => !s.IsReplica)
                .Select(s => s.Keys(pattern: $"cd:{name}:{kind}:*", pageSize: 1000).Count()).ToList();
            perNode.Should().HaveCount(3).And.OnlyContain(n => n > 0, $"pages ({kind}:) carry no hash tag, so they spread over every node");
        }
    }

    [RedisTheory]
    [InlineData(1)]
    [InlineData(2)]
    public void Open_IndexOfAnotherLayoutVersion_IsRefusedWithTheVersions(int version)
    {
        using var index = Open(cluster: false, out var name);
        using var connection = ConnectionMultiplexer.Connect(servers.Single);
        connection.GetDatabase().HashSet(new RedisKeys(name).Params, "v", version);

        var open = () => RedisDedupIndex.Open(connection, name, Layout);

        open.Should().Throw<RedisIndexException>().WithMessage($"*key layout version {version}*reads version {RedisDedupIndex.LayoutVersion}*another name*");
    }

    [RedisTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Add_AtCapacity_KeepsEveryPageInCompactEncoding(bool cluster)
    {
        // Pages sized for the capacity stay listpacks (≈ 9 bytes an entry), not skiplists (≈ 100 bytes).
        var documents = PlantedCorpus.Sign(600);
        using var index = Open(cluster, out var name, capacity: documents.Count);
        index.Add(documents);
        using var connection = ConnectionMultiplexer.Connect(servers.Hosts(cluster));

        index.PagesPerBand.Should().BeLessThan(documents.Count / 8, "a page holds many buckets");
        foreach (var server in connection.GetServers().Where(s => !s.IsReplica))
        {
            foreach (var key in server.Keys(pattern: $"cd:{name}:[bkm]:*", pageSize: 1000))
            {
                ((string?)connection.GetDatabase().Execute("OBJECT", "ENCODING", key)).Should().Be("listpack", $"{key} holds few entries");
            }
        }
    }

    [RedisTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Add_LongNameThenShorterOne_ReadsBackTheLatestNameOnly(bool cluster)
    {
        // A name over 63 bytes takes several meta-page fields; a shorter re-add must leave none of the old ones behind.
        var signed = PlantedCorpus.Sign(2)[0];
        using var index = Open(cluster, out _);
        var key = "/long/" + new string('n', 300) + ".txt";
        var first = signed with { Key = key, Id = new string('i', 200), Path = "/elsewhere/" + new string('p', 100) };
        var second = first with { Id = Path.GetFileName(key), Path = key };

        index.Add([first]);
        var before = index.Documents().Should().ContainSingle().Subject;
        index.Add([second]);
        var after = index.Documents().Should().ContainSingle().Subject;

        (before.Key, before.Id, before.Path).Should().Be((first.Key, first.Id, first.Path));
        (after.Key, after.Id, after.Path).Should().Be((second.Key, second.Id, second.Path));
        index.Query([second.Signature])[0].Should().ContainSingle().Which.Id.Should().Be(second.Id);
    }

    [RedisFact]
    public void Add_BatchesSharingAPage_CreateEveryRecordPageAtItsFullSize()
    {
        // Redis sizes a string that SETRANGE creates exactly but grows one by doubling: the pad byte, written first,
        // creates each page whole, whichever batch meets it first.
        var documents = PlantedCorpus.Sign(300);
        using var index = Open(cluster: false, out var name);
        index.Add([.. documents.Take(101)]);
        index.Add([.. documents.Skip(101)]);
        using var connection = ConnectionMultiplexer.Connect(servers.Single);
        var database = connection.GetDatabase();

        var pages = connection.GetServers().Single().Keys(pattern: $"cd:{name}:r:*", pageSize: 1000).ToList();

        pages.Should().HaveCount((int)(documents.Count / index.Layout.RecordsPerPage) + 1, "ordinals 1–300 fill consecutive pages");
        pages.Select(p => database.StringLength(p)).Should().AllBeEquivalentTo(index.Layout.PadOffset + 1);
    }

    [RedisFact]
    public void Query_EstimatesAgainstStoredLowBits_MatchTheFullSignaturesClosely()
    {
        var documents = PlantedCorpus.Sign(300);
        using var index = Open(cluster: false, out _);
        index.Add(documents);

        var found = index.Query([.. documents.Select(d => d.Signature)]);

        var byKey = documents.ToDictionary(d => d.Key);
        var pairs = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var candidate in found[i])
            {
                // Equal low bits of unequal values are rare (1 in 4,096 per value): the estimates agree to a value or two.
                var full = documents[i].Signature.EstimateJaccard(byKey[candidate.Key].Signature);
                documents[i].Signature.EstimateJaccard(candidate.Signature).Should().BeInRange(full, full + (2.0 / documents[i].Signature.Length));
                candidate.Length.Should().Be(byKey[candidate.Key].Length);
                candidate.ExactHash.Should().Be(byKey[candidate.Key].ExactHash);
                candidate.Published.Should().Be(byKey[candidate.Key].Published);
                candidate.Id.Should().Be(byKey[candidate.Key].Id);
                candidate.Path.Should().Be(byKey[candidate.Key].Path);
                pairs++;
            }
        }

        pairs.Should().BeGreaterThan(documents.Count, "planted copies are found as well as each document itself");
    }

    private static uint[] LowBits(MinHashSignature signature, int bits) => [.. signature.Values.ToArray().Select(v => v & ((1u << bits) - 1))];

    private static MinHashSignature LowBitsSignature(MinHashSignature signature, int bits) => new(LowBits(signature, bits), signature.SetSize, signature.Seed);

    private static long OrdinalOf(ConnectionMultiplexer connection, RedisDedupIndex index, string name, string key)
    {
        var id = RedisKeys.Id(key);
        return (long)connection.GetDatabase().HashGet(new RedisKeys(name).KeyMap(LayoutOf(index).KeyPage(id)), RedisKeys.KeyField(id));
    }

    private static RedisLayout LayoutOf(RedisDedupIndex index) => index.Layout;

    private RedisDedupIndex Open(bool cluster, out string name, long? capacity = null)
    {
        name = "t-" + Guid.NewGuid().ToString("N")[..12];
        var query = capacity is null ? string.Empty : $"?capacity={capacity}";
        return RedisDedupIndex.Open(RedisIndexAddress.Parse($"redis://{servers.Hosts(cluster)}/{name}{query}", null, null), Layout);
    }
}
