using System.Buffers.Binary;
using System.Globalization;
using CorpusDiff.Dedup;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>Adding and removing documents and storing edges, a batch at a time.</summary>
public sealed partial class RedisDedupIndex
{
    /// <inheritdoc />
    public void Add(IReadOnlyList<IndexedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Span<ulong> buckets = stackalloc ulong[Parameters.Bands];
        foreach (var document in documents)
        {
            // Checked before anything is written: a misfit signature must not leave a half-written batch.
            layout.GetBucketKeys(document.Signature, buckets);
        }

        for (var start = 0; start < documents.Count; start += BatchSize)
        {
            var batch = documents.Skip(start).Take(BatchSize).ToArray();
            Guard(() => AddBatch(batch, cancellationToken));
        }
    }

    /// <inheritdoc />
    public int Remove(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var removed = 0;
        for (var start = 0; start < keys.Count; start += BatchSize)
        {
            var ids = keys.Skip(start).Take(BatchSize).Select(RedisKeys.Id).Distinct().ToArray();
            removed += Guard(() =>
            {
                var old = ReadOld(ids, cancellationToken);
                var tasks = new List<Task>();
                var complete = 0;
                for (var i = 0; i < ids.Length; i++)
                {
                    DeleteOld(ids[i], old[i], tasks);
                    complete += old[i].Complete ? 1 : 0;
                }

                if (complete > 0)
                {
                    tasks.Add(database.StringDecrementAsync(this.keys.Count, complete));
                }

                Wait([.. tasks], cancellationToken);
                return old.Count(o => o.Exists);
            });
        }

        return removed;
    }

    /// <inheritdoc />
    public void AddEdges(IReadOnlyList<IndexEdge> edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        for (var start = 0; start < edges.Count; start += BatchSize)
        {
            var batch = edges.Skip(start).Take(BatchSize).ToArray();
            Guard(() =>
            {
                var tasks = new List<Task>(batch.Length * 2);
                foreach (var edge in batch)
                {
                    var a = RedisKeys.Id(edge.A);
                    var b = RedisKeys.Id(edge.B);
                    var value = EncodeEdge(edge);
                    tasks.Add(database.HashSetAsync(keys.Edges(a), RedisKeys.Member(b), value));
                    tasks.Add(database.HashSetAsync(keys.Edges(b), RedisKeys.Member(a), value));
                }

                Wait([.. tasks], cancellationToken);
                return 0;
            });
        }
    }

    private static string EncodeEdge(IndexEdge edge)
    {
        var relation = edge.Relation switch
        {
            DedupRelation.Exact => 'x',
            DedupRelation.Contained => 'c',
            _ => 'n',
        };
        return string.Create(CultureInfo.InvariantCulture, $"{relation}{(edge.Estimated ? 'e' : 'v')} {edge.Jaccard:0.####} {edge.Containment:0.####}");
    }

    private int AddBatch(IndexedDocument[] batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(d => RedisKeys.Id(d.Key)).ToArray();
        var old = ReadOld(ids, cancellationToken);

        // One pipeline: the old version goes (the marker first, with the hash), the new one is written without its
        // marker. Commands on one key travel in order on one connection, so a bucket the old and new versions share
        // is removed from and then added to in that order.
        var tasks = new List<Task>(batch.Length * (2 + (2 * Parameters.Bands)));
        Span<ulong> buckets = stackalloc ulong[Parameters.Bands];
        for (var i = 0; i < batch.Length; i++)
        {
            DeleteOld(ids[i], old[i], tasks);
            var d = batch[i];
            var fields = new List<HashEntry>(7)
            {
                new("k", d.Key),
                new("i", d.Id),
                new("n", d.Length),
                new("x", d.ExactHash.ToString(CultureInfo.InvariantCulture)),
                new("s", EncodeSignature(d.Signature)),
            };
            if (d.Path is not null)
            {
                fields.Add(new("p", d.Path));
            }

            if (d.Published is { } published)
            {
                fields.Add(new("t", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            tasks.Add(database.HashSetAsync(keys.Document(ids[i]), [.. fields]));
            layout.GetBucketKeys(d.Signature, buckets);
            var member = RedisKeys.Member(ids[i]);
            for (var band = 0; band < buckets.Length; band++)
            {
                tasks.Add(database.SetAddAsync(keys.Bucket(band, buckets[band]), member));
            }
        }

        Wait([.. tasks], cancellationToken);

        // Only now, with every bucket written, do the documents become visible.
        var markers = new List<Task>(batch.Length + 1);
        foreach (var id in ids)
        {
            markers.Add(database.HashSetAsync(keys.Document(id), "ok", 1));
        }

        var added = old.Count(o => !o.Complete);
        if (added > 0)
        {
            markers.Add(database.StringIncrementAsync(keys.Count, added));
        }

        Wait([.. markers], cancellationToken);
        return batch.Length;
    }

    private Old[] ReadOld(ulong[] ids, CancellationToken cancellationToken)
    {
        var signatures = new Task<RedisValue[]>[ids.Length];
        var edges = new Task<RedisValue[]>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            signatures[i] = database.HashGetAsync(keys.Document(ids[i]), ["s", "ok"]);
            edges[i] = database.HashKeysAsync(keys.Edges(ids[i]));
        }

        Wait([.. signatures, .. edges], cancellationToken);
        var result = new Old[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var values = signatures[i].Result;
            result[i] = new Old(DecodeSignature(values[0]), !values[1].IsNull, edges[i].Result.Select(RedisKeys.FromMember).ToArray(), !values[0].IsNull || edges[i].Result.Length > 0);
        }

        return result;
    }

    private void DeleteOld(ulong id, Old old, List<Task> tasks)
    {
        if (!old.Exists)
        {
            return;
        }

        // The document and edge hashes share a hash tag, so this delete stays in one cluster slot.
        tasks.Add(database.KeyDeleteAsync([keys.Document(id), keys.Edges(id)]));
        var member = RedisKeys.Member(id);
        if (old.Signature is not null)
        {
            Span<ulong> buckets = stackalloc ulong[Parameters.Bands];
            layout.GetBucketKeys(old.Signature, buckets);
            for (var band = 0; band < buckets.Length; band++)
            {
                tasks.Add(database.SetRemoveAsync(keys.Bucket(band, buckets[band]), member));
            }
        }

        foreach (var other in old.Edges)
        {
            tasks.Add(database.HashDeleteAsync(keys.Edges(other), member));
        }
    }

    private static byte[] EncodeSignature(MinHashSignature signature)
    {
        var bytes = new byte[signature.Length * sizeof(uint)];
        for (var i = 0; i < signature.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), signature.Values[i]);
        }

        return bytes;
    }

    /// <summary>Decodes a stored signature; <see langword="null"/> when absent or not of this index's length (the set size is not needed for bucket keys).</summary>
    private MinHashSignature? DecodeSignature(RedisValue value, int setSize = 0)
    {
        if (value.IsNull)
        {
            return null;
        }

        var bytes = (byte[])value!;
        if (bytes.Length != Options.Permutations * sizeof(uint))
        {
            return null;
        }

        var values = new uint[Options.Permutations];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)));
        }

        return new MinHashSignature(values, setSize, Options.Seed);
    }

    /// <summary>What a key held before a write: its signature (for its buckets), its marker, its edges' other ends.</summary>
    private sealed record Old(MinHashSignature? Signature, bool Complete, ulong[] Edges, bool Exists);
}
