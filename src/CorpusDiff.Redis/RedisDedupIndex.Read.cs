using System.Globalization;
using CorpusDiff.Dedup;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>Querying band buckets and reading the whole index.</summary>
public sealed partial class RedisDedupIndex
{
    /// <inheritdoc />
    public IReadOnlyList<IReadOnlyList<IndexedDocument>> Query(IReadOnlyList<MinHashSignature> signatures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        var known = new Dictionary<ulong, IndexedDocument?>();
        var result = new IReadOnlyList<IndexedDocument>[signatures.Count];
        for (var start = 0; start < signatures.Count; start += BatchSize)
        {
            var first = start;
            var batch = signatures.Skip(start).Take(BatchSize).ToArray();
            Guard(() =>
            {
                // Round trip 1: every bucket of every signature in the batch.
                var bands = Parameters.Bands;
                var members = new Task<RedisValue[]>[batch.Length * bands];
                Span<ulong> buckets = stackalloc ulong[bands];
                for (var i = 0; i < batch.Length; i++)
                {
                    layout.GetBucketKeys(batch[i], buckets);
                    for (var band = 0; band < bands; band++)
                    {
                        members[(i * bands) + band] = database.SetMembersAsync(keys.Bucket(band, buckets[band]));
                    }
                }

                Wait(members, cancellationToken);
                var candidates = new HashSet<ulong>[batch.Length];
                var unknown = new HashSet<ulong>();
                for (var i = 0; i < batch.Length; i++)
                {
                    candidates[i] = [];
                    for (var band = 0; band < bands; band++)
                    {
                        foreach (var m in members[(i * bands) + band].Result)
                        {
                            var id = RedisKeys.FromMember(m);
                            if (candidates[i].Add(id) && !known.ContainsKey(id))
                            {
                                unknown.Add(id);
                            }
                        }
                    }
                }

                // Round trip 2: the candidates not met in an earlier batch.
                foreach (var (id, document) in ReadDocuments([.. unknown], cancellationToken))
                {
                    known[id] = document;
                }

                for (var i = 0; i < batch.Length; i++)
                {
                    result[first + i] = [.. candidates[i].Select(id => known[id]).OfType<IndexedDocument>()];
                }

                return 0;
            });
        }

        return result;
    }

    /// <inheritdoc />
    public IReadOnlyList<IndexedDocument> Documents(CancellationToken cancellationToken = default) => Guard(() =>
    {
        var ids = ScanIds(keys.DocumentPattern);
        var documents = new List<IndexedDocument>(ids.Count);
        for (var start = 0; start < ids.Count; start += BatchSize * 4)
        {
            var batch = ids.Skip(start).Take(BatchSize * 4).ToArray();
            documents.AddRange(ReadDocuments(batch, cancellationToken).Select(p => p.Document).OfType<IndexedDocument>());
        }

        documents.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return documents;
    });

    /// <inheritdoc />
    public IReadOnlyList<IndexEdge> Edges(CancellationToken cancellationToken = default) => Guard(() =>
    {
        var ids = ScanIds(keys.EdgePattern);
        var pairs = new Dictionary<(ulong, ulong), string>();
        for (var start = 0; start < ids.Count; start += BatchSize * 4)
        {
            var batch = ids.Skip(start).Take(BatchSize * 4).ToArray();
            var tasks = batch.Select(id => database.HashGetAllAsync(keys.Edges(id))).ToArray();
            Wait(tasks, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                foreach (var entry in tasks[i].Result)
                {
                    var other = RedisKeys.FromMember(entry.Name);
                    var pair = batch[i] < other ? (batch[i], other) : (other, batch[i]);
                    var value = (string)entry.Value!;
                    if (!pairs.TryGetValue(pair, out var existing) || (existing.Length > 1 && existing[1] == 'e' && value.Length > 1 && value[1] == 'v'))
                    {
                        pairs[pair] = value;
                    }
                }
            }
        }

        // Edges name documents by id; their keys come from the document hashes (edges to deleted documents drop out).
        var ends = pairs.Keys.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct().ToArray();
        var keyOf = new Dictionary<ulong, string>();
        for (var start = 0; start < ends.Length; start += BatchSize * 4)
        {
            var batch = ends.Skip(start).Take(BatchSize * 4).ToArray();
            var tasks = batch.Select(id => database.HashGetAsync(keys.Document(id), "k")).ToArray();
            Wait(tasks, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                if (!tasks[i].Result.IsNull)
                {
                    keyOf[batch[i]] = tasks[i].Result!;
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

    private List<(ulong Id, IndexedDocument? Document)> ReadDocuments(ulong[] ids, CancellationToken cancellationToken)
    {
        var tasks = ids.Select(id => database.HashGetAsync(keys.Document(id), DocumentFields)).ToArray();
        Wait(tasks, cancellationToken);
        var result = new List<(ulong, IndexedDocument?)>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            result.Add((ids[i], ParseDocument(tasks[i].Result)));
        }

        return result;
    }

    /// <summary>Parses a document hash; <see langword="null"/> unless it carries the completion marker and every field.</summary>
    private IndexedDocument? ParseDocument(RedisValue[] v)
    {
        // Fields: ok, k, i, p, t, n, x, s.
        if (v[0].IsNull || v[1].IsNull || v[2].IsNull || v[5].IsNull || v[6].IsNull
            || !int.TryParse((string?)v[5], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || !ulong.TryParse((string?)v[6], NumberStyles.None, CultureInfo.InvariantCulture, out var exact)
            || DecodeSignature(v[7], length) is not { } signature)
        {
            return null;
        }

        DateOnly? published = !v[4].IsNull && DateOnly.TryParseExact((string?)v[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        return new IndexedDocument((string)v[1]!, (string)v[2]!, (string?)v[3], published, length, exact, signature);
    }

    /// <summary>The ids of every key matching a pattern, scanned on every primary node (each key once).</summary>
    private List<ulong> ScanIds(string pattern)
    {
        var ids = new HashSet<ulong>();
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
                if (RedisKeys.TryParseId(key!, out var id))
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
