using CorpusDiff.Dedup;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>Querying band buckets and reading the whole index.</summary>
public sealed partial class RedisDedupIndex
{
    /// <inheritdoc />
    /// <remarks>Each candidate's signature is expanded against its query (see <see cref="RedisDedupIndex"/>): values whose stored low bits match the query's count as equal.</remarks>
    public IReadOnlyList<IReadOnlyList<IndexedDocument>> Query(IReadOnlyList<MinHashSignature> signatures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        var truncated = signatures.Select(layout.Truncate).ToArray();
        var known = new Dictionary<long, RedisLayout.Record?>();
        var result = new IReadOnlyList<IndexedDocument>[signatures.Count];
        for (var start = 0; start < signatures.Count; start += BatchSize)
        {
            var first = start;
            var count = Math.Min(BatchSize, signatures.Count - start);
            Guard(() =>
            {
                // Round trip 1: every bucket of every signature in the batch.
                var bands = Parameters.Bands;
                var members = new Task<RedisValue[]>[count * bands];
                Span<(long Page, short Score)> buckets = stackalloc (long, short)[bands];
                for (var i = 0; i < count; i++)
                {
                    layout.Buckets(truncated[first + i], buckets);
                    for (var band = 0; band < bands; band++)
                    {
                        members[(i * bands) + band] = database.SortedSetRangeByScoreAsync(keys.Bucket(band, buckets[band].Page), buckets[band].Score, buckets[band].Score);
                    }
                }

                Wait(members, cancellationToken);
                var candidates = new HashSet<long>[count];
                var unknown = new HashSet<long>();
                for (var i = 0; i < count; i++)
                {
                    candidates[i] = [];
                    for (var band = 0; band < bands; band++)
                    {
                        foreach (var m in members[(i * bands) + band].Result)
                        {
                            var ordinal = layout.FromMember(m);
                            if (candidates[i].Add(ordinal) && !known.ContainsKey(ordinal))
                            {
                                unknown.Add(ordinal);
                            }
                        }
                    }
                }

                // Round trip 2: the candidates not met in an earlier batch.
                foreach (var (ordinal, record) in ReadRecords([.. unknown], cancellationToken))
                {
                    known[ordinal] = record;
                }

                for (var i = 0; i < count; i++)
                {
                    var query = signatures[first + i];
                    result[first + i] = [.. candidates[i].Select(o => known[o]).OfType<RedisLayout.Record>().Select(r => r.ToDocument(layout, query, Options.Seed))];
                }

                return 0;
            });
        }

        return result;
    }

    /// <inheritdoc />
    public IReadOnlyList<IndexedDocument> Documents(CancellationToken cancellationToken = default) => Guard(() =>
    {
        var pages = ScanPages(keys.RecordPattern);
        var documents = new List<IndexedDocument>();
        for (var start = 0; start < pages.Count; start += PagesPerRead)
        {
            var batch = pages.Skip(start).Take(PagesPerRead).ToArray();
            var slots = batch.Select(p => database.StringGetAsync(keys.Records(p))).ToArray();
            var metas = batch.Select(p => database.HashGetAllAsync(keys.Meta(p))).ToArray();
            Wait([.. slots, .. metas], cancellationToken);
            var records = new List<RedisLayout.Record>();
            for (var i = 0; i < batch.Length; i++)
            {
                var bytes = (byte[]?)slots[i].Result ?? [];
                var fields = metas[i].Result.Where(e => (long)e.Name >= 0).ToDictionary(e => (long)e.Name, e => e.Value);
                for (var slot = 0; slot < layout.RecordsPerPage && (slot + 1L) * layout.SlotBytes <= bytes.Length; slot++)
                {
                    var name = layout.NameFields(slot).Select(f => fields.TryGetValue((long)f, out var v) ? v : RedisValue.Null).ToArray();
                    if (layout.Decode(bytes.AsSpan(slot * layout.SlotBytes, layout.SlotBytes), name) is { Complete: true } record)
                    {
                        records.Add(record);
                    }
                }
            }

            ResolveFolders(records, cancellationToken);
            documents.AddRange(records.Where(r => folders.ContainsKey(r.FolderId)).Select(r => r.InFolder(folders[r.FolderId]).ToDocument(layout, null, Options.Seed)));
        }

        documents.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return documents;
    });

