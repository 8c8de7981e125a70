using System.Globalization;
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
        var ids = ScanOrdinals(keys.DocumentPattern);
        var documents = new List<IndexedDocument>(ids.Count);
        for (var start = 0; start < ids.Count; start += BatchSize * 4)
        {
            var batch = ids.Skip(start).Take(BatchSize * 4).ToArray();
            documents.AddRange(ReadRecords(batch, cancellationToken).Select(p => p.Record).OfType<RedisLayout.Record>().Select(r => r.ToDocument(layout, null, Options.Seed)));
        }

        documents.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return documents;
    });

    /// <inheritdoc />
    public IReadOnlyList<IndexEdge> Edges(CancellationToken cancellationToken = default) => Guard(() =>
    {
        var ids = ScanOrdinals(keys.EdgePattern);
        var pairs = new Dictionary<(long, long), string>();
        for (var start = 0; start < ids.Count; start += BatchSize * 4)
        {
            var batch = ids.Skip(start).Take(BatchSize * 4).ToArray();
            var tasks = batch.Select(id => database.HashGetAllAsync(keys.Edges(id))).ToArray();
            Wait(tasks, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                foreach (var entry in tasks[i].Result)
                {
                    var other = (long)entry.Name;
                    var pair = batch[i] < other ? (batch[i], other) : (other, batch[i]);
                    var value = (string)entry.Value!;
                    if (!pairs.TryGetValue(pair, out var existing) || (existing.Length > 1 && existing[1] == 'e' && value.Length > 1 && value[1] == 'v'))
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
            if (keyOf.TryGetValue(a, out var keyA) && keyOf.TryGetValue(b, out var keyB) && DecodeEdge(keyA, keyB, value) is { } edge)
            {
                edges.Add(edge);
            }
        }

        return edges;
    });

    private static IndexEdge? DecodeEdge(string a, string b, string value)
    {
        var parts = value.Split(' ');
        if (parts.Length != 3 || parts[0].Length != 2
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var jaccard)
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var containment))
        {
            return null;
        }

        var relation = parts[0][0] switch
        {
            'x' => DedupRelation.Exact,
            'c' => DedupRelation.Contained,
            _ => DedupRelation.NearDuplicate,
        };
        return new IndexEdge(a, b, relation, jaccard, containment, parts[0][1] == 'e');
    }

    /// <summary>Reads records by ordinal; <see langword="null"/> for one that is missing, malformed or (with <paramref name="completeOnly"/>) not complete.</summary>
    private List<(long Ordinal, RedisLayout.Record? Record)> ReadRecords(long[] ids, CancellationToken cancellationToken, bool completeOnly = true)
    {
        var tasks = ids.Select(id => database.StringGetAsync(keys.Document(id))).ToArray();
        if (tasks.Length > 0)
        {
            Wait(tasks, cancellationToken);
        }

        var records = tasks.Select(t => layout.Decode((byte[]?)t.Result)).ToArray();
        var unknown = records.OfType<RedisLayout.Record>().Select(r => r.FolderId).Where(id => !folders.ContainsKey(id)).Distinct().ToArray();
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

        var result = new List<(long, RedisLayout.Record?)>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            var record = records[i];
            var visible = record is not null && (record.Complete || !completeOnly) && folders.TryGetValue(record.FolderId, out _);
            result.Add((ids[i], visible ? record!.InFolder(folders[record!.FolderId]) : null));
        }

        return result;
    }

    /// <summary>The ordinals of every key matching a pattern, scanned on every primary node (each key once).</summary>
    private List<long> ScanOrdinals(string pattern)
    {
        var ids = new HashSet<long>();
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
                if (RedisKeys.TryParseOrdinal(key!, out var id))
                {
                    ids.Add(id);
                }
            }

            // SCAN pages by COUNT 1000: one round trip per page.
            Interlocked.Add(ref roundTrips, 1 + (seen / 1000));
        }

        return [.. ids];
    }
}