    /// <inheritdoc />
    public IReadOnlyList<IndexEdge> Edges(CancellationToken cancellationToken = default) => Guard(() =>
    {
        var pages = ScanPages(keys.MetaPattern);
        var pairs = new Dictionary<(long, long), long>();
        for (var start = 0; start < pages.Count; start += PagesPerRead)
        {
            var batch = pages.Skip(start).Take(PagesPerRead).ToArray();
            var tasks = batch.Select(p => database.HashGetAllAsync(keys.Meta(p))).ToArray();
            Wait(tasks, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                foreach (var entry in tasks[i].Result)
                {
                    var field = (long)entry.Name;
                    if (field >= 0)
                    {
                        continue;
                    }

                    var (slot, other) = layout.FromEdgeField(field);
                    var self = layout.OrdinalOf(batch[i], slot);
                    var pair = self < other ? (self, other) : (other, self);
                    var value = (long)entry.Value;

                    // Both ends store the edge; a verified one wins over an estimate.
                    if (!pairs.TryGetValue(pair, out var existing) || (RedisLayout.IsEstimated(existing) && !RedisLayout.IsEstimated(value)))
                    {
                        pairs[pair] = value;
                    }
                }
            }
        }

        // Edges name documents by ordinal; their keys come from the records (edges to deleted documents drop out).
        var ends = pairs.Keys.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct().ToArray();
        var keyOf = new Dictionary<long, string>();
        for (var start = 0; start < ends.Length; start += BatchSize * 4)
        {
            var batch = ends.Skip(start).Take(BatchSize * 4).ToArray();
            foreach (var (ordinal, record) in ReadRecords(batch, cancellationToken, completeOnly: false))
            {
                if (record is not null)
                {
                    keyOf[ordinal] = record.Key;
                }
            }
        }

        var edges = new List<IndexEdge>(pairs.Count);
        foreach (var ((a, b), value) in pairs)
        {
            if (keyOf.TryGetValue(a, out var keyA) && keyOf.TryGetValue(b, out var keyB) && RedisLayout.DecodeEdge(keyA, keyB, value) is { } edge)
            {
                edges.Add(edge);
            }
        }

        return edges;
    });

    /// <summary>Reads records by ordinal; <see langword="null"/> for one that is missing, malformed or (with <paramref name="completeOnly"/>) not complete.</summary>
    private List<(long Ordinal, RedisLayout.Record? Record)> ReadRecords(long[] ids, CancellationToken cancellationToken, bool completeOnly = true)
    {
        var slots = new Task<RedisValue>[ids.Length];
        var names = new Task<RedisValue[]>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var (page, slot) = layout.Place(ids[i]);
            var offset = (long)slot * layout.SlotBytes;
            slots[i] = database.StringGetRangeAsync(keys.Records(page), offset, offset + layout.SlotBytes - 1);
            names[i] = database.HashGetAsync(keys.Meta(page), layout.NameFields(slot));
        }

        if (ids.Length > 0)
        {
            Wait([.. slots, .. names], cancellationToken);
        }

        var records = new RedisLayout.Record?[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            records[i] = layout.Decode((byte[]?)slots[i].Result, names[i].Result);
        }

        ResolveFolders(records.OfType<RedisLayout.Record>(), cancellationToken);
        var result = new List<(long, RedisLayout.Record?)>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            var record = records[i];
            var visible = record is not null && (record.Complete || !completeOnly) && folders.ContainsKey(record.FolderId);
            result.Add((ids[i], visible ? record!.InFolder(folders[record!.FolderId]) : null));
        }

        return result;
    }

    /// <summary>Looks up, in one round trip, the folders of records that this process has not met yet.</summary>
    private void ResolveFolders(IEnumerable<RedisLayout.Record> records, CancellationToken cancellationToken)
    {
        var unknown = records.Select(r => r.FolderId).Where(id => !folders.ContainsKey(id)).Distinct().ToArray();
        if (unknown.Length > 0)
        {
            var lookup = database.HashGetAsync(keys.Folders, [.. unknown.Select(id => (RedisValue)unchecked((long)id))]);
            Wait([lookup], cancellationToken);
            for (var i = 0; i < unknown.Length; i++)
            {
                if (!lookup.Result[i].IsNull)
                {
                    folders[unknown[i]] = (string)lookup.Result[i]!;
                }
            }
        }
    }

    /// <summary>The page numbers of every key matching a pattern, scanned on every primary node (each key once).</summary>
    private List<long> ScanPages(string pattern)
    {
        var pages = new HashSet<long>();
        foreach (var endpoint in connection.GetEndPoints())
        {
            var server = connection.GetServer(endpoint);
            if (server.IsReplica)
            {
                continue;
            }

            if (!server.IsConnected)
            {
                throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, $"the node {endpoint} is not connected, so the index cannot be read whole");
            }

            var seen = 0L;
            foreach (var key in server.Keys(database.Database, pattern, pageSize: 1000))
            {
                seen++;
                if (RedisKeys.TryParsePage(key!, out var page))
                {
                    pages.Add(page);
                }
            }

            // SCAN pages by COUNT 1000: one round trip per page.
            Interlocked.Add(ref roundTrips, 1 + (seen / 1000));
        }

        return [.. pages];
    }
}
